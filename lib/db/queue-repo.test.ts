import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleBundle } from '@/lib/corpus/model';
import type { ArticleId, CardId, UnitId } from '@/lib/corpus/types';
import type { EventId } from '@/lib/srs/events';
import type { Grade } from '@/lib/srs/grade';
import { wordId, type LearnMode } from '@/lib/srs/words';
import { orderKey, putArticle } from './content-repo';
import { updateSettings } from './settings-repo';
import { loadFirstCards, loadTodayQueue } from './queue-repo';
import { testCardRow } from './fixtures';
import { resetCard, saveAnswer, suspendCard, undoAnswer } from './study-repo';
import { openTriglotDb, type CardRow, type TriglotDb } from './schema';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();
const DAY = 86_400_000;
const refs: { id: CardId; sibling: string; rank: number }[] = Array.from(
  { length: 40 },
  (_, i) => ({
    id: `de:c${String(i).padStart(2, '0')}` as CardId,
    sibling: `s${i}`,
    rank: i,
  }),
);

function row(i: number, over: Partial<CardRow>): CardRow {
  return {
    ...testCardRow(
      { id: refs[i]!.id, course: 'de', sibling: refs[i]!.sibling },
      {},
      NOW - 30 * DAY,
    ),
    ...over,
  };
}

let db: TriglotDb;
beforeEach(async () => {
  db = openTriglotDb('queue-repo-test');
  await db.open();
  // The course's cards, out of rank order on purpose: the index orders them.
  await db.content.bulkPut(
    [...refs].reverse().map((r) => ({
      id: r.id,
      lang: 'de' as const,
      article: 'a' as ArticleId,
      unit: 'a:u' as UnitId,
      sibling: r.sibling,
      rank: r.rank,
      order: orderKey(r.rank, r.id),
      kind: 'understand' as const,
      terms: [],
    })),
  );
});
afterEach(async () => {
  await db.delete();
});

describe('loadTodayQueue', () => {
  it('takes due reviews from the index, then new cards in rank order, skipping met and suspended ones', async () => {
    await db.cards.bulkPut([
      row(0, { state: 'review', due: NOW - DAY, lastReview: NOW - 5 * DAY, stability: 4, reps: 3 }),
      row(1, {
        state: 'review',
        due: NOW + 10 * DAY,
        lastReview: NOW - DAY,
        stability: 20,
        reps: 3,
      }),
      row(2, { suspended: true }),
      row(3, { state: 'new' }), // put back to new by undo: still new
      row(4, { state: 'learning', due: NOW + 5 * 60_000, reps: 1 }),
    ]);
    const q = await loadTodayQueue(
      db,
      'de',
      { newPerDay: 3, reviewsPerDay: 10, rolloverHour: 4 },
      NOW,
    );
    expect(q.counts).toEqual({ new: 3, learning: 0, review: 1 });
    expect(new Set(q.queue)).toEqual(new Set([refs[0]!.id, refs[3]!.id, refs[5]!.id, refs[6]!.id]));
    expect(q.laterToday).toEqual([{ id: refs[4]!.id, due: NOW + 5 * 60_000 }]);
    expect(q.states.get(refs[0]!.id)?.state).toBe('review');
  });

  it('counts today’s answers against the new-card limit', async () => {
    await saveAnswer(db, {
      id: 'an.0' as EventId,
      cardId: refs[0]!.id,
      course: 'de',
      sibling: refs[0]!.sibling,
      review: NOW - 60_000,
      grade: 3,
      durationMs: 1000,
      from: 'new',
    });
    const q = await loadTodayQueue(
      db,
      'de',
      { newPerDay: 2, reviewsPerDay: 10, rolloverHour: 4 },
      NOW,
    );
    expect(q.counts.new).toBe(1);
    expect(q.queue).toEqual([refs[1]!.id]);
  });
});

