import { Suspense } from 'react';
import { StoredArticleReader } from '@/components/StoredArticleReader';

/** The learner's own articles (`?id=`), read from IndexedDB: static export has no pages for them. */
export default function StoredReadPage() {
  return (
    <Suspense>
      <StoredArticleReader />
    </Suspense>
  );
}
