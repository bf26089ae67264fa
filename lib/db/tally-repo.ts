import Dexie from 'dexie';
import { isLang, type CardId, type Lang } from '@/lib/corpus/types';
import { studyDayBounds } from '@/lib/srs/study-day';
import { classifyStorageError, StorageError } from './errors';
import type { CardRow, TallyRow, TriglotDb } from './schema';

/**
 * The card tally (`tally` store): per course, how many cards are in each state and how
 * many reviews fall due in each quarter-hour. Kept in step with every write of a card row
 * (`noteCardChanges`, in the writer's transaction), built from `cards` where missing
 * (`ensureTally`), read by the statistics page (`tallyStats`). Quarter-hours, because every
 * time zone's offset is a multiple of 15 minutes: the study-day bounds of any zone and
 * rollover hour fall on bucket edges, so the forecast sums whole buckets.
 */
export const TALLY_META = 'tally';
const QUARTER_HOUR = 900_000;
// Short transactions: reading a page of card rows is decoded on the page's main thread.
const PAGE_CARDS = 500;
export const TALLY_STATES = ['new', 'learning', 'review', 'relearning'] as const;
type TallyState = (typeof TALLY_STATES)[number];
const stateKey = (s: TallyState) => `state:${s}`;

/** The buckets a stored card counts in: its state, and when it is a review to come, its due. */
export function tallyBuckets(row: CardRow): (number | string)[] {
  const out: (number | string)[] = [stateKey(row.state)];
  // A new card is not a review to forecast (a reset one keeps a due date); a suspended
  // card is not coming back by itself.
  // A due that is no number would be no key, and fail the writer's whole transaction.
  if (row.state !== 'new' && !row.suspended && Number.isFinite(row.due)) {
    out.push(Math.floor(row.due / QUARTER_HOUR));
  }
  return out;
}

/** How far the tally is built: every card whose id is at most `upTo`, all when `done`. */
interface TallyProgress {
  readonly upTo: CardId | null;
  readonly done: boolean;
}

function readProgress(value: unknown): TallyProgress | null {
  const v = value as Record<string, unknown> | undefined;
  if (!v || typeof v.done !== 'boolean') return null;
  if (v.upTo !== null && typeof v.upTo !== 'string') return null;
  return { upTo: v.upTo as CardId | null, done: v.done };
}

async function progress(db: TriglotDb): Promise<TallyProgress | null> {
  return readProgress((await db.meta.get(TALLY_META))?.value);
}

const keyOf = (course: Lang, bucket: number | string) => `${course}\u0000${String(bucket)}`;

function add(deltas: Map<string, TallyRow>, row: CardRow, by: 1 | -1) {
  for (const bucket of tallyBuckets(row)) {
    const k = keyOf(row.course, bucket);
    deltas.set(k, { course: row.course, bucket, n: (deltas.get(k)?.n ?? 0) + by });
  }
}

export interface CardChange {
  readonly id: CardId;
  readonly before: CardRow | undefined;
  readonly after: CardRow | undefined;
}

/**
 * What written card rows change in the tally, before it is read: the buckets to adjust, by
 * how much. `progressRow` is the `meta` row `TALLY_META` as read in the writer's transaction;
 * a card the build has not reached yet is left to it.
 */
export function tallyDeltas(
  progressRow: { readonly value: unknown } | undefined,
  changes: readonly CardChange[],
): TallyRow[] {
  const p = readProgress(progressRow?.value);
  if (!p || !changes.length) return [];
  const deltas = new Map<string, TallyRow>();
  for (const c of changes) {
    if (!p.done && (p.upTo === null || c.id > p.upTo)) continue;
    if (c.before) add(deltas, c.before, -1);
    if (c.after) add(deltas, c.after, 1);
  }
  return [...deltas.values()].filter((d) => d.n !== 0);
}

export const tallyKeys = (deltas: readonly TallyRow[]) =>
  deltas.map((d): [Lang, number | string] => [d.course, d.bucket]);

/** The rows to put and the keys to delete, from the deltas and the rows stored at their keys. */
export function tallyWrites(
  deltas: readonly TallyRow[],
  stored: readonly (TallyRow | undefined)[],
): { put: TallyRow[]; gone: [Lang, number | string][]; drift: boolean } {
  const put: TallyRow[] = [];
  const gone: [Lang, number | string][] = [];
  let drift = false;
  deltas.forEach((d, i) => {
    const n = (stored[i]?.n ?? 0) + d.n;
    // Below zero, the tally has lost count somewhere: the caller drops it to be rebuilt.
    if (n < 0) drift = true;
    if (n > 0) put.push({ course: d.course, bucket: d.bucket, n });
    else if (stored[i]) gone.push([d.course, d.bucket]);
  });
  return { put, gone, drift };
}

/**
 * Keeps the tally in step with written card rows, in the transaction that writes them (it
 * must hold `tally` and `meta`). Pitfall: Dexie keeps a transaction alive across native
 * awaits only so many async calls deep; the bulk writer (event-repo `writeCards`, already
 * deep in a merge) uses `tallyDeltas` and `tallyWrites` inline instead.
 */
