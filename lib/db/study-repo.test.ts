import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { newCardState, type CardState } from '@/lib/srs/card-state';
import { StorageError } from './errors';
import { openTriglotDb, type TriglotDb } from './schema';
import { cardHistory, dueRows, saveAnswer, undoAnswer, type AnswerInput } from './study-repo';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const id = 'de:bbc:cloze:abc' as CardId;

function answer(over: Partial<AnswerInput> = {}): AnswerInput {
  const before = newCardState(NOW);
  const after: CardState = {
    ...before,
    state: 'learning',
    due: NOW + 60_000,
    reps: 1,
    lastReview: NOW,
  };
  return {
    cardId: id,
    course: 'de',
    sibling: 'bbc:de:s1',
    review: NOW,
    grade: 3,
    stateBefore: before,
    stateAfter: 'learning',
    after,
    elapsedDays: 0,
    durationMs: 4000,
    typed: 'Waffen',
    verdict: 'right:exact',
    ...over,
  };
}

let db: TriglotDb;
beforeEach(async () => {
  db = openTriglotDb('study-repo-test');
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('saveAnswer', () => {
  it('writes the log entry and the card state together', async () => {
    const reviewId = await saveAnswer(db, answer());
    expect(reviewId).toBeGreaterThan(0);
    expect(await db.reviews.count()).toBe(1);
    const row = await db.cards.get(id);
    expect(row).toMatchObject({
      state: 'learning',
      due: NOW + 60_000,
      course: 'de',
      sibling: 'bbc:de:s1',
    });
    expect(await dueRows(db, 'de', NOW + 120_000)).toHaveLength(1);
  });

  it('leaves both unchanged when the write fails', async () => {
    await saveAnswer(db, answer());
    // The disk fills up between the two writes of the transaction.
    vi.spyOn(db.cards, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const failed = saveAnswer(
      db,
      answer({ review: NOW + 1000, after: { ...answer().after, due: NOW + 9 } }),
    );
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toMatchObject({ code: 'QUOTA' });
    expect(await db.reviews.count()).toBe(1);
    expect((await db.cards.get(id))?.due).toBe(NOW + 60_000);
  });

  it('treats a retry of the same answer as the same answer', async () => {
    const first = await saveAnswer(db, answer());
    const again = await saveAnswer(db, answer());
    expect(again).toBe(first);
    expect(await db.reviews.count()).toBe(1);
  });
});

describe('undoAnswer', () => {
  it('restores the previous state and removes the entry', async () => {
    const first = await saveAnswer(db, answer());
    const second = await saveAnswer(
      db,
      answer({
        review: NOW + 60_000,
        stateBefore: answer().after,
        after: { ...answer().after, state: 'review', due: NOW + 3 * 86_400_000 },
        stateAfter: 'review',
      }),
    );
    await undoAnswer(db, second);
    expect((await db.cards.get(id))?.state).toBe('learning');
    expect((await cardHistory(db, id)).map((r) => r.id)).toEqual([first]);
    await undoAnswer(db, first);
    expect((await db.cards.get(id))?.state).toBe('new');
    expect(await db.reviews.count()).toBe(0);
  });

  it('refuses to undo an answer that is not the newest of its card', async () => {
    const first = await saveAnswer(db, answer());
    await saveAnswer(db, answer({ review: NOW + 60_000, stateBefore: answer().after }));
    await expect(undoAnswer(db, first)).rejects.toBeInstanceOf(StorageError);
    expect(await db.reviews.count()).toBe(2);
  });
});

describe('saveAnswer and flags set elsewhere', () => {
  it('keeps a suspension made in another tab while the card was on screen', async () => {
    await db.cards.put({
      ...answer().stateBefore,
      id,
      course: 'de',
      sibling: 'bbc:de:s1',
      suspended: true,
    });
    await saveAnswer(db, answer());
    expect((await db.cards.get(id))?.suspended).toBe(true);
  });
});
