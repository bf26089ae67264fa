'use client';

import { useEffect, useState } from 'react';
import type { ArticleId, Lang } from '@/lib/corpus/types';
import type { ReaderWords } from '@/lib/db/reader-repo';
import type { ArticleLevels } from './reader-words-live';
import { afterNextPaint } from './after-paint';

/**
 * The article's clozes and their words' statuses in each of `langs`, live: "I know
 * this" (here or on the Words page, in any tab) writes the word's card and log rows,
 * which the query read, so it runs again. Undefined until the library is in storage.
 * The storage code is imported after the text has painted: the article page's first
 * load stays the text's (reader-words-live.ts).
 */
export function useReaderWords(
  article: ArticleId,
  langs: readonly Lang[],
): ReadonlyMap<Lang, ReaderWords> | undefined {
  const [words, setWords] = useState<ReadonlyMap<Lang, ReaderWords> | undefined>(undefined);
  // `key` stands for `langs`: a new array of the same languages is the same query.
  const key = langs.join(',');
  useEffect(() => {
    let stop = () => {};
    let cancelled = false;
    const cancelPaint = afterNextPaint(() => {
      void import('./reader-words-live').then(({ watchReaderWords }) => {
        if (cancelled) return;
        stop = watchReaderWords(article, key.split(',') as Lang[], setWords, () => {
          // Without storage (private mode, a refused quota) the text stays plain: the
          // Reader is still a reader, and the storage banner says why elsewhere.
          setWords(undefined);
        });
      });
    });
    return () => {
      cancelled = true;
      cancelPaint();
      stop();
    };
  }, [article, key]);
  return words;
}

/**
 * Each article's known share per language and the articles by level, live, loaded
 * after paint like the Reader's words; undefined until then (the list keeps the
 * library's order).
 */
export function useArticleLevels(articles: readonly ArticleId[]): ArticleLevels | undefined {
  const [shares, setShares] = useState<ArticleLevels | undefined>(undefined);
  const key = articles.join('\n');
  useEffect(() => {
    let stop = () => {};
    let cancelled = false;
    const cancelPaint = afterNextPaint(() => {
      void import('./reader-words-live').then(({ watchArticleShares }) => {
        if (cancelled) return;
        const ids = key ? (key.split('\n') as ArticleId[]) : [];
        stop = watchArticleShares(ids, setShares, () => setShares(undefined));
      });
    });
    return () => {
      cancelled = true;
      cancelPaint();
      stop();
    };
  }, [key]);
  return shares;
}
