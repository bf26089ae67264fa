import { nextSeq } from '@/lib/srs/events';
import type { TriglotDb } from './schema';

/**
 * The device's hybrid clock (meta `lastSeq`): every event of any log (cards,
 * weights) takes its sequence number here, in the transaction that writes it.
 */
export async function takeSeq(db: TriglotDb, now: number): Promise<number> {
  const last = (await db.meta.get('lastSeq'))?.value;
  const seq = nextSeq(typeof last === 'number' ? last : 0, now);
  await db.meta.put({ key: 'lastSeq', value: seq });
  return seq;
}

/** A sequence number seen from elsewhere: ours must come after it from now on. */
export async function observeSeq(db: TriglotDb, seq: number): Promise<void> {
  const last = (await db.meta.get('lastSeq'))?.value;
  if (typeof last !== 'number' || last < seq) await db.meta.put({ key: 'lastSeq', value: seq });
}
