'use client';

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '@/lib/corpus/types';
import { getDb } from '@/lib/db/client';
import { classifyStorageError, type StorageErrorCode } from '@/lib/db/errors';
import { lastFitAttempt, noteFitAttempt, paramsLog, revertFit } from '@/lib/db/params-repo';
import type { ParamsRow } from '@/lib/db/schema';
import { OptimizerError, runFit, type FitProgress } from '@/lib/optimizer/client';
import type { FitOutcome } from '@/lib/optimizer/protocol';

/** New answers since the last fit (or the first) after which a fit runs by itself. */
export const AUTO_FIT_ANSWERS = 1_000;

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
  const busy = useRef(false);

  const start = useCallback(
    async (auto: boolean) => {
      if (busy.current) return;
      busy.current = true;
      setRun({ kind: 'running', progress: null, auto });
      try {
        const outcome = await runFit(course, Date.now(), (progress) =>
          setRun({ kind: 'running', progress, auto }),
        );
        if (answers !== null) await noteFitAttempt(getDb(), course, answers);
        setRun({ kind: 'done', outcome, auto });
      } catch (e) {
        setRun({
          kind: 'failed',
          storage: e instanceof OptimizerError ? null : classifyStorageError(e).code,
        });
      } finally {
        busy.current = false;
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
    await revertFit(getDb(), course, Date.now());
    setRun({ kind: 'idle' });
  }, [course]);

  return { log, run, start: () => start(false), undo };
}
