import type { Lang } from '@/lib/corpus/types';
import type { FitOutcome, FitStage, FromOptimizer, ToOptimizer } from './protocol';

/** A fit that could not run: `code` names why (a storage code, WORKER, FIT). */
export class OptimizerError extends Error {
  override readonly name = 'OptimizerError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface FitProgress {
  readonly stage: FitStage;
  readonly done: number;
  readonly total: number;
}

let job = 0;

/**
 * Fits FSRS to a course's answers in a Worker of its own (fsrs-browser's memory is
 * given back when it ends). Resolves with what the fit found; the fit is already
 * kept, as an event of the course's weights log, when it predicts better.
 */
export function runFit(
  course: Lang,
  now: number,
  onProgress: (p: FitProgress) => void,
): Promise<FitOutcome> {
  const worker = new Worker(new URL('./optimize.worker.ts', import.meta.url), { type: 'module' });
  const id = ++job;
  return new Promise<FitOutcome>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<FromOptimizer>) => {
      const m = event.data;
      if (m.job !== id) return;
      if (m.type === 'progress') return onProgress(m);
      worker.terminate();
      if (m.type === 'error') reject(new OptimizerError(m.code, m.message));
      else resolve(m.outcome);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new OptimizerError('WORKER', event.message || 'the optimizer worker failed'));
    });
    worker.postMessage({ type: 'fit', job: id, course, now } satisfies ToOptimizer);
  });
}
