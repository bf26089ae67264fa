import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { newCardState } from '@/lib/srs/card-state';
import type { EventId } from '@/lib/srs/events';
import { dumpAll } from './backup-repo';
import { JOURNAL_KEY, journalAdd, journalRemove, REJECTED_KEY, replayJournal } from './journal';
import { eventCount } from './fixtures';
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
const answer = (cardId: string, review = NOW): AnswerInput => ({
  id: `an.${cardId}.${review}` as EventId,
  cardId: cardId as CardId,
  course: 'de',
  sibling: `s-${cardId}`,
  review,
  grade: 3,
  durationMs: 2000,
  typed: null,
  verdict: null,
  from: 'new',
});

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
    expect(await replayJournal(db, store)).toEqual({ written: 1, kept: 0, rejected: 0 });
    expect(await eventCount(db)).toBe(1);
    expect((await db.cards.get('de:a' as CardId))?.state).toBe('learning');
    expect(store.size()).toBe(0);
  });

  it('does not double an answer that did commit before the tab closed', async () => {
    const store = memoryStore();
    journalAdd(answer('de:a'), store);
    await saveAnswer(db, answer('de:a'));
    await replayJournal(db, store);
    expect(await eventCount(db)).toBe(1);
  });

  it('forgets an answer once it is written', () => {
    const store = memoryStore();
    journalAdd(answer('de:a'), store);
    journalAdd(answer('de:b'), store);
    journalRemove(answer('de:a'), store);
    expect(JSON.parse(store.getItem(JOURNAL_KEY)!).entries).toHaveLength(1);
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
    expect(await replayJournal(db, store)).toEqual({ written: 1, kept: 1, rejected: 0 });
    expect(JSON.parse(store.getItem(JOURNAL_KEY)!).entries).toHaveLength(1);
  });
});

describe('a journal that is not what it should be', () => {
  it('sets a malformed entry aside, reports it, and writes the valid ones only', async () => {
    const store = memoryStore();
    journalAdd(answer('de:a'), store);
    const stored = JSON.parse(store.getItem(JOURNAL_KEY)!);
    stored.entries.push({ ...answer('de:b'), grade: 7 }, { cardId: 'de:c' }, 'junk');
    store.setItem(JOURNAL_KEY, JSON.stringify(stored));
    expect(await replayJournal(db, store)).toEqual({ written: 1, kept: 0, rejected: 3 });
    expect(await eventCount(db)).toBe(1);
    expect(JSON.parse(store.getItem(REJECTED_KEY)!)).toHaveLength(3);
    expect(store.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('an unreadable or unversioned journal changes nothing in the database', async () => {
    for (const text of [
      '{not json',
      JSON.stringify([answer('de:a')]),
      JSON.stringify({ version: 9, entries: [] }),
    ]) {
      const store = memoryStore();
      store.setItem(JOURNAL_KEY, text);
      const before = await dumpAll(db);
      const result = await replayJournal(db, store);
      expect(result.written).toBe(0);
      expect(result.rejected).toBe(1);
      expect(await dumpAll(db)).toEqual(before);
    }
  });

  it('reads a version-1 journal (answers with whole states) and writes its answers once', async () => {
    const store = memoryStore();
    const { id: _id, from: _from, ...rest } = answer('de:a');
    const old = { ...rest, stateBefore: newCardState(NOW), stateAfter: 'learning' };
    store.setItem('triglot:pending-answers', JSON.stringify([old, old]));
    expect((await replayJournal(db, store)).written).toBe(2);
    expect(await eventCount(db)).toBe(1);
    expect(store.getItem('triglot:pending-answers')).toBeNull();
  });

  it('writes five thousand journaled answers in one transaction', async () => {
    const store = memoryStore();
    const entries = Array.from({ length: 5000 }, (_, i) => answer(`de:k${i}`, NOW + i));
    store.setItem(JOURNAL_KEY, JSON.stringify({ version: 2, entries }));
    expect(await replayJournal(db, store)).toEqual({ written: 5000, kept: 0, rejected: 0 });
    expect(await db.cards.count()).toBe(5000);
  });
});
