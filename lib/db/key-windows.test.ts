import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { presentKeys } from './key-windows';
import { openTriglotDb, type TriglotDb, type UnitRow } from './schema';
import type { ArticleId, UnitId } from '@/lib/corpus/types';

let db: TriglotDb;
beforeEach(async () => {
  db = openTriglotDb('key-windows-test');
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const key = (i: number) => `u${String(i).padStart(5, '0')}` as UnitId;
const unit = (i: number): UnitRow => ({
  id: key(i),
  article: 'a' as ArticleId,
  index: i,
  kind: 'sentence',
  text: { de: `Satz ${i}` },
  score: 1,
});

describe('presentKeys', () => {
  it('answers as bulkGet does, for dense and sparse keys, missing ones and repeats', async () => {
    // 3,000 rows; the keys asked range from a few of them (sparse: a window's range
    // holds more rows than its slack) to most of them, with keys that are not there.
    await db.units.bulkPut(Array.from({ length: 3000 }, (_, i) => unit(i * 2)));
    await fc.assert(
      fc.asyncProperty(
        // Past the few that bulkGet takes, up to three windows.
        fc.array(fc.nat({ max: 6100 }), { minLength: 65, maxLength: 1500, size: 'max' }),
        fc.integer({ min: 1, max: 60 }),
        async (numbers, spread) => {
          // Spread over few of the rows (the ranges hold many others) or over most of them.
          const keys = numbers.map((n) => key(Math.floor(n / spread) * spread));
          const expected = await db.units.bulkGet(keys);
          const present = await presentKeys(db.units, keys);
          expect([...present].sort()).toEqual(
            [...new Set(keys.filter((_, i) => expected[i] !== undefined))].sort(),
          );
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
