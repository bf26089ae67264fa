'use client';

import { useQuery } from '@tanstack/react-query';
import type { ArticleBundle, CorpusIndex } from '@/lib/corpus/model';
import { CORPUS_FORMAT } from '@/lib/corpus/model';
import { shippedArticleUrl, SHIPPED_INDEX_URL } from '@/lib/corpus/data';
import { openDb } from '@/lib/db/client';
import { syncShippedArticles } from '@/lib/db/content-repo';
import { CodedError } from '@/lib/errors';
import { queryKeys } from './keys';

export class LibraryError extends CodedError<'FETCH' | 'FORMAT'> {
  override readonly name = 'LibraryError';
}

async function fetchJson(url: string): Promise<unknown> {
  // Served from the service worker's precache when offline.
  const response = await fetch(url);
  if (!response.ok) throw new LibraryError('FETCH', `${url}: HTTP ${response.status}`);
  return response.json();
}

function checkFormat<T extends { format: unknown }>(value: unknown, url: string): T {
  if (
    !value ||
    typeof value !== 'object' ||
    (value as { format?: unknown }).format !== CORPUS_FORMAT
  ) {
    throw new LibraryError('FORMAT', `${url} is not corpus format ${CORPUS_FORMAT}`);
  }
  return value as T;
}

/**
 * The shipped articles imported into IndexedDB (once, and again when a release
 * changes one): every screen that shows cards waits for this.
 */
export async function ensureLibrary(): Promise<true> {
  const db = await openDb();
  const index = checkFormat<CorpusIndex>(await fetchJson(SHIPPED_INDEX_URL), SHIPPED_INDEX_URL);
  await syncShippedArticles(
    db,
    index.articles,
    async (id) => {
      const url = shippedArticleUrl(id);
      const bundle = checkFormat<ArticleBundle>(await fetchJson(url), url);
      if (!Array.isArray(bundle.cards) || !Array.isArray(bundle.article?.units)) {
        throw new LibraryError('FORMAT', `${url} has no cards or units`);
      }
      return bundle;
    },
    Date.now(),
  );
  return true;
}

export function useLibrary() {
  return useQuery({
    queryKey: queryKeys.library(),
    queryFn: ensureLibrary,
    staleTime: Infinity,
    retry: 1,
  });
}