export async function noteCardChanges(
  db: TriglotDb,
  progressRow: { readonly value: unknown } | undefined,
  changes: readonly CardChange[],
): Promise<void> {
  const deltas = tallyDeltas(progressRow, changes);
  if (!deltas.length) return;
  const { put, gone, drift } = tallyWrites(deltas, await db.tally.bulkGet(tallyKeys(deltas)));
  // A count gone wrong is not patched over: the tally is built again from the cards.
  if (drift) return db.meta.delete(TALLY_META);
  if (put.length) await db.tally.bulkPut(put);
  if (gone.length) await db.tally.bulkDelete(gone);
}

/**
 * Builds the tally from the card rows where it is missing or incomplete: a page of cards
 * per short transaction, resumable. Returns at once when it is current.
 */
export async function ensureTally(db: TriglotDb): Promise<void> {
  try {
    if ((await progress(db))?.done) return;
    await db.transaction('rw', [db.tally, db.meta], async () => {
      if (await progress(db)) return;
      await db.tally.clear();
      await db.meta.put({ key: TALLY_META, value: { upTo: null, done: false } });
    });
    for (;;) {
      const more = await db.transaction('rw', [db.tally, db.meta, db.cards], async () => {
        const now = await progress(db);
        if (!now || now.done) return false;
        const page = await (
          now.upTo === null ? db.cards.orderBy(':id') : db.cards.where(':id').above(now.upTo)
        )
          .limit(PAGE_CARDS)
          .toArray();
        const counted = new Map<string, TallyRow>();
        for (const row of page) add(counted, row, 1);
        const deltas = [...counted.values()];
        const { put } = tallyWrites(deltas, await db.tally.bulkGet(tallyKeys(deltas)));
        if (put.length) await db.tally.bulkPut(put);
        const upTo = page.length ? page[page.length - 1]!.id : now.upTo;
        const done = page.length < PAGE_CARDS;
        await db.meta.put({ key: TALLY_META, value: { upTo, done } });
        return !done;
      });
      if (!more) return;
    }
  } catch (error) {
    throw classifyStorageError(error);
  }
}

function checked(row: TallyRow): TallyRow {
  const ok =
    isLang(row.course) &&
    Number.isInteger(row.n) &&
    row.n > 0 &&
    (Number.isInteger(row.bucket) ||
      (typeof row.bucket === 'string' && TALLY_STATES.some((s) => stateKey(s) === row.bucket)));
  if (!ok)
    throw new StorageError(
      'CORRUPT',
      `A stored card count of ${String(row.course)} cannot be read.`,
    );
  return row;
}

/** Forgets the tally, so the next `ensureTally` builds it again from the cards. */
export async function dropTally(db: TriglotDb): Promise<void> {
  await db.transaction('rw', [db.tally, db.meta], async () => {
    await db.meta.delete(TALLY_META);
    await db.tally.clear();
  });
}

export interface TallyStats {
  /** Reviews falling due on each of the next `days` study days, the first with everything overdue. */
  readonly forecast: number[];
  /** Met cards by state (suspended ones in theirs). */
  readonly states: Record<TallyState, number>;
}

/**
 * The forecast and the cards by state from the tally: the state rows and the due buckets
 * up to the forecast's end, a few hundred rows however many cards there are.
 */
export async function tallyStats(
  db: TriglotDb,
  courses: readonly Lang[],
  now: number,
  rollover: number,
  days = 30,
): Promise<TallyStats> {
  const bounds: number[] = [];
  let t = studyDayBounds(now, rollover).end;
  for (let i = 0; i < days; i++) {
    bounds.push(t);
    t = studyDayBounds(t, rollover).end;
  }
  const lastQuarter = Math.ceil(bounds[bounds.length - 1]! / QUARTER_HOUR);
  const parts = await Promise.all(
    courses.map((c) =>
      Promise.all([
        db.tally
          .where('[course+bucket]')
          .between([c, Dexie.minKey], [c, lastQuarter], true, false)
          .toArray(),
        db.tally.where('[course+bucket]').between([c, 'state:'], [c, 'state:\uffff']).toArray(),
      ]),
    ),
  );
  const forecast = new Array<number>(days).fill(0);
  const states: Record<TallyState, number> = { new: 0, learning: 0, review: 0, relearning: 0 };
  for (const [due, byState] of parts) {
    for (const row of due.map(checked)) {
      const at = (row.bucket as number) * QUARTER_HOUR;
      // Few buckets: a linear search over 30 bounds is cheaper than anything cleverer.
      const day = bounds.findIndex((end) => at < end);
      if (day >= 0) forecast[day]! += row.n;
    }
    for (const row of byState.map(checked)) {
      states[(row.bucket as string).slice('state:'.length) as TallyState] += row.n;
    }
  }
  return { forecast, states };
}
