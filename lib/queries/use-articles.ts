'use client';

import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/client';
import { librarySummary, listArticles } from '@/lib/db/content-repo';
import type { ArticleRow } from '@/lib/db/schema';
import type { CourseSummary } from '@/lib/corpus/model';
import { useLibrary } from './use-library';

export interface LibraryView {
  readonly articles: readonly ArticleRow[];
  readonly courses: readonly CourseSummary[];
}

/** The learner's library as it is in IndexedDB, live across tabs; undefined until imported. */
export function useLibraryView(): LibraryView | undefined {
  const ready = useLibrary().data === true;
  return useLiveQuery(async () => {
    if (!ready) return undefined;
    const db = getDb();
    const [articles, courses] = await Promise.all([listArticles(db), librarySummary(db)]);
    return { articles, courses };
  }, [ready]);
}
