import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import type { EventId } from '@/lib/srs/events';
import { StorageError } from './errors';
import { eventCount } from './fixtures';
import { allEvents } from './event-repo';
import { openTriglotDb, type TriglotDb } from './schema';
import {
  cardHistory,
  dueRows,
  reportCard,
  resetCard,
  saveAnswer,
  suspendCard,
  undoAnswer,
  type AnswerInput,
} from './study-repo';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const id = 'de:bbc:cloze:abc' as CardId;
const key = { cardId: id, course: 'de' as const, sibling: 'bbc:de:s1' };
let n = 0;

function answer(over: Partial<AnswerInput> = {}): AnswerInput {
  return {
    id: `an.${n++}` as EventId,
    ...key,
    review: NOW,
    grade: 3,
    durationMs: 4000,
    typed: 'Waffen',
    verdict: 'right:exact',
    from: 'new',
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
  it('appends an answer event and stores the state it leads to', async () => {
    const ref = await saveAnswer(db, answer());
    expect(await eventCount(db)).toBe(1);
    expect((await allEvents(db)).find((e) => e.id === ref)?.kind).toBe('answer');
    const row = await db.cards.get(id);
    expect(row).toMatchObject({ state: 'learning', reps: 1, course: 'de', sibling: 'bbc:de:s1' });
    expect(row?.head).toBe(ref);
    expect(await dueRows(db, 'de', NOW + 86_400_000)).toHaveLength(1);
  });

  it('leaves the log and the state unchanged when the write fails', async () => {
    await saveAnswer(db, answer());
    const before = await db.cards.get(id);
    // The disk fills up between the two writes of the transaction.
    vi.spyOn(db.cards, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const failed = saveAnswer(db, answer({ review: NOW + 1000 }));
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toMatchObject({ code: 'QUOTA' });
    expect(await eventCount(db)).toBe(1);
    expect(await db.cards.get(id)).toEqual(before);
  });

  it('treats a retry of the same answer (same id) as the same answer', async () => {
    const a = answer();
    const first = await saveAnswer(db, a);
    const again = await saveAnswer(db, a);
    expect(again).toBe(first);
    expect(await eventCount(db)).toBe(1);
  });
});

describe('undoAnswer', () => {
  it('appends a compensating event; the state is as before the answer', async () => {
    const first = await saveAnswer(db, answer());
    const learning = await db.cards.get(id);
    const second = await saveAnswer(db, answer({ review: NOW + 60_000, from: 'learning' }));
    await undoAnswer(db, id, second, NOW + 61_000);
    expect((await db.cards.get(id))?.due).toBe(learning?.due);
    expect((await cardHistory(db, id)).map((r) => r.kind)).toEqual(['answer', 'answer', 'undo']);
    await undoAnswer(db, id, first, NOW + 62_000);
    expect((await db.cards.get(id))?.state).toBe('new');
    expect(await eventCount(db)).toBe(4);
  });

  it('refuses to undo an answer that is not the newest of its card', async () => {
    const first = await saveAnswer(db, answer());
    await saveAnswer(db, answer({ review: NOW + 60_000 }));
    await expect(undoAnswer(db, id, first, NOW + 61_000)).rejects.toBeInstanceOf(StorageError);
    expect(await eventCount(db)).toBe(2);
  });
});

describe('suspend and reset are events too', () => {
  it('keeps a suspension made in another tab while the card was on screen', async () => {
    await suspendCard(db, key, true, NOW - 1000);
    await saveAnswer(db, answer());
    expect((await db.cards.get(id))?.suspended).toBe(true);
  });

  it('reset makes the card new, keeps its suspension and its history; undoing the answer after keeps the reset', async () => {
    await saveAnswer(db, answer());
    await suspendCard(db, key, true, NOW + 1);
    await resetCard(db, key, NOW + 2);
    const row = await db.cards.get(id);
    expect(row).toMatchObject({ state: 'new', reps: 0, suspended: true });
    expect((await cardHistory(db, id)).map((e) => e.kind)).toEqual(['answer', 'suspend', 'reset']);
  });

  it('a reported card is suspended and its report is in the log', async () => {
    await saveAnswer(db, answer());
    await reportCard(db, key, 'hint', NOW + 1);
    expect((await db.cards.get(id))?.suspended).toBe(true);
    expect((await cardHistory(db, id)).at(-1)).toMatchObject({ kind: 'report', reason: 'hint' });
  });
});
