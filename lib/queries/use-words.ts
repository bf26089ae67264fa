'use client';

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { CardId, Lang } from '@/lib/corpus/types';
import { getDb } from '@/lib/db/client';
import { announce } from '@/lib/db/changes';
import {
  ignoreWord,
  markWordKnown,
  wordsPage,
  type WordsPage,
  type WordsSort,
} from '@/lib/db/words-repo';
import { useLibrary } from './use-library';

/**
 * The first `limit` words met in a course from `search`, live across tabs. A
 * page is a key range of `cards` (words-repo.ts), so the live query watches only
 * the rows it read.
 */
export function useWordsPage(
  course: Lang,
  search: string,
  sort: WordsSort,
  limit: number,
): WordsPage | undefined {
  const ready = useLibrary().data === true;
  return useLiveQuery(async () => {
    if (!ready) return undefined;
    return wordsPage(getDb(), course, { search, sort, limit }, Date.now());
  }, [ready, course, search, sort, limit]);
}

/** "I know this": an event in the word's log, announced to the other tabs. */
export async function knowWord(word: CardId, course: Lang): Promise<void> {
  await markWordKnown(getDb(), word, course, Date.now());
  announce({ kind: 'reset', cardIds: [word] });
}

/** "I know this" and "ignore", written as events in the word's log. */
export function useWordActions(course: Lang) {
  const know = useCallback((word: CardId) => knowWord(word, course), [course]);
  const ignore = useCallback(
    async (word: CardId) => {
      await ignoreWord(getDb(), word, course, Date.now());
      announce({ kind: 'suspend', cardIds: [word] });
    },
    [course],
  );
  return { know, ignore };
}
