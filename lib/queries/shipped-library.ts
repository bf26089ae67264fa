/**
 * Bringing the shipped articles into IndexedDB: the same code in the library
 * Worker (where it runs, so the page stays responsive while their cards are
 * indexed and written) and on the page (where it runs only if no Worker starts).
 */
import type { ArticleBundle, CorpusIndex } from '@/lib/corpus/model';
import { CORPUS_FORMAT } from '@/lib/corpus/model';
import { shippedArticleUrl, SHIPPED_INDEX_URL } from '@/lib/corpus/data';
import { listArticles, syncShippedArticles } from '@/lib/db/content-repo';
import type { TriglotDb } from '@/lib/db/schema';
import { CodedError } from '@/lib/errors';

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

/** The list of shipped articles, with the version of each. */
export async function fetchShippedIndex(): Promise<CorpusIndex> {
  return checkFormat<CorpusIndex>(await fetchJson(SHIPPED_INDEX_URL), SHIPPED_INDEX_URL);
}

async function fetchBundle(id: string): Promise<ArticleBundle> {
  const url = shippedArticleUrl(id);
  const bundle = checkFormat<ArticleBundle>(await fetchJson(url), url);
  if (!Array.isArray(bundle.cards) || !Array.isArray(bundle.article?.units)) {
    throw new LibraryError('FORMAT', `${url} has no cards or units`);
  }
  return bundle;
}

/**
 * Imports the shipped articles never imported, or changed since, into `db`.
 * Their files are fetched at once rather than one after the other; the index
 * may already be on its way (`fetchShippedIndex`).
 */
export async function syncLibrary(
  db: TriglotDb,
  index: Promise<CorpusIndex> = fetchShippedIndex(),
): Promise<void> {
  const shipped = (await index).articles;
  const stored = new Map((await listArticles(db)).map((a) => [a.id, a.version]));
  const bundles = new Map(
    shipped.filter((e) => stored.get(e.id) !== e.version).map((e) => [e.id, fetchBundle(e.id)]),
  );
  // Each is awaited in turn below; a failure is reported there, not as unhandled.
  for (const bundle of bundles.values()) bundle.catch(() => undefined);
  await syncShippedArticles(db, shipped, (id) => bundles.get(id) ?? fetchBundle(id), Date.now());
}

/** What the library Worker answers: done, or the error it met, as plain data. */
export type LibraryWorkerAnswer =
  | { readonly type: 'done' }
  | {
      readonly type: 'error';
      readonly name: string;
      readonly code: string | null;
      readonly message: string;
    };
