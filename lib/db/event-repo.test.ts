import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { countedAnswers, replayCard, type EventId } from '@/lib/srs/events';
import {
  allEvents,
  cardEvents,
  correctFutureEvents,
  mergeChunks,
  recordEvent,
  storedScheduler,
  undoEvent,
  type CardKey,
} from './event-repo';
import { eventCount } from './fixtures';
import type { EventRow } from './schema';
import { openTriglotDb, type TriglotDb } from './schema';

const T0 = Date.UTC(2026, 10, 1, 9);
const DAY = 86_400_000;
const keys: CardKey[] = ['de:x:cloze:1', 'de:x:cloze:2'].map((id) => ({
  cardId: id as CardId,
  course: 'de',
  sibling: `s-${id}`,
}));

let db: TriglotDb;
let n = 0;
beforeEach(async () => {
  db = openTriglotDb(`event-repo-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const answer = (grade: 1 | 2 | 3 | 4) => ({
  kind: 'answer' as const,
  grade,
  durationMs: 1000,
  from: 'new' as const,
});

/** Stored row and replay agree for every card. */
async function expectConsistent() {
  const scheduler = await storedScheduler(db);
  for (const k of keys) {
    const row = await db.cards.get(k.cardId);
    const fold = replayCard(await cardEvents(db, k.cardId), scheduler);
    if (!fold) {
      expect(row).toBeUndefined();
      continue;
    }
    const { id: _i, course: _c, sibling: _s, head, seq, time, blank, ...state } = row!;
    expect({ state, head, seq, time, ...(blank ? { blank } : {}) }).toEqual(fold);
  }
}

describe('recordEvent', () => {
  it('two tabs answering one card at once: both answers count, the state is the replay of both', async () => {
    const first = await recordEvent(db, keys[0]!, answer(3), T0, { id: 'a.0' as EventId });
    const head = first.event.id;
    // Both computed from the same state (head), written in the same instant.
    const [a, b] = await Promise.all([
      recordEvent(db, keys[0]!, answer(3), T0 + 10, { expectedHead: head, id: 'a.1' as EventId }),
      recordEvent(db, keys[0]!, answer(1), T0 + 20, { expectedHead: head, id: 'a.2' as EventId }),
    ]);
    expect([a.stale, b.stale].filter(Boolean)).toHaveLength(1);
    expect(countedAnswers(await cardEvents(db, keys[0]!.cardId))).toHaveLength(3);
    expect((await db.cards.get(keys[0]!.cardId))?.reps).toBe(3);
    await expectConsistent();
  });

  it('the same answer written twice (a journal replay after a crash) is one answer', async () => {
    const once = await recordEvent(db, keys[0]!, answer(3), T0, { id: 'a.x' as EventId });
    const again = await recordEvent(db, keys[0]!, answer(3), T0, { id: 'a.x' as EventId });
    expect(again.duplicate).toBe(true);
    expect(again.state).toEqual(once.state);
    expect(await eventCount(db)).toBe(1);
  });

  it('undo appends a compensating event; only the newest event can be undone', async () => {
    const a = await recordEvent(db, keys[1]!, answer(3), T0);
    const b = await recordEvent(db, keys[1]!, answer(1), T0 + DAY);
    expect(await undoEvent(db, keys[1]!, a.event.id, T0 + DAY + 1)).toEqual({
      ok: false,
      code: 'NOT_LAST',
    });
    const undone = await undoEvent(db, keys[1]!, b.event.id, T0 + DAY + 2);
    expect(undone.ok).toBe(true);
    expect(await eventCount(db)).toBe(3);
    expect((await db.cards.get(keys[1]!.cardId))?.reps).toBe(1);
    await expectConsistent();
  });

  it('cards answered under a clock years ahead come back when it is corrected', async () => {
    const future = T0 + 14 * 365 * DAY;
    await recordEvent(db, keys[0]!, answer(3), future);
    await recordEvent(db, keys[0]!, answer(3), future + DAY);
    expect((await db.cards.get(keys[0]!.cardId))!.due).toBeGreaterThan(future);
    expect(await correctFutureEvents(db, T0)).toBe(1);
    const row = (await db.cards.get(keys[0]!.cardId))!;
    expect(row.due).toBeLessThan(T0 + 30 * DAY);
    // Sequence numbers carry on after the future ones: order never goes back.
    const later = await recordEvent(db, keys[0]!, answer(3), T0 + 1);
    expect(later.event.seq).toBeGreaterThan(future);
    await expectConsistent();
  });
});

describe('the log and the stored states, under any interleaving', () => {
  const grade = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const);
  const card = fc.integer({ min: 0, max: keys.length - 1 });
  const ops = fc.array(
    fc.oneof(
      fc.record({
        op: fc.constant('answer' as const),
        card,
        grade,
        dt: fc.integer({ min: -300_000, max: 10 * DAY }),
      }),
      fc.record({ op: fc.constant('race' as const), card, g1: grade, g2: grade }),
      fc.record({ op: fc.constant('undo' as const), card }),
      fc.record({
        op: fc.constantFrom(
          'suspend' as const,
          'unsuspend' as const,
          'reset' as const,
          'known' as const,
          'ignore' as const,
        ),
        card,
      }),
      fc.record({ op: fc.constant('late' as const), card, grade }),
    ),
    { minLength: 1, maxLength: 15 },
  );

  it('every stored state equals the replay of its log, and no answer is lost or counted twice', async () => {
    await fc.assert(
      fc.asyncProperty(ops, async (sequence) => {
        await Promise.all([db.cards.clear(), db.logs.clear(), db.meta.clear()]);
        let clock = T0;
        let answers = 0;
        let i = 0;
        const id = () => `t.${i++}` as EventId;
        for (const o of sequence) {
          const k = keys[o.card]!;
          const head = (await db.cards.get(k.cardId))?.head ?? null;
          switch (o.op) {
            case 'answer':
              clock += o.dt;
              await recordEvent(db, k, answer(o.grade), clock, { expectedHead: head, id: id() });
              answers++;
              break;
            case 'race':
              clock += 15;
              await Promise.all([
                recordEvent(db, k, answer(o.g1), clock, { expectedHead: head, id: id() }),
                recordEvent(db, k, answer(o.g2), clock + 5, { expectedHead: head, id: id() }),
              ]);
              answers += 2;
              break;
            case 'undo': {
              const events = await cardEvents(db, k.cardId);
              const undone = new Set(events.flatMap((e) => (e.kind === 'undo' ? [e.target] : [])));
              const last = events.filter((e) => e.kind !== 'undo' && !undone.has(e.id)).at(-1);
              if (!last) break;
              const r = await undoEvent(db, k, last.id, clock);
              if (r.ok && last.kind === 'answer') answers--;
              break;
            }
            case 'late': {
              // From a backup: ordered before the card's newest event.
              const row = await db.cards.get(k.cardId);
              const seq = row ? row.seq - 0.5 : 1;
              await recordEvent(db, k, answer(o.grade), row?.time ?? clock, { id: id(), seq });
              answers++;
              break;
            }
            default:
              await recordEvent(db, k, { kind: o.op }, clock, { id: id() });
          }
        }
        await expectConsistent();
        expect(countedAnswers(await allEvents(db))).toHaveLength(answers);
      }),
      { numRuns: Number(process.env.DB_PROPERTY_RUNS ?? 500), seed: 1201 },
    );
  }, 300_000);
});

describe('mergeChunks', () => {
  const card = (i: number) => `de:m:${String(i).padStart(2, '0')}` as CardId;
  const incoming = (i: number, k: number): EventRow => ({
    id: `an.in.${i}.${k}` as EventId,
    seq: T0 + k * DAY + i,
    cardId: card(i),
    course: 'de',
    at: T0 + k * DAY + i,
    kind: 'answer',
    grade: 3,
    durationMs: 1000,
    from: k ? 'review' : 'new',
  });
  const chunks = [0, 1, 2].map((c) =>
    Array.from({ length: 10 }, (_, j) => [0, 1, 2].map((k) => incoming(c * 10 + j, k))).flat(),
  );

  it('a chunk prepared ahead is computed again when another tab wrote to its cards meanwhile', async () => {
    let written: Promise<unknown> | null = null;
    await mergeChunks(db, chunks, 'import.t', (_, k) => {
      // Between the second and the third transaction: another tab answers a card of the
      // third chunk, whose result the second transaction has already prepared.
      if (k === 1)
        written = recordEvent(
          db,
          { cardId: card(25), course: 'de', sibling: card(25) },
          answer(1),
          T0 + 10 * DAY,
        );
    });
    await written;
    const scheduler = await storedScheduler(db);
    const events = await cardEvents(db, card(25));
    expect(events).toHaveLength(4);
    for (const i of [0, 9, 15, 25, 29]) {
      const row = (await db.cards.get(card(i)))!;
      const fold = replayCard(await cardEvents(db, card(i)), scheduler)!;
      expect(row.head).toBe(fold.head);
      expect(row.due).toBe(fold.state.due);
    }
    expect(await eventCount(db)).toBe(91);
  });

  it('gives the same stores as merging each chunk on its own', async () => {
    await mergeChunks(db, chunks, 'import.t', () => {});
    const pipelined = {
      cards: await db.cards.orderBy('id').toArray(),
      events: await allEvents(db),
    };
    const other = openTriglotDb(`event-repo-plain-${n++}`);
    for (const chunk of chunks) await mergeChunks(other, [chunk], 'import.t', () => {});
    expect(await other.cards.orderBy('id').toArray()).toEqual(pipelined.cards);
    expect(await allEvents(other)).toEqual(pipelined.events);
    await other.delete();
  });
});
