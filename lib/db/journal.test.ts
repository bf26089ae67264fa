import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { newCardState } from '@/lib/srs/card-state';
import { journalAdd, journalRemove, replayJournal } from './journal';
import { openTriglotDb, type TriglotDb } from './schema';
import { saveAnswer, type AnswerInput } from './study-repo';

function memoryStore() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    size: () => map.size,
  };
}

const NOW = Date.UTC(2026, 10, 23, 9);
const answer = (cardId: string, review = NOW): AnswerInput => {
  const before = newCardState(NOW);
  return {
    cardId: cardId as CardId,
    course: 'de',
    sibling: `s-${cardId}`,
    review,
    grade: 3,
    stateBefore: before,
    stateAfter: 'learning',
    after: { ...before, state: 'learning', reps: 1, lastReview: review, due: review + 600_000 },
    elapsedDays: 0,
    durationMs: 2000,
    typed: null,
    verdict: null,
  };
};

let db: TriglotDb;
beforeEach(async () => {
  db = openTriglotDb('journal-test');
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('answer journal', () => {
  it('writes an answer whose transaction never ran (the tab closed first)', async () => {
    const store = memoryStore();
    journalAdd(answer('de:a'), store);
    expect(await replayJournal(db, store)).toBe(1);
    expect(await db.reviews.count()).toBe(1);
    expect((await db.cards.get('de:a' as CardId))?.state).toBe('learning');
    expect(store.size()).toBe(0);
  });

  it('does not double an answer that did commit before the tab closed', async () => {
    const store = memoryStore();
    journalAdd(answer('de:a'), store);
    await saveAnswer(db, answer('de:a'));
    await replayJournal(db, store);
    expect(await db.reviews.count()).toBe(1);
  });

  it('forgets an answer once it is written', () => {
    const store = memoryStore();
    journalAdd(answer('de:a'), store);
    journalAdd(answer('de:b'), store);
    journalRemove(answer('de:a'), store);
    expect(JSON.parse(store.getItem('triglot:pending-answers')!)).toHaveLength(1);
  });
});

describe('answer journal when storage is still full', () => {
  it('keeps the entry for next time and does not throw', async () => {
    const store = memoryStore();
    journalAdd(answer('de:a'), store);
    journalAdd(answer('de:b'), store);
    // de:a's row cannot be written, de:b's can.
    db.cards.hook('creating', (_key, obj: { id: string }) => {
      if (obj.id === 'de:a') throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await replayJournal(db, store)).toBe(1);
    expect(JSON.parse(store.getItem('triglot:pending-answers')!)).toHaveLength(1);
  });
});
