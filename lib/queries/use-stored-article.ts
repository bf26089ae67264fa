'use client';

import { useLiveQuery } from 'dexie-react-hooks';
import { CORPUS_FORMAT, type Article } from '@/lib/corpus/model';
import type { ArticleId } from '@/lib/corpus/types';
import { getDb, openDb } from '@/lib/db/client';
import { articleUnits, getArticle } from '@/lib/db/content-repo';
import type { ArticleOrigin } from '@/lib/db/schema';

export interface StoredArticle {
  readonly article: Article;
  readonly origin: ArticleOrigin;
}

/**
 * An article as IndexedDB holds it, in the shape the Reader shows: live, so a
 * deletion in another tab shows at once. undefined while loading, null when
 * there is no such article.
 */
export function useStoredArticle(id: ArticleId | null): StoredArticle | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    await openDb();
    const db = getDb();
    const [row, units] = await Promise.all([getArticle(db, id), articleUnits(db, id)]);
    if (!row) return null;
    const {
      origin,
      version: _version,
      contentKey: _contentKey,
      addedAt: _addedAt,
      units: _count,
      courses: _courses,
      texts: _texts,
      ...meta
    } = row;
    const article: Article = {
      ...meta,
      format: CORPUS_FORMAT,
      units: units.map(({ article: _article, ...u }) => u),
    };
    return { article, origin };
  }, [id]);
}
