import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { CardId, Lang } from '@/lib/corpus/types';
import { nodeTrainer } from '@/lib/optimizer/node-trainer';
import type { CardEvent, EventId } from './events';
import type { Grade } from './grade';
import {
  fitWeights,
  flatten,
  judgeFit,
  longTermItems,
  measureFit,
  predictions,
  splitByCard,
  trainingItems,
  type TrainingItem,
} from './optimizer';
import { simulateLearner } from './simulate';

const DAY = 86_400_000;
const T0 = Date.parse('2025-01-06T09:00:00+01:00');

describe('training items', () => {
  const at = (days: number) => T0 + days * DAY;
  const e = (id: string, days: number, grade: Grade, kind: 'answer' | 'reset' = 'answer') =>
    ({
      id: id as EventId,
      seq: at(days),
      cardId: 'de:x:1' as CardId,
      course: 'de' as Lang,
      at: at(days),
      ...(kind === 'answer' ? { kind, grade, durationMs: 1, from: 'review' } : { kind }),
    }) as CardEvent;

  it('one item per answer after the first, with study days between answers', () => {
    const items = trainingItems([[e('a', 0, 3), e('b', 0.01, 3), e('c', 3, 1), e('d', 4, 3)]], 4);
    expect(items.map((i) => i.reviews.map((r) => [r.rating, r.deltaT]))).toEqual([
      [
        [3, 0],
        [3, 0],
      ],
      [
        [3, 0],
        [3, 0],
        [1, 3],
      ],
      [
        [3, 0],
        [3, 0],
        [1, 3],
        [3, 1],
      ],
    ]);
    const flat = flatten(items);
    expect([...flat.lengths]).toEqual([2, 3, 4]);
    expect(flat.ratings.length).toBe(9);
  });

  it('a reset starts the history again; undone answers are left out', () => {
    const undo = {
      ...e('u', 5, 3),
      kind: 'undo',
      target: 'd' as EventId,
    } as unknown as CardEvent;
    const items = trainingItems(
      [[e('a', 0, 3), e('b', 2, 3), e('r', 3, 3, 'reset'), e('c', 4, 3), e('d', 5, 1), undo]],
      4,
    );
    expect(items.map((i) => i.reviews.length)).toEqual([2]);
  });

  it('splits by card: no card on both sides, the same split every time', () => {
    const items: TrainingItem[] = Array.from({ length: 2000 }, (_, i) => ({
      card: `de:x:${i % 500}` as CardId,
      reviews: [],
    }));
    const { train, test } = splitByCard(items);
    const testCards = new Set(test.map((i) => i.card));
    expect(train.some((i) => testCards.has(i.card))).toBe(false);
    expect(test.length / items.length).toBeGreaterThan(0.1);
    expect(test.length / items.length).toBeLessThan(0.3);
    expect(splitByCard(items).test).toEqual(test);
  });
});

describe('fitting to a simulated learner', () => {
  it('fsrs-browser fitted on their answers predicts held-out answers better than the defaults', async () => {
    // A learner who forgets fast: initial stabilities a fifth of the defaults.
    const truth = [...default_w];
    for (let i = 0; i < 4; i++) truth[i] = default_w[i]! / 5;
    const logs = simulateLearner({ truth, cards: 500, reviews: 7, seed: 7, start: T0 });
    const { train, test } = splitByCard(trainingItems(logs, 4));
    const trainer = await nodeTrainer();
    const fitted = fitWeights(trainer, train);
    expect(fitted).toHaveLength(21);
    const verdict = judgeFit(measureFit(default_w, test), measureFit(fitted, test));
    expect(verdict.kind).toBe('better');
    if (verdict.kind !== 'better') return;
    expect(verdict.after.logLoss).toBeLessThan(verdict.before.logLoss);
    expect(verdict.after.rmse).toBeLessThan(verdict.before.rmse);
    // The first-day stability it found is nearer the truth than the default's.
    expect(Math.abs(fitted[2]! - truth[2]!)).toBeLessThan(Math.abs(default_w[2]! - truth[2]!));
  }, 120_000);

  it('the measures on a fixed set: a perfect and a hopeless prediction', () => {
    const items: TrainingItem[] = [
      {
        card: 'de:x:1' as CardId,
        reviews: [
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 1 },
        ],
      },
      {
        card: 'de:x:2' as CardId,
        reviews: [
          { rating: 3, deltaT: 0 },
          { rating: 1, deltaT: 3000 },
        ],
      },
    ];
    const m = measureFit(default_w, items);
    const [soon, late] = predictions(default_w, items);
    // Recall a day later is likely, eight years later unlikely: each loss is small.
    expect(soon!.p).toBeGreaterThan(0.9);
    expect(late!.p).toBeLessThan(0.5);
    expect(m.logLoss).toBeCloseTo((-Math.log(soon!.p) - Math.log(1 - late!.p)) / 2, 10);
    expect(m.calibration.reduce((n, b) => n + b.count, 0)).toBe(2);
    expect(m.items).toBe(2);
  });
});

describe('what a fit is judged on', () => {
  it('leaves same-day answers out: learning steps are not the forgetting curve', () => {
    const item = (card: string, deltaT: number, rating: Grade): TrainingItem => ({
      card: card as CardId,
      reviews: [
        { rating: 3, deltaT: 0 },
        { rating, deltaT },
      ],
    });
    const withSameDay = [item('de:x:1', 2, 3), item('de:x:2', 0, 1)];
    expect(longTermItems(withSameDay).map((i) => i.card)).toEqual(['de:x:1']);
    // A same-day Again would cost −ln(1e-6) ≈ 13.8 and swamp every other item.
    expect(measureFit(default_w, withSameDay)).toEqual(measureFit(default_w, [withSameDay[0]!]));
  });
});
