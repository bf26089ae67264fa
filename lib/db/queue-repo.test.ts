import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, CardId, UnitId } from '@/lib/corpus/types';
import type { EventId } from '@/lib/srs/events';
import { orderKey } from './content-repo';
import { loadTodayQueue } from './queue-repo';
import { testCardRow } from './fixtures';
import { saveAnswer } from './study-repo';
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
