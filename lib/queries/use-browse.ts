'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
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
  watchCourse,
} from '@/lib/db/browse-repo';
import { getDb } from '@/lib/db/client';
import { queryCards, type CardPage } from '@/lib/db/content-repo';
import type { EventRow } from '@/lib/db/schema';
import { cardHistory } from '@/lib/db/study-repo';
import { queryKeys } from './keys';

let changes = 0;

/**
 * A number that changes whenever a card row or the content of a course changes,
 * here or in another tab. The lists are plain queries keyed on it rather than
 * live queries: a live query records every key it reads (tens of thousands for
 * the met cards' keys) to know what to watch, which costs the main thread far
 * more than the read. `watchCourse` reads a row to watch a whole range.
 */
function useCourseChanges(course: Lang | null): number | undefined {
  return useLiveQuery(async () => {
    if (!course) return undefined;
    await watchCourse(getDb(), course);
    return ++changes;
  }, [course]);
}

const browseKey = (kind: string, q: object, version: number | undefined) =>
  [...queryKeys.all, 'browse', kind, q, version] as const;

export interface BrowseResult {
  /** Null when the stores could not be read. */
  readonly page: BrowsePage | null;
  /** Whether the page answers an older query than the one asked (a newer one is running). */
  readonly stale: boolean;
}

/**
 * A page of Browse's list, kept up to date across tabs; `null` waits (for the
 * library import). A superseded query's scan is aborted (TanStack cancels the
 * signal of a query nobody observes), and its page stays shown until the new one.
 */
export function useBrowsePage(q: BrowseQuery | null): BrowseResult | undefined {
  const version = useCourseChanges(q?.course ?? null);
  const result = useQuery({
    queryKey: browseKey('page', q ?? {}, version),
    queryFn: ({ signal }) => browseCards(getDb(), q!, signal),
    enabled: q !== null && version !== undefined,
    placeholderData: keepPreviousData,
    gcTime: 60_000,
  });
  if (result.isError) return { page: null, stale: false };
  return result.data ? { page: result.data, stale: result.isPlaceholderData } : undefined;
}

/** How many cards match a filter without a search (counts and keys, not rows). */
export function useBrowseCount(f: BrowseFilter | null): number | undefined {
  const version = useCourseChanges(f?.course ?? null);
  const result = useQuery({
    queryKey: browseKey('count', f ?? {}, version),
    queryFn: ({ signal }) => browseCount(getDb(), f!, signal),
    enabled: f !== null && version !== undefined,
    // While a change elsewhere is counted again, the old count of the same filter stands.
    placeholderData: (previous, query) =>
      query && JSON.stringify(query.queryKey[3]) === JSON.stringify(f) ? previous : undefined,
    gcTime: 60_000,
  });
  return result.data;
}

/** One card and its stored state, for the detail pane whatever the list shows. */
export function useBrowseCard(id: CardId | null): BrowseItem | undefined {
  return useLiveQuery(async () => (id ? browseCard(getDb(), id) : undefined), [id]);
}

/** The first `limit` cards of a course in rank order, of one kind or all; null when unreadable. */
export function useCoursePage(
  q: { lang: Lang; kind: CardKind | undefined; limit: number } | null,
): CardPage | null | undefined {
  const version = useCourseChanges(q?.lang ?? null);
  const result = useQuery({
    queryKey: browseKey('cards', q ?? {}, version),
    queryFn: () =>
      queryCards(getDb(), { lang: q!.lang, kind: q!.kind, offset: 0, limit: q!.limit }),
    enabled: q !== null && version !== undefined,
    placeholderData: keepPreviousData,
    gcTime: 60_000,
  });
  return result.isError ? null : result.data;
}

export function useCardHistory(id: CardId | null): readonly EventRow[] | undefined {
  return useLiveQuery(async () => (id ? cardHistory(getDb(), id).catch(() => []) : []), [id]);
}