describe('a review backlog over the limit', () => {
  it('takes the earliest due reviews up to the limit, reading no more of the backlog than that', async () => {
    // Thirty due reviews; the latest due have the lowest retrievability (short stability):
    // Anki's order (earliest due first), not the lowest retrievability, picks which to take.
    await db.cards.bulkPut(
      Array.from({ length: 30 }, (_, i) =>
        row(i, {
          state: 'review',
          due: NOW - (30 - i) * DAY,
          lastReview: NOW - 40 * DAY,
          stability: 40 - i,
          reps: 5,
        }),
      ),
    );
    const settings = { newPerDay: 0, reviewsPerDay: 5, rolloverHour: 4 };
    const q = await loadTodayQueue(db, 'de', settings, NOW);
    expect(q.counts).toEqual({ new: 0, learning: 0, review: 5 });
    expect(new Set(q.queue)).toEqual(new Set(refs.slice(0, 5).map((r) => r.id)));
    // The rest are held back by the limit: available from the next study day.
    expect(q.nextDue).not.toBeNull();
    expect(q.nextDue!).toBeLessThanOrEqual(new Date(2026, 10, 24, 4, 0).getTime());
  });
});

describe('loadFirstCards', () => {
  const settings = { newPerDay: 3, reviewsPerDay: 1, rolloverHour: 4 };

  it('is null with no learning step due now, whatever the backlog of reviews', async () => {
    await db.cards.bulkPut([
      row(0, { state: 'review', due: NOW - DAY, lastReview: NOW - 5 * DAY, stability: 4, reps: 3 }),
      row(1, { state: 'learning', due: NOW + 5 * 60_000, reps: 1 }),
    ]);
    expect(await loadFirstCards(db, 'de', settings, NOW)).toBeNull();
  });

  it('takes learning steps due now, which head the whole queue in the same order', async () => {
    await db.cards.bulkPut([
      row(0, { state: 'review', due: NOW - DAY, lastReview: NOW - 5 * DAY, stability: 4, reps: 3 }),
      row(1, { state: 'relearning', due: NOW - 2 * 60_000, reps: 4, lapses: 1 }),
      row(2, { state: 'learning', due: NOW - 60_000, reps: 1 }),
      row(3, { state: 'learning', due: NOW - 3 * 60_000, reps: 1, suspended: true }),
      row(4, { state: 'learning', due: NOW + 5 * 60_000, reps: 1 }),
    ]);
    const first = await loadFirstCards(db, 'de', settings, NOW);
    const whole = await loadTodayQueue(db, 'de', settings, NOW);
    expect(first?.queue).toEqual([refs[1]!.id, refs[2]!.id]);
    expect(whole.queue.slice(0, 2)).toEqual(first?.queue);
    expect(first?.states.get(refs[2]!.id)?.state).toBe('learning');
  });
});

