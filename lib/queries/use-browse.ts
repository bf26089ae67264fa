'use client';

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { CardKind } from '@/lib/corpus/model';
import type { CardId, Lang } from '@/lib/corpus/types';
import {
  browseCard,
  browseCards,
  browseCount,
  type BrowseFilter,
  type BrowseItem,
  type BrowsePage,
  type BrowseQuery,
} from '@/lib/db/browse-repo';
import { getDb } from '@/lib/db/client';
import { queryCards, type CardPage } from '@/lib/db/content-repo';
import type { EventRow } from '@/lib/db/schema';
import { cardHistory } from '@/lib/db/study-repo';

/** The value once it has stopped changing for `ms`: a search runs when typing pauses. */
export function useDebouncedValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * A live query that aborts its previous run when it starts another (a newer
 * query, or a change in the stores), so a scan nobody will see stops early.
 * Results carry the key they were asked with: until the newest arrives the
 * previous one stays on screen, and the caller can tell it is stale. A failed
 * read is `null`, for the screen to say so rather than unmount.
 */
function useLatestLiveQuery<T>(
  key: string | null,
  run: (signal: AbortSignal) => Promise<T>,
): { key: string; value: T | null } | undefined {
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);
  return useLiveQuery(async () => {
    running.current?.abort();
    if (key === null) return undefined;
    const controller = new AbortController();
    running.current = controller;
    // An aborted run's result is dropped by Dexie, so its error needs no care here.
    return { key, value: await run(controller.signal).catch(() => null) };
  }, [key]);
}

export interface BrowseResult {
  /** Null when the stores could not be read. */
  readonly page: BrowsePage | null;
  /** Whether the page answers an older query than the one asked (a newer one is running). */
  readonly stale: boolean;
}

/** A page of Browse's list, live across tabs; `null` waits (for the library import). */
export function useBrowsePage(q: BrowseQuery | null): BrowseResult | undefined {
  const key = q && JSON.stringify(q);
  const result = useLatestLiveQuery(key, (signal) => browseCards(getDb(), q!, signal));
  return result && { page: result.value, stale: result.key !== key };
}

/** How many cards match a filter without a search (cheap: counts and keys, not rows). */
export function useBrowseCount(f: BrowseFilter | null): number | undefined {
  const key = f && JSON.stringify(f);
  const result = useLatestLiveQuery(key, () => browseCount(getDb(), f!));
  return result?.key === key ? (result.value ?? undefined) : undefined;
}

/** One card and its stored state, for the detail pane whatever the list shows. */
export function useBrowseCard(id: CardId | null): BrowseItem | undefined {
  return useLiveQuery(async () => (id ? browseCard(getDb(), id) : undefined), [id]);
}

/** The first `limit` cards of a course in rank order, of one kind or all; null when unreadable. */
export function useCoursePage(
  q: { lang: Lang; kind: CardKind | undefined; limit: number } | null,
): CardPage | null | undefined {
  const key = q && JSON.stringify(q);
  const result = useLatestLiveQuery(key, () =>
    queryCards(getDb(), { lang: q!.lang, kind: q!.kind, offset: 0, limit: q!.limit }),
  );
  return result?.value;
}

export function useCardHistory(id: CardId | null): readonly EventRow[] | undefined {
  return useLiveQuery(async () => (id ? cardHistory(getDb(), id).catch(() => []) : []), [id]);
}
