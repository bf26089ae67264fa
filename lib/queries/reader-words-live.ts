/**
 * The Reader's storage side, loaded only after the page has painted
 * (use-reader-words.ts): Dexie, the library import and the word writes stay off
 * the article page's first load (its JS budget, scripts/js-budgets.json).
 */
import type { ArticleId, Lang } from '@/lib/corpus/types';
import { getDb } from '@/lib/db/client';
import {
  watchArticleShares as watchShares,
  watchReaderWords as watch,
  type ArticleShares,
  type ReaderWords,
} from '@/lib/db/reader-repo';
import { byLevel, nearestShare } from '@/lib/srs/reader-words';
import { loadLibrary } from './use-library';
import { knowWord } from './use-words';

export { knowWord };

/**
 * Calls `onData` with the article's words in each language once the library is in,
 * and again whenever a row it read changes ("I know this" here, on the Words page,
 * in another tab). Returns the unsubscribe.
 */
export function watchReaderWords(
  article: ArticleId,
  langs: readonly Lang[],
  onData: (words: ReadonlyMap<Lang, ReaderWords>) => void,
  onError: (error: unknown) => void,
): () => void {
  return onceLibraryIsIn((db) => watch(db, article, langs, onData, onError), onError);
}

/** Starts a live read once the shipped library is stored; the unsubscribe works before too. */
function onceLibraryIsIn(
  start: (db: ReturnType<typeof getDb>) => () => void,
  onError: (error: unknown) => void,
): () => void {
  let stopped = false;
  let unsubscribe = () => {};
  loadLibrary().then(() => {
    if (!stopped) unsubscribe = start(getDb());
  }, onError);
  return () => {
    stopped = true;
    unsubscribe();
  };
}

/** Home's list: the shares, and the articles nearest the 95–98 % band first. */
export interface ArticleLevels {
  readonly shares: ArticleShares;
  readonly order: readonly ArticleId[];
}

/**
 * Each article's known share per language once the library is in, live, and the
 * articles by level, each in the language it suits best (the share nearest the band).
 * Ordered here, not in the list: this module loads after paint, off Home's first load.
 */
export function watchArticleShares(
  articles: readonly ArticleId[],
  onData: (levels: ArticleLevels) => void,
  onError: (error: unknown) => void,
): () => void {
  return onceLibraryIsIn(
    (db) =>
      watchShares(
        db,
        articles,
        (shares) =>
          onData({
            shares,
            order: byLevel(articles, (a) =>
              nearestShare(Object.values(shares.get(a) ?? {}).map((s) => s.share)),
            ),
          }),
        onError,
      ),
    onError,
  );
}
