import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { studyDayBounds } from '@/lib/srs/study-day';
import { recordEvent, type CardKey } from './event-repo';
import { applyLogOp, logOps, recountTally } from './fixtures';
import { openTriglotDb, type TriglotDb } from './schema';
import { readStats } from './daily-repo';
import { ensureTally, TALLY_META, tallyStats } from './tally-repo';

const T0 = Date.parse('2026-10-20T09:00:00+02:00'); // the week DST ends in Berlin
const keys: CardKey[] = [
  'de:art1:cloze:1',
  'de:art1:cloze:2',
  'de:art2:cloze:1',
  'it:art1:cloze:1',
].map((id) => ({
  cardId: id as CardId,
  course: id.slice(0, 2) as 'de' | 'it',
  sibling: `s:${id}`,
}));

let db: TriglotDb;
let n = 0;
beforeEach(async () => {
  db = openTriglotDb(`tally-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

function boundsFrom(now: number, rollover = 4, days = 30): number[] {
  const out: number[] = [];
  let end = studyDayBounds(now, rollover).end;
  for (let i = 0; i < days; i++) {
    out.push(end);
    end = studyDayBounds(end, rollover).end;
  }
  return out;
}

async function expectTallyIsRecount(now: number) {
  for (const courses of [['de'], ['it'], ['de', 'it']] as const) {
    const rows = (await db.cards.toArray()).filter((r) =>
      (courses as readonly string[]).includes(r.course),
    );
    expect(await tallyStats(db, courses, now, 4)).toEqual(recountTally(rows, boundsFrom(now)));
  }
}

describe('the card tally', () => {
  it('stays equal to a recount of the cards through answers, undos, resets, suspensions, merges, undone imports and deleted articles', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(logOps(keys.length, true), { minLength: 1, maxLength: 25 }),
        fc.boolean(),
        async (ops, builtFirst) => {
          await db.delete();
          db = openTriglotDb(`tally-${n++}`);
          await db.open();
          // Built before any card, or half-way: the build and the deltas must agree.
          if (builtFirst) await ensureTally(db);
          let clock = T0;
          let i = 0;
          for (const o of ops) {
            i++;
            clock = await applyLogOp(db, keys, o, clock, i);
            if (i === Math.ceil(ops.length / 2) && !builtFirst) await ensureTally(db);
          }
          await ensureTally(db);
          await expectTallyIsRecount(clock);
          // And a build from scratch says the same.
          await db.transaction('rw', [db.tally, db.meta], async () => {
            await db.tally.clear();
            await db.meta.delete(TALLY_META);
          });
          await ensureTally(db);
          await expectTallyIsRecount(clock);
        },
      ),
      { numRuns: Number(process.env.DB_PROPERTY_RUNS ?? 60) },
    );
  });

  it('counts cards by state and the reviews due on each day ahead, not new or suspended ones', async () => {
    const now = Date.parse('2026-10-21T10:00:00+02:00');
    await ensureTally(db);
    const answer = { kind: 'answer', grade: 3, durationMs: 1000, from: 'new' } as const;
    await recordEvent(db, keys[0]!, answer, now);
    await recordEvent(db, keys[2]!, { ...answer, grade: 4 }, now);
    await recordEvent(db, keys[3]!, answer, now);
    await recordEvent(db, keys[3]!, { kind: 'suspend' }, now + 1);
    await recordEvent(db, keys[1]!, answer, now);
    await recordEvent(db, keys[1]!, { kind: 'reset' }, now + 1);
    const { forecast, states } = await tallyStats(db, ['de', 'it'], now, 4);
    expect(states).toEqual({ new: 1, learning: 2, review: 1, relearning: 0 });
    expect(forecast).toHaveLength(30);
    // The learning card is due again today; Easy on a new card waits days; the suspended
    // and the reset card are not forecast.
    expect(forecast[0]).toBe(1);
    expect(forecast.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('rejects a stored count that does not read; the statistics build it again from the cards', async () => {
    await ensureTally(db);
    await recordEvent(
      db,
      keys[0]!,
      { kind: 'answer', grade: 3, durationMs: 1000, from: 'new' },
      T0,
    );
    await db.tally.put({ course: 'de', bucket: 'state:lost', n: 2 });
    await expect(tallyStats(db, ['de'], T0, 4)).rejects.toMatchObject({ code: 'CORRUPT' });
    const { states } = await readStats(db, ['de'], T0, 4);
    expect(states.learning).toBe(1);
    expect(await db.tally.get(['de', 'state:lost'])).toBeUndefined();
  });

  it('a count that would fall below zero drops the tally, to be built again', async () => {
    await ensureTally(db);
    await recordEvent(
      db,
      keys[0]!,
      { kind: 'answer', grade: 3, durationMs: 1000, from: 'new' },
      T0,
    );
    // Lost count somewhere: the learning card's row is gone from the tally.
    await db.tally.delete(['de', 'state:learning']);
    await recordEvent(
      db,
      keys[0]!,
      { kind: 'answer', grade: 3, durationMs: 1000, from: 'learning' },
      T0 + 600_000,
    );
    await ensureTally(db);
    await expectTallyIsRecount(T0 + 600_000);
  });
});
