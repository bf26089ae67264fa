import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { AddArticleScreen } from '@/components/AddArticleScreen';
import { QueryProvider } from '@/components/QueryProvider';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Add');
  return { title: t('heading') };
}

export default async function AddPage() {
  const t = await getTranslations('Add');
  return (
    <>
      <h1>{t('heading')}</h1>
      {/* The shared text arrives in the query string, which a static page reads on the client. */}
      <Suspense>
        <QueryProvider>
          <AddArticleScreen />
        </QueryProvider>
      </Suspense>
    </>
  );
}
