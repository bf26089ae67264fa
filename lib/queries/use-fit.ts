'use client';

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '@/lib/corpus/types';
import { getDb } from '@/lib/db/client';
import { classifyStorageError, type StorageErrorCode } from '@/lib/db/errors';
import { lastFitAttempt, noteFitAttempt, paramsLog, revertFit } from '@/lib/db/params-repo';
import type { ParamsRow } from '@/lib/db/schema';
import { OptimizerError, runFit, type FitProgress } from '@/lib/optimizer/client';
import type { FitOutcome } from '@/lib/optimizer/protocol';

/** New answers since the last fit (or the first) after which a fit runs by itself. */
export const AUTO_FIT_ANSWERS = 1_000;

const inFlight = new Set<Lang>();

export type FitRun =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: FitProgress | null; readonly auto: boolean }
  | { readonly kind: 'done'; readonly outcome: FitOutcome; readonly auto: boolean }
  /** `storage`: the database refused (its code); otherwise the fit itself failed. */
  | { readonly kind: 'failed'; readonly storage: StorageErrorCode | null };

/**
 * A course's weights log (live) and fits of it: on the button, and by itself when
 * `answers` (the course's total) has grown by AUTO_FIT_ANSWERS since the last fit.
 */
export function useFit(course: Lang, answers: number | null) {
  const log = useLiveQuery(
    () => paramsLog(getDb(), course).catch(() => [] as ParamsRow[]),
    [course],
  );
  const [run, setRun] = useState<FitRun>({ kind: 'idle' });

  const start = useCallback(
    async (auto: boolean) => {
      // One fit per course at a time, whatever the screens: a fit outlives the page that
      // started it, and leaving Statistics and coming back must not start a second.
      if (inFlight.has(course)) return;
      inFlight.add(course);
      setRun({ kind: 'running', progress: null, auto });
      try {
        // Noted first: a fit that fails is not started again by itself on every visit.
        if (answers !== null) await noteFitAttempt(getDb(), course, answers);
        const outcome = await runFit(course, Date.now(), (progress) =>
          setRun({ kind: 'running', progress, auto }),
        );
        setRun({ kind: 'done', outcome, auto });
      } catch (e) {
        setRun({
          kind: 'failed',
          storage: e instanceof OptimizerError ? null : classifyStorageError(e).code,
        });
      } finally {
        inFlight.delete(course);
      }
    },
    [course, answers],
  );

  useEffect(() => {
    if (answers === null || answers < AUTO_FIT_ANSWERS) return;
    let live = true;
    void lastFitAttempt(getDb(), course).then((at) => {
      if (live && answers - at >= AUTO_FIT_ANSWERS) void start(true);
    });
    return () => {
      live = false;
    };
  }, [course, answers, start]);

  const undo = useCallback(async () => {
    try {
      await revertFit(getDb(), course, Date.now());
      setRun({ kind: 'idle' });
    } catch (e) {
      setRun({ kind: 'failed', storage: classifyStorageError(e).code });
    }
  }, [course]);

  return { log, run, start: () => start(false), undo };
}
