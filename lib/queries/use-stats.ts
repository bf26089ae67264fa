'use client';

import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/corpus/types';
import { getDb } from '@/lib/db/client';
import { ensureDaily, readStats, type StatsSnapshot } from '@/lib/db/daily-repo';
import { ensureTally } from '@/lib/db/tally-repo';
import { classifyStorageError, type StorageError } from '@/lib/db/errors';

export const STATS_MARK = 'triglot:stats:start';
export const STATS_MEASURE = 'triglot:stats';

export type StatsLoad =
  | { readonly kind: 'loading' }
  /** The daily counts are being built from the log (first visit after an upgrade). */
  | { readonly kind: 'building'; readonly cards: number }
  | { readonly kind: 'ready'; readonly stats: StatsSnapshot; readonly now: number }
  | { readonly kind: 'failed'; readonly error: StorageError };

/** The statistics of `courses`, building the daily counts first where they are missing. */
export function useStats(courses: readonly Lang[], rollover: number | undefined): StatsLoad {
  const key = courses.join(',');
  const [state, setLoad] = useState<{ key: string; load: StatsLoad }>({
    key,
    load: { kind: 'loading' },
  });
  useEffect(() => {
    if (rollover === undefined) return;
    let live = true;
    const db = getDb();
    // What npm run bench reads: from asking to having every figure (the build included, if any).
    performance.mark(STATS_MARK);
    const list = key.split(',') as Lang[];
    // The two stores build side by side (the log's days, the cards' tally); progress follows
    // the longer, the log.
    Promise.all([
      ensureDaily(db, rollover, (cards) => {
        if (live) setLoad({ key, load: { kind: 'building', cards } });
      }),
      ensureTally(db),
    ])
      .then(() => {
        const now = Date.now();
        return readStats(db, list, now, rollover).then((stats) => {
          if (live) setLoad({ key, load: { kind: 'ready', stats, now } });
          performance.measure(STATS_MEASURE, STATS_MARK);
        });
      })
      .catch((e: unknown) => {
        if (live) setLoad({ key, load: { kind: 'failed', error: classifyStorageError(e) } });
      });
    return () => {
      live = false;
    };
  }, [key, rollover]);
  // Figures of another selection are not this one's (an auto-fit would count them).
  return state.key === key ? state.load : { kind: 'loading' };
}
