import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CardList } from '@/components/CardList';
import { QueryProvider } from '@/components/QueryProvider';
import { isLang, LANGS } from '@/lib/corpus/types';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.map((course) => ({ course }));
}

type Props = { params: Promise<{ course: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { course } = await params;
  const [t, lang] = await Promise.all([getTranslations('Cards'), getTranslations('Lang')]);
  return { title: isLang(course) ? t('heading', { lang: lang(course) }) : undefined };
}

export default async function CardsPage({ params }: Props) {
  const { course } = await params;
  if (!isLang(course)) notFound();
  return (
    <QueryProvider>
      <CardList course={course} />
    </QueryProvider>
  );
}
