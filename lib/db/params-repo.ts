import Dexie from 'dexie';
import type { Lang } from '@/lib/corpus/types';
import type { CardEvent } from '@/lib/srs/events';
import { isWeights, type WeightsTimeline } from '@/lib/srs/params';
import { takeSeq } from './clock';
import { unpackLog } from './log-codec';
import { classifyStorageError, StorageError } from './errors';
import { SYNC_DEVICE, type ParamsReport, type ParamsRow, type TriglotDb } from './schema';

function valid(row: ParamsRow): boolean {
  return (
    typeof row.id === 'string' &&
    Number.isFinite(row.seq) &&
    (row.kind === 'fit' || row.kind === 'revert') &&
    (row.weights === null || isWeights(row.weights))
  );
}

/** A course's weight changes, oldest first; a row that does not read back is an error. */
export async function paramsLog(db: TriglotDb, course: Lang): Promise<ParamsRow[]> {
  const rows = await db.params
    .where('[course+seq]')
    .between([course, Dexie.minKey], [course, Dexie.maxKey])
    .toArray();
  for (const r of rows) {
    if (!valid(r)) {
      throw new StorageError('CORRUPT', `The stored FSRS weights ${String(r.id)} cannot be read.`);
    }
  }
  return rows;
}

/** The weights in force from each change on: what the scheduler of the course is made with. */
export function timelineOf(rows: readonly ParamsRow[]): WeightsTimeline {
  return rows.map((r) => ({ seq: r.seq, weights: r.weights }));
}

export async function paramsTimeline(db: TriglotDb, course: Lang): Promise<WeightsTimeline> {
  return timelineOf(await paramsLog(db, course));
}

/** The device part of event ids: the sync device once sync is on, else this database's. */
async function deviceOf(db: TriglotDb): Promise<string> {
  const v = (await db.meta.get(SYNC_DEVICE))?.value;
  return typeof v === 'string' ? v : 'local';
}

/** Keeps fitted weights for a course: from this event on, its answers are scheduled with them. */
export async function recordFit(
  db: TriglotDb,
  course: Lang,
  weights: readonly number[],
  report: ParamsReport,
  now: number,
): Promise<ParamsRow> {
  if (!isWeights(weights)) throw new StorageError('CORRUPT', 'Fitted weights must be 21 numbers.');
  return append(db, { course, kind: 'fit', weights: [...weights], report }, now);
}

/**
 * Undoes the course's latest fit: from now on the weights before it apply again.
 * Answers given meanwhile keep the schedule they were given.
 */
export async function revertFit(
  db: TriglotDb,
  course: Lang,
  now: number,
): Promise<ParamsRow | null> {
  const rows = await paramsLog(db, course);
  const current = rows.at(-1);
  if (!current || current.kind !== 'fit') return null;
  const before = rows.at(-2)?.weights ?? null;
  return append(db, { course, kind: 'revert', weights: before, target: current.id }, now);
}

async function append(
  db: TriglotDb,
  body: Omit<ParamsRow, 'id' | 'seq' | 'at'>,
  now: number,
): Promise<ParamsRow> {
  try {
    return await db.transaction('rw', [db.params, db.meta], async () => {
      const seq = await takeSeq(db, now);
      const row: ParamsRow = {
        ...body,
        id: `${await deviceOf(db)}.p${seq.toString(36)}`,
        seq,
        at: now,
      };
      await db.params.add(row);
      return row;
    });
  } catch (error) {
    throw classifyStorageError(error);
  }
}

/**
 * A course's logs a page of cards at a time, in id order: card ids begin with their
 * course (`de:…`, lib/corpus/cards.ts), so a course is one key range. What a fit reads.
 */
export async function* courseLogPages(
  db: TriglotDb,
  course: Lang,
  pageSize = 2_000,
): AsyncGenerator<CardEvent[][]> {
  let after = `${course}:`;
  for (;;) {
    const rows = await db.logs
      .where(':id')
      .between(after, `${course};`, false, false)
      .limit(pageSize)
      .toArray();
    if (!rows.length) return;
    yield rows.filter((r) => r.course === course).map((r) => unpackLog(r));
    after = rows[rows.length - 1]!.id;
    if (rows.length < pageSize) return;
  }
}

/** How many cards of a course have a log: the total a fit's progress counts to. */
export function courseLogCount(db: TriglotDb, course: Lang): Promise<number> {
  return db.logs.where(':id').between(`${course}:`, `${course};`, false, false).count();
}

const ATTEMPT = (course: Lang) => `fitAttempt:${course}`;

/** How many answers the course had when a fit last ran (kept or not): auto-runs wait for more. */
export async function lastFitAttempt(db: TriglotDb, course: Lang): Promise<number> {
  const v = (await db.meta.get(ATTEMPT(course)))?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

export async function noteFitAttempt(db: TriglotDb, course: Lang, answers: number): Promise<void> {
  await db.meta.put({ key: ATTEMPT(course), value: answers });
}
