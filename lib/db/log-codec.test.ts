import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { newCardState } from '@/lib/srs/card-state';
import type { CardEvent, EventId } from '@/lib/srs/events';
import { packLog, unpackLog, type LogRow } from './log-codec';
import { StorageError } from './errors';

const cardId = 'de:x:cloze:1' as CardId;

const text = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string({ maxLength: 12 }));
const time = fc.oneof(
  fc.integer({ min: 1_100_000_000_000, max: 2_000_000_000_000 }),
  fc.double({ min: -1e20, max: 1e20, noNaN: true, noDefaultInfinity: true }),
);

const event: fc.Arbitrary<CardEvent> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 20 }),
    seq: time,
    at: time,
    importId: fc.option(fc.constantFrom('import.a', 'import.b'), { nil: undefined }),
    body: fc.oneof(
      fc.record({
        kind: fc.constant('answer' as const),
        grade: fc.constantFrom(1, 2, 3, 4 as const),
        durationMs: fc.nat(),
        typed: text,
        verdict: text,
        from: fc.constantFrom('new', 'learning', 'review', 'relearning' as const),
        shown: fc.option(fc.constantFrom('de:a:cloze:1', 'de:b:cloze:2'), { nil: undefined }),
      }),
      fc.record({ kind: fc.constant('undo' as const), target: fc.string({ minLength: 1 }) }),
      fc.record({ kind: fc.constant('bury' as const), until: time }),
      fc.record({
        kind: fc.constant('report' as const),
        reason: fc.constantFrom('answer', 'option', 'hint' as const),
      }),
      fc.record({
        kind: fc.constant('snapshot' as const),
        state: fc.constant({ ...newCardState(1_700_000_000_000), reps: 3 }),
      }),
      fc.constantFrom(
        { kind: 'reset' as const },
        { kind: 'suspend' as const },
        { kind: 'unsuspend' as const },
        { kind: 'retime' as const },
        { kind: 'known' as const },
        { kind: 'ignore' as const },
      ),
    ),
  })
  .map(({ id, seq, at, importId, body }) => {
    const b = { ...body } as Record<string, unknown>;
    // Absent optional fields are absent, not undefined, as a structured clone gives them back.
    for (const k of ['typed', 'verdict', 'shown']) if (b[k] === undefined) delete b[k];
    return {
      ...b,
      id: id as EventId,
      seq,
      at,
      cardId,
      course: 'de',
      ...(importId ? { importId } : {}),
    } as CardEvent;
  });

describe('the stored log', () => {
  it('gives back every event exactly as it was packed', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), (events) => {
        const row = packLog(cardId, 'de', events);
        // Through a structured clone, as IndexedDB stores it.
        expect(unpackLog(structuredClone(row))).toEqual(events);
        expect(row.imports).toEqual([...new Set(events.flatMap((e) => e.importId ?? []))]);
        if (events.length) expect(row.last).toBe(Math.max(...events.map((e) => e.at)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuses a row that does not decode, naming the card and the event', () => {
    const good = packLog(cardId, 'de', [
      {
        id: 'an.1' as EventId,
        seq: 1_700_000_000_000,
        at: 1_700_000_000_000,
        cardId,
        course: 'de',
        kind: 'answer',
        grade: 3,
        durationMs: 1000,
        from: 'new',
      },
    ]);
    const broken: LogRow[] = [
      // A kind no version wrote (9 and 10 are known and ignore since issue 12).
      { ...good, events: [[99, 1, 0, 'x', 0]] },
      { ...good, events: [[0, 1, 0, 'x', 0, 7, 1000, 0]] },
      { ...good, events: [[0, 'soon', 0, 'x', 0, 3, 1000, 0]] },
      { ...good, events: [[0, 1, 0, 'x', 2, 3, 1000, 0]] },
      { ...good, events: [[6, 1, 0, 'x', 0, { due: 'tomorrow' }]] },
      { ...good, course: 'fr' as never },
      { ...good, events: 'none' as never },
    ];
    for (const row of broken) {
      let error: unknown;
      try {
        unpackLog(row);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StorageError);
      expect(error).toMatchObject({ code: 'CORRUPT' });
      expect((error as Error).message).toContain(cardId);
    }
  });
});
