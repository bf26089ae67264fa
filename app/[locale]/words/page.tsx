import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { WordsScreen } from '@/components/WordsScreen';
import { QueryProvider } from '@/components/QueryProvider';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Words');
  return { title: t('heading') };
}

export default async function WordsPage() {
  const t = await getTranslations('Words');
  return (
    <>
      <h1>{t('heading')}</h1>
      <QueryProvider>
        <WordsScreen />
      </QueryProvider>
    </>
  );
}
