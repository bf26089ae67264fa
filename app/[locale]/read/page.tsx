import { Suspense } from 'react';
import { StoredArticleReader } from '@/components/StoredArticleReader';
import { QueryProvider } from '@/components/QueryProvider';

/** The learner's own articles (`?id=`), read from IndexedDB: static export has no pages for them. */
export default function StoredReadPage() {
  return (
    <Suspense>
      <QueryProvider>
        <StoredArticleReader />
      </QueryProvider>
    </Suspense>
  );
}
