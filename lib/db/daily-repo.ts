import type { CardId, Lang } from '@/lib/corpus/types';
import { addCounts, isZero, logContributions, logDelta, ZERO_COUNTS } from '@/lib/srs/daily';
import type { DayCounts } from '@/lib/srs/daily';
import type { CardEvent } from '@/lib/srs/events';
import type { DayRow } from '@/lib/srs/stats';
import { classifyStorageError, StorageError } from './errors';
import { dropTally, ensureTally, tallyStats } from './tally-repo';
import { unpackLog } from './log-codec';
import type { DailyRow, TriglotDb } from './schema';

/**
 * How far the `daily` store is built (meta row `daily`): every card whose id is at
 * most `upTo` is counted, all of them when `done`; `rollover` is the hour the days
 * were cut at. A change of the rollover hour rebuilds it.
 */
export interface DailyProgress {
  readonly rollover: number;
  readonly upTo: CardId | null;
  readonly done: boolean;
}

export const DAILY_META = 'daily';
const PAGE_CARDS = 500;

function readProgress(value: unknown): DailyProgress | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!Number.isInteger(v.rollover) || typeof v.done !== 'boolean') return null;
  if (v.upTo !== null && typeof v.upTo !== 'string') return null;
  return { rollover: v.rollover as number, upTo: v.upTo as CardId | null, done: v.done };
}

async function progress(db: TriglotDb): Promise<DailyProgress | null> {
  return readProgress((await db.meta.get(DAILY_META))?.value);
}

export interface LogChange {
  readonly cardId: CardId;
  readonly course: Lang;
  readonly before: readonly CardEvent[];
  readonly after: readonly CardEvent[];
}

function keyOf(course: Lang, day: number): string {
  return `${course}\u0000${day}`;
}

/** Adds per-day counts onto the stored rows (rows that fall to zero are deleted). */
async function addToRows(db: TriglotDb, adds: Map<string, DailyRow>): Promise<void> {
  if (!adds.size) return;
  const keys = [...adds.values()].map((r): [Lang, number] => [r.course, r.day]);
  const stored = await db.daily.bulkGet(keys);
  const put: DailyRow[] = [];
  const gone: [Lang, number][] = [];
  [...adds.values()].forEach((add, i) => {
    const had = stored[i];
    const sum = addCounts(had ?? ZERO_COUNTS, add);
    if (isZero(sum)) {
      if (had) gone.push(keys[i]!);
    } else put.push({ ...sum, course: add.course, day: add.day });
  });
  await Promise.all([
    put.length ? db.daily.bulkPut(put) : null,
    gone.length ? db.daily.bulkDelete(gone) : null,
  ]);
}

function collect(adds: Map<string, DailyRow>, course: Lang, counts: Map<number, DayCounts>) {
  for (const [day, c] of counts) {
    const k = keyOf(course, day);
    const had = adds.get(k);
    adds.set(k, { ...addCounts(had ?? ZERO_COUNTS, c), course, day });
  }
}

/**
 * Keeps the daily counts in step with changed logs; called in the transaction that
 * writes them (it must hold `daily` and `meta`). A card the rebuild has not reached
 * yet is left to it.
 */
export async function noteLogChanges(db: TriglotDb, changes: readonly LogChange[]): Promise<void> {
  if (!changes.length) return;
  const p = await progress(db);
  if (!p) return;
  const adds = new Map<string, DailyRow>();
  for (const c of changes) {
    if (!p.done && (p.upTo === null || c.cardId > p.upTo)) continue;
    collect(adds, c.course, logDelta(c.before, c.after, p.rollover));
  }
  await addToRows(db, adds);
}

/**
 * Builds the daily counts from the log where they are missing, incomplete or cut at
 * another rollover hour: a page of cards per short transaction, resumable (a tab
 * closed half-way goes on from its last page). Returns at once when they are current.
 */
export async function ensureDaily(
  db: TriglotDb,
  rollover: number,
  onProgress?: (cards: number) => void,
): Promise<void> {
  try {
    let p = await progress(db);
    if (p?.done && p.rollover === rollover) return;
    if (!p || p.rollover !== rollover) {
      await db.transaction('rw', [db.daily, db.meta], async () => {
        await db.daily.clear();
        await db.meta.put({ key: DAILY_META, value: { rollover, upTo: null, done: false } });
      });
      p = { rollover, upTo: null, done: false };
    }
    let counted = 0;
    for (;;) {
      const more = await db.transaction('rw', [db.daily, db.meta, db.logs], async () => {
        const now = await progress(db);
        // Another tab restarted or finished the build meanwhile: its work stands.
        if (!now || now.done || now.rollover !== rollover) return false;
        const page = await (
          now.upTo === null ? db.logs.orderBy(':id') : db.logs.where(':id').above(now.upTo)
        )
          .limit(PAGE_CARDS)
          .toArray();
        const adds = new Map<string, DailyRow>();
        for (const row of page) {
          collect(adds, row.course, logContributions(unpackLog(row), rollover));
        }
        await addToRows(db, adds);
        const upTo = page.length ? page[page.length - 1]!.id : now.upTo;
        const done = page.length < PAGE_CARDS;
        await db.meta.put({ key: DAILY_META, value: { rollover, upTo, done } });
        counted += page.length;
        return !done;
      });
      onProgress?.(counted);
      if (!more) return;
    }
  } catch (error) {
    throw classifyStorageError(error);
  }
}

/** A course's daily rows from day `from` to `to` (inclusive), read through the key range. */
export async function dailyRows(
  db: TriglotDb,
  courses: readonly Lang[],
  from: number,
  to: number,
): Promise<DayRow[]> {
  const parts = await Promise.all(
    courses.map((c) =>
      db.daily.where('[course+day]').between([c, from], [c, to], true, true).toArray(),
    ),
  );
  return parts.flat().map(({ course: _c, ...row }) => row);
}

export interface StatsSnapshot {
  /** Every day with answers, in the courses asked for (a row per course and day). */
  readonly rows: readonly DayRow[];
  readonly forecast: readonly number[];
  readonly states: Record<'new' | 'learning' | 'review' | 'relearning', number>;
}

/**
 * What the statistics page shows, from the daily counts and the card tally alone: its
 * cost follows the days studied, not the answers given or the cards met.
 */
export async function readStats(
  db: TriglotDb,
  courses: readonly Lang[],
  now: number,
  rollover: number,
): Promise<StatsSnapshot> {
  try {
    await ensureTally(db);
    // A tally row that does not read is derived data: built again from the cards, once.
    const tally = await tallyStats(db, courses, now, rollover).catch(async (error: unknown) => {
      if (!(error instanceof StorageError && error.code === 'CORRUPT')) throw error;
      await dropTally(db);
      await ensureTally(db);
      return tallyStats(db, courses, now, rollover);
    });
    const rows = await dailyRows(db, courses, -1e9, 1e9);
    return { rows, forecast: tally.forecast, states: tally.states };
  } catch (error) {
    throw classifyStorageError(error);
  }
}
