import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BrowseScreen } from '@/components/BrowseScreen';
import { QueryProvider } from '@/components/QueryProvider';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Browse');
  return { title: t('heading') };
}

export default async function BrowsePage() {
  const t = await getTranslations('Browse');
  return (
    <>
      <h1>{t('heading')}</h1>
      <QueryProvider>
        <BrowseScreen />
      </QueryProvider>
    </>
  );
}
