/**
 * What a record costs in Chromium's IndexedDB, estimated from how its backing
 * store lays records out in LevelDB: the value (V8's structured-clone bytes,
 * which Node's `v8.serialize` writes the same way) under a key that repeats the
 * record's primary key, an "exists" entry with the key again, and one entry per
 * index holding the index key and the primary key. Keys are encoded with a type
 * byte, numbers as 8 bytes and strings as UTF-16 (two bytes a character). Each
 * LevelDB key also starts with a few bytes of database, store and index ids.
 * Before LevelDB's block compression, which real disks see on top of this.
 */
import { serialize } from 'node:v8';

const PREFIX = 4;

export function keyBytes(key: unknown): number {
  if (typeof key === 'number') return 9;
  if (typeof key === 'string') return 1 + varint(key.length) + 2 * key.length;
  if (Array.isArray(key)) return 1 + varint(key.length) + key.reduce((n, k) => n + keyBytes(k), 0);
  throw new Error(`not an IndexedDB key: ${String(key)}`);
}

function varint(n: number): number {
  return n < 128 ? 1 : n < 16_384 ? 2 : 3;
}

/** One record: value, exists entry, and an entry per index key (multiEntry: one per element). */
export function recordBytes(value: unknown, primaryKey: unknown, indexKeys: readonly unknown[]) {
  const pk = keyBytes(primaryKey);
  // The value entry carries a version varint before the serialised value.
  const valueEntry = PREFIX + pk + 1 + serialize(value).length;
  const existsEntry = PREFIX + pk + 1;
  const indexEntries = indexKeys.reduce<number>((n, k) => n + PREFIX + keyBytes(k) + 1 + pk, 0);
  return valueEntry + existsEntry + indexEntries;
}
