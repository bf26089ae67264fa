import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StatsScreen } from '@/components/StatsScreen';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Stats');
  return { title: t('heading') };
}

export default async function StatsPage() {
  const t = await getTranslations('Stats');
  return (
    <>
      <h1>{t('heading')}</h1>
      <StatsScreen />
    </>
  );
}