describe('the new-card frontier', () => {
  const bbc = JSON.parse(
    readFileSync('public/data/articles/bbc-russia-syria.json', 'utf8'),
  ) as ArticleBundle;
  const cnn = JSON.parse(
    readFileSync('public/data/articles/cnn-russia-syria.json', 'utf8'),
  ) as ArticleBundle;
  const settings = { newPerDay: 2, reviewsPerDay: 10, rolloverHour: 4 };
  const deCards = bbc.cards.filter((c) => c.lang === 'de');

  type Op =
    | { kind: 'answerNew'; grade: Grade }
    | { kind: 'answer'; card: number; grade: Grade }
    | { kind: 'reset'; card: number }
    | { kind: 'undo' }
    | { kind: 'suspend'; card: number; on: boolean }
    | { kind: 'addArticle' };
  const card = fc.nat({ max: deCards.length - 1 });
  const grade = fc.constantFrom<Grade>(1, 3, 4);
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('answerNew' as const), grade }) },
    fc.record({ kind: fc.constant('answer' as const), card, grade }),
    fc.record({ kind: fc.constant('reset' as const), card }),
    fc.record({ kind: fc.constant('undo' as const) }),
    fc.record({ kind: fc.constant('suspend' as const), card, on: fc.boolean() }),
    fc.record({ kind: fc.constant('addArticle' as const) }),
  );

  /** The queue as read from the start of the course, the frontiers set aside and put back. */
  async function fromStart(at: number) {
    const keys = ['newFrom:de', 'newFrom:words:de'];
    const saved = await db.meta.bulkGet(keys);
    await db.meta.bulkDelete(keys);
    const q = await loadTodayQueue(db, 'de', settings, at);
    await db.meta.bulkPut(saved.flatMap((m) => (m ? [m] : [])));
    return q;
  }

  it('never hides a new card or word: after answers, resets, undos, suspensions and added articles the queue is the one read from the start, in either learn mode', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 40 }),
        fc.array(op, { minLength: 1, maxLength: 24 }),
        fc.constantFrom<LearnMode>('sentences', 'words'),
        async (warm, ops, mode) => {
          await db.delete();
          db = openTriglotDb('queue-repo-test');
          await db.open();
          await putArticle(db, bbc, 'shipped', 'v1', NOW);
          // Words mode from the start: the warm-up answers clozes, the switch carries them over.
          const words = mode === 'words';
          /** In words mode a cloze card stands for its word item (the schedulable one). */
          const item = (c: (typeof deCards)[number]) =>
            words && c.kind === 'cloze'
              ? { cardId: wordId('de', c.cloze.lemma), sibling: wordId('de', c.cloze.lemma) }
              : { cardId: c.id, sibling: c.sibling };
          let at = NOW;
          const answers: { cardId: CardId; ref: EventId }[] = [];
          let n = 0;
          const answer = async (id: CardId, g: Grade) => {
            const c = bbc.cards.find((x) => x.id === id) ?? cnn.cards.find((x) => x.id === id);
            const ref = `an.p${n++}` as EventId;
            await saveAnswer(db, {
              id: ref,
              cardId: id,
              course: 'de',
              sibling: c?.sibling ?? id,
              review: at,
              grade: g,
              durationMs: 1000,
              from: (await db.cards.get(id))?.state ?? 'new',
            });
            answers.push({ cardId: id, ref });
          };
          // A head start: the first cards of the course met, so the frontier is well into it,
          // past some of the other article's ranks.
          const byOrder = [...deCards].sort((x, y) =>
            orderKey(x.rank, x.id) < orderKey(y.rank, y.id) ? -1 : 1,
          );
          // Days before today, so that they do not use up today's new cards.
          at = NOW - 3 * DAY;
          for (const c of byOrder.slice(0, warm)) {
            at += 60_000;
            await answer(c.id, 3);
          }
          at = NOW;
          if (words) await updateSettings(db, { learn: { de: 'words' } }, at);
          await loadTodayQueue(db, 'de', settings, at);
          for (const o of ops) {
            at += 60_000;
            const key = (i: number) => ({ ...item(deCards[i]!), course: 'de' as const });
            switch (o.kind) {
              case 'answerNew': {
                const q = await loadTodayQueue(db, 'de', settings, at);
                const next = q.queue.find((id) => q.states.get(id)?.state === 'new');
                if (next) await answer(next, o.grade);
                break;
              }
              case 'answer':
                await answer(item(deCards[o.card]!).cardId, o.grade);
                break;
              case 'reset':
                await resetCard(db, key(o.card), at);
                break;
              case 'undo': {
                const last = answers.pop();
                if (last) await undoAnswer(db, last.cardId, last.ref, at).catch(() => undefined);
                break;
              }
              case 'suspend':
                await suspendCard(db, key(o.card), o.on, at);
                break;
              case 'addArticle':
                await putArticle(db, cnn, 'shipped', 'v1', at);
                break;
            }
            const withFrontier = await loadTodayQueue(db, 'de', settings, at + 1);
            const naive = await fromStart(at + 1);
            expect(withFrontier.queue).toEqual(naive.queue);
            expect(withFrontier.counts).toEqual(naive.counts);
          }
        },
      ),
      { numRuns: Number(process.env.DB_PROPERTY_RUNS ?? 25) },
    );
  }, 120_000);
});
