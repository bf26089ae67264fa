'use client';

import { useLiveQuery } from 'dexie-react-hooks';
import type { CardId, Lang } from '@/lib/corpus/types';
import { getDb } from '@/lib/db/client';
import type { CardRow, ReviewRow } from '@/lib/db/schema';
import { cardHistory, courseRows } from '@/lib/db/study-repo';

/** Stored state of every met card of a course, live across tabs. */
export function useCourseRows(course: Lang): ReadonlyMap<CardId, CardRow> | undefined {
  return useLiveQuery(async () => {
    const rows = await courseRows(getDb(), course).catch(() => []);
    return new Map(rows.map((r) => [r.id, r]));
  }, [course]);
}

export function useCardHistory(id: CardId | null): readonly ReviewRow[] | undefined {
  return useLiveQuery(async () => (id ? cardHistory(getDb(), id).catch(() => []) : []), [id]);
}
