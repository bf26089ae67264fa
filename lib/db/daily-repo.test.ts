import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, CardId } from '@/lib/corpus/types';
import { deleteArticle } from './content-repo';
import { DAILY_META, dailyRows, ensureDaily } from './daily-repo';
import { recordEvent, type CardKey } from './event-repo';
import { applyLogOp, logOps } from './fixtures';
import { openTriglotDb, type DailyRow, type TriglotDb } from './schema';

const T0 = Date.parse('2026-10-20T09:00:00+02:00'); // the week DST ends in Berlin
const keys: CardKey[] = ['de:x:cloze:1', 'de:x:cloze:2', 'it:x:cloze:1'].map((id) => ({
  cardId: id as CardId,
  course: id.slice(0, 2) as 'de' | 'it',
  sibling: `s:${id}`,
}));

let db: TriglotDb;
let n = 0;
beforeEach(async () => {
  db = openTriglotDb(`daily-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function stored(): Promise<DailyRow[]> {
  return (await db.daily.toArray()).sort((a, b) =>
    a.course === b.course ? a.day - b.day : a.course < b.course ? -1 : 1,
  );
}

/** What a rebuild from the log gives, in a fresh build of the same database. */
async function rebuilt(): Promise<DailyRow[]> {
  const before = await stored();
  await db.transaction('rw', [db.daily, db.meta], async () => {
    await db.daily.clear();
    await db.meta.delete(DAILY_META);
  });
  await ensureDaily(db, 4);
  const after = await stored();
  // Put back what was kept in step, so the run can go on from it.
  await db.daily.clear();
  await db.daily.bulkPut(before);
  return after;
}

describe('daily counts', () => {
  it('stay equal to a rebuild from the log through answers, undos, merges and undone imports', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(logOps(keys.length, false), { minLength: 1, maxLength: 25 }),
        fc.boolean(),
        async (ops, builtFirst) => {
          await db.delete();
          db = openTriglotDb(`daily-${n++}`);
          await db.open();
          // Built before any event, or after some: the rebuild and the deltas must agree.
          if (builtFirst) await ensureDaily(db, 4);
          let clock = T0;
          let i = 0;
          for (const o of ops) {
            i++;
            clock = await applyLogOp(db, keys, o, clock, i);
            if (i === Math.ceil(ops.length / 2) && !builtFirst) await ensureDaily(db, 4);
          }
          await ensureDaily(db, 4);
          expect(await stored()).toEqual(await rebuilt());
        },
      ),
      { numRuns: Number(process.env.DB_PROPERTY_RUNS ?? 60) },
    );
  });

  it('a new rollover hour rebuilds the days; reads go through key ranges', async () => {
    const key = keys[0]!;
    // 03:00 local: before a 04:00 rollover (the day before), after a 02:00 one.
    const at = Date.parse('2026-10-21T03:00:00+02:00');
    await recordEvent(db, key, { kind: 'answer', grade: 3, durationMs: 1000, from: 'new' }, at);
    await ensureDaily(db, 4);
    const day4 = (await db.daily.toArray()).map((r) => r.day);
    await ensureDaily(db, 2);
    const day2 = (await db.daily.toArray()).map((r) => r.day);
    expect(day2).toEqual([day4[0]! + 1]);
    expect(await dailyRows(db, ['de'], day2[0]!, day2[0]!)).toHaveLength(1);
    expect(await dailyRows(db, ['it'], 0, 1e6)).toHaveLength(0);
  });
});

describe('daily counts and deleted articles', () => {
  it('deleting an article with its history takes its answers out of the days', async () => {
    const key = { cardId: 'de:art1:cloze:x' as CardId, course: 'de' as const, sibling: 's' };
    const other = { cardId: 'de:art2:cloze:y' as CardId, course: 'de' as const, sibling: 't' };
    await ensureDaily(db, 4);
    await recordEvent(db, key, { kind: 'answer', grade: 3, durationMs: 1000, from: 'new' }, T0);
    await recordEvent(db, other, { kind: 'answer', grade: 3, durationMs: 1000, from: 'new' }, T0);
    expect((await db.daily.toArray()).map((r) => r.answers)).toEqual([2]);
    await deleteArticle(db, 'art1' as ArticleId, { history: true });
    expect((await db.daily.toArray()).map((r) => r.answers)).toEqual([1]);
    expect(await stored()).toEqual(await rebuilt());
  });
});
