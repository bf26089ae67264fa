/**
 * Fitting FSRS to a learner (issue 13), in Node with fsrs-browser single-threaded (as the
 * app's Worker runs it without cross-origin isolation): a simulated learner whose memory
 * follows weights unlike the defaults, at 10,000 and 100,000 answers (BENCH_OPTIMIZER_REVIEWS,
 * comma-separated). Times the items built from the log, the fit itself and the held-out
 * measures, and prints the log loss before and after, as the Statistics page shows them.
 */
import { cpuUsage } from 'node:process';
import { loadavg } from 'node:os';
import { default_w } from 'ts-fsrs';
import { nodeTrainer } from '@/lib/optimizer/node-trainer';
import {
  fitWeights,
  judgeFit,
  longTermItems,
  measureFit,
  splitByCard,
  trainingItems,
} from '@/lib/srs/optimizer';
import { simulateLearner } from '@/lib/srs/simulate';
import { recordResults } from './lib/results';

const SIZES = (process.env.BENCH_OPTIMIZER_REVIEWS ?? '10000,100000').split(',').map(Number);
/** Answers per card: a mature card's first couple of months. */
const PER_CARD = 10;
const T0 = Date.UTC(2025, 0, 1);

// A learner who forgets faster than the defaults assume: the fit has something to find.
const truth = [...default_w];
for (let i = 0; i < 4; i++) truth[i] = default_w[i]! / 3;

const figures: Record<string, number> = {};
console.log(`optimizer (fsrs-browser, one thread), load ${loadavg()[0]!.toFixed(1)}`);
for (const reviews of SIZES) {
  const logs = simulateLearner({
    truth,
    cards: reviews / PER_CARD,
    reviews: PER_CARD,
    seed: 13,
    start: T0,
  });
  const t0 = performance.now();
  const items = trainingItems(logs, 4);
  const { train, test } = splitByCard(items);
  const t1 = performance.now();
  const trainer = await nodeTrainer();
  const cpu0 = cpuUsage();
  const t2 = performance.now();
  const fitted = fitWeights(trainer, train);
  const t3 = performance.now();
  const cpu = cpuUsage(cpu0);
  const held = longTermItems(test);
  const verdict = judgeFit(measureFit(default_w, held), measureFit(fitted, held));
  const t4 = performance.now();
  const before = verdict.before.logLoss;
  const after = verdict.after.logLoss;
  console.log(
    `  ${reviews.toLocaleString('en')} answers (${items.length.toLocaleString('en')} items): ` +
      `items ${(t1 - t0).toFixed(0)} ms, fit ${((t3 - t2) / 1000).toFixed(1)} s ` +
      `(${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU), measures ${(t4 - t3).toFixed(0)} ms; ` +
      `held-out log loss ${before.toFixed(4)} → ${after.toFixed(4)} (${verdict.kind === 'better' ? 'kept' : 'not kept'})`,
  );
  const k = `optimizer_${reviews}`;
  figures[`${k}_items`] = items.length;
  figures[`${k}_items_ms`] = t1 - t0;
  figures[`${k}_fit_ms`] = t3 - t2;
  figures[`${k}_measures_ms`] = t4 - t3;
  figures[`${k}_logloss_before`] = before;
  figures[`${k}_logloss_after`] = after;
}
recordResults('node_optimizer', figures);
