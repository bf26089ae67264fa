import { default_w, FSRSAlgorithm, generatorParameters } from 'ts-fsrs';
import type { CardId, Lang } from '@/lib/corpus/types';
import type { CardEvent, EventId } from './events';
import type { Grade } from './grade';

const DAY = 86_400_000;

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/**
 * A simulated learner (tests, benchmarks and seeded browsers): each card is
 * reviewed when the default scheduler would (at 90 % retention under the
 * defaults), and recalled with the probability the weights `truth` give for that
 * gap. With a `truth` unlike the defaults, the defaults mispredict and a fit on
 * the log should see it. Seeded: the same options, the same log.
 */
export function simulateLearner(opts: {
  readonly truth: readonly number[];
  readonly cards: number;
  readonly reviews: number;
  readonly seed: number;
  readonly start: number;
  readonly course?: Lang;
}): CardEvent[][] {
  const { truth, cards, reviews, seed } = opts;
  const course = opts.course ?? 'de';
  const random = rng(seed);
  const real = new FSRSAlgorithm(generatorParameters({ w: [...truth], enable_short_term: true }));
  const assumed = new FSRSAlgorithm(
    generatorParameters({ w: [...default_w], enable_short_term: true }),
  );
  const logs: CardEvent[][] = [];
  let n = 0;
  for (let c = 0; c < cards; c++) {
    const cardId = `${course}:sim:${c}` as CardId;
    const log: CardEvent[] = [];
    let t = opts.start + c * 1000;
    let real_m: { stability: number; difficulty: number } | null = null;
    let assumed_m: { stability: number; difficulty: number } | null = null;
    let gap = 0;
    for (let r = 0; r < reviews; r++) {
      const recall = real_m ? real.forgetting_curve(gap, real_m.stability) : 0;
      const grade: Grade = r === 0 ? 3 : random() < recall ? (random() < 0.15 ? 4 : 3) : 1;
      log.push({
        id: `sim.${seed}.${n++}` as EventId,
        seq: t,
        cardId,
        course,
        at: t,
        kind: 'answer',
        grade,
        durationMs: 3000,
        from: r === 0 ? 'new' : 'review',
      });
      real_m = real.next_state(real_m, gap, grade);
      assumed_m = assumed.next_state(assumed_m, gap, grade);
      gap = Math.max(1, Math.round(assumed.next_interval(assumed_m.stability, 0)));
      t += gap * DAY;
    }
    logs.push(log);
  }
  return logs;
}
