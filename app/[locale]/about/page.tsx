import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SourcesList } from '@/components/SourcesList';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('About');
  return { title: t('heading') };
}

export default async function AboutPage() {
  const t = await getTranslations('About');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <SourcesList />
    </>
  );
}
