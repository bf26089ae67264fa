/**
 * Which of many keys a store holds, without a request per key. `bulkGet` asks
 * IndexedDB once per key and reads every row whole: for 20,000 keys (a backlog's
 * queue) in Chromium that took twice as long as reading the same keys' ranges
 * as keys only. Sorted, the keys are read a window at a time as one key range,
 * which also returns the other keys in it; so a window may return only so many
 * times as many keys as it wants, and those past that limit are asked one by one.
 * (Whole rows read by ranges were no faster than `bulkGet`: their values cost.)
 */
import type { Table } from 'dexie';

/** Below this many keys, a request per key costs less than any range. */
const FEW = 64;
/** Keys per window. */
const WINDOW = 512;
/** A window's range may hold this many rows per key wanted (keys only: they are cheap). */
const KEYS_SLACK = 16;

function sortedUnique(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort();
}

/** Which of `keys` the store holds, reading keys only. */
export async function presentKeys<T, K extends string, I>(
  table: Table<T, K, I>,
  keys: readonly K[],
): Promise<Set<K>> {
  const present = new Set<K>();
  if (!keys.length) return present;
  if (keys.length <= FEW) {
    const rows = await table.bulkGet([...keys]);
    rows.forEach((r, i) => r !== undefined && present.add(keys[i]!));
    return present;
  }
  const sorted = sortedUnique(keys) as K[];
  const windows: Promise<void>[] = [];
  // One transaction: the windows see the store as one moment, as bulkGet does.
  await table.db.transaction('r', table, async () => {
    for (let i = 0; i < sorted.length; i += WINDOW) {
      const want = sorted.slice(i, i + WINDOW);
      windows.push(
        (async () => {
          const limit = want.length * KEYS_SLACK;
          const got = (await table
            .where(':id')
            .between(want[0]!, want.at(-1)!, true, true)
            .limit(limit)
            .primaryKeys()) as K[];
          const seen = new Set(got);
          // A full answer stops short of the range's end: the keys after its last are unknown.
          const reached = got.length < limit ? null : got.at(-1)!;
          const rest = reached === null ? [] : want.filter((k) => k > reached);
          for (const k of want) if (seen.has(k)) present.add(k);
          if (rest.length) {
            const rows = await table.bulkGet(rest);
            rows.forEach((r, j) => r !== undefined && present.add(rest[j]!));
          }
        })(),
      );
    }
    await Promise.all(windows);
  });
  return present;
}
