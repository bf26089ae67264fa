/// <reference lib="webworker" />
/**
 * The optimizer Worker: reads a course's log, fits FSRS to it with fsrs-browser
 * (fsrs-rs in WebAssembly, 436 kB gzip, fetched only here), checks the fit on
 * held-out cards and keeps it only when it predicts them better, as an event of
 * the course's weights log (lib/db/params-repo.ts). Threads when the page is
 * cross-origin isolated, one thread otherwise (the same weights, a little slower).
 */
import type * as FsrsBrowser from 'fsrs-browser';
import { default_w } from 'ts-fsrs';
import { courseLogCount, courseLogPages, paramsTimeline, recordFit } from '@/lib/db/params-repo';
import { readSettings } from '@/lib/db/settings-repo';
import { throttledProgress, workerDb } from '@/lib/db/worker-db';
import type { CardEvent } from '@/lib/srs/events';
import {
  fitWeights,
  judgeFit,
  longTermItems,
  measureFit,
  MIN_ITEMS,
  splitByCard,
  trainingItems,
} from '@/lib/srs/optimizer';
import {
  FSRS_JS_URL,
  FSRS_WASM_URL,
  type FitStage,
  type FromOptimizer,
  type ToOptimizer,
} from './protocol';

declare const self: DedicatedWorkerGlobalScope;

type FsrsModule = typeof FsrsBrowser;
let engine: Promise<{ mod: FsrsModule; threads: number }> | null = null;

function loadEngine(): Promise<{ mod: FsrsModule; threads: number }> {
  engine ??= (async () => {
    // Not bundled (scripts/vendor-fsrs.ts says why): the copy in public/vendor.
    const mod = (await import(
      /* turbopackIgnore: true */ /* webpackIgnore: true */ FSRS_JS_URL
    )) as FsrsModule;
    await mod.default({ module_or_path: FSRS_WASM_URL });
    let threads = 1;
    if (self.crossOriginIsolated) {
      const n = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1));
      try {
        await mod.initThreadPool(n);
        threads = n;
      } catch {
        // The pool's workers could not start (a policy, an old browser): one thread it is.
      }
    }
    return { mod, threads };
  })();
  return engine;
}

function post(message: FromOptimizer): void {
  self.postMessage(message);
}

async function fit(message: ToOptimizer): Promise<void> {
  const { job, course, now } = message;
  const progress = throttledProgress<FitStage>(
    (stage, done, total) => post({ type: 'progress', job, stage, done, total }),
    () => performance.now(),
  );
  const db = workerDb();
  const [settings, timeline, total] = await Promise.all([
    readSettings(db),
    paramsTimeline(db, course),
    courseLogCount(db, course),
  ]);
  const logs: CardEvent[][] = [];
  progress('reading', 0, total);
  for await (const page of courseLogPages(db, course)) {
    logs.push(...page);
    progress('reading', logs.length, total);
  }
  const items = trainingItems(logs, settings.rolloverHour);
  // What a fit can be judged on: answers on a later day than the one before.
  const judged = longTermItems(items).length;
  if (judged < MIN_ITEMS) {
    post({
      type: 'done',
      job,
      outcome: { kind: 'too-little', items: judged, needed: MIN_ITEMS },
    });
    return;
  }
  const { train, test } = splitByCard(items);
  const inUse = timeline.at(-1)?.weights ?? default_w;
  progress('fitting', 0, 1);
  const { mod, threads } = await loadEngine();
  const started = performance.now();
  const fitted = fitWeights(new mod.Fsrs(), train);
  const fitMs = Math.round(performance.now() - started);
  progress('fitting', 1, 1);
  progress('checking', 0, 1);
  const verdict = judgeFit(measureFit(inUse, test), measureFit(fitted, test));
  progress('checking', 1, 1);
  if (verdict.kind === 'better') {
    const brief = (m: typeof verdict.before) => ({ logLoss: m.logLoss, rmse: m.rmse });
    await recordFit(
      db,
      course,
      fitted,
      {
        before: brief(verdict.before),
        after: brief(verdict.after),
        items: train.length,
        heldOut: test.length,
      },
      now,
    );
  }
  post({
    type: 'done',
    job,
    outcome: {
      kind: verdict.kind === 'better' ? 'kept' : 'not-better',
      before: verdict.before,
      after: verdict.after,
      trainItems: train.length,
      threads,
      fitMs,
    },
  });
}

self.addEventListener('message', (event: MessageEvent<ToOptimizer | { type?: unknown }>) => {
  const message = event.data;
  // fsrs-browser's thread pool talks on this channel too; its messages are not ours.
  if (message.type !== 'fit') return;
  fit(message as ToOptimizer).catch((error: unknown) => {
    const code =
      typeof error === 'object' && error !== null && 'code' in error
        ? String((error as { code: unknown }).code)
        : 'FIT';
    post({ type: 'error', job: (message as ToOptimizer).job, code, message: String(error) });
  });
});
