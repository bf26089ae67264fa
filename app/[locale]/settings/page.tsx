import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DataPanel } from '@/components/DataPanel';
import { QueryProvider } from '@/components/QueryProvider';
import { SettingsForm } from '@/components/SettingsForm';
import { SyncPanel } from '@/components/SyncPanel';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Settings');
  return { title: t('heading') };
}

export default async function SettingsPage() {
  const t = await getTranslations('Settings');
  return (
    <>
      <h1>{t('heading')}</h1>
      <QueryProvider>
        <SettingsForm />
        <DataPanel />
        <SyncPanel />
      </QueryProvider>
    </>
  );
}
