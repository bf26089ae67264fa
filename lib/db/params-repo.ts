import Dexie from 'dexie';
import { contentHash } from '@/lib/corpus/hash';
import { isLang, type Lang } from '@/lib/corpus/types';
import type { CardEvent } from '@/lib/srs/events';
import { isWeights, type WeightsTimeline } from '@/lib/srs/params';
import { observeSeq, takeSeq } from './clock';
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

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function validReport(r: unknown): boolean {
  if (r === undefined) return true;
  const o = r as Partial<Record<keyof ParamsReport, unknown>> | null;
  const fit = (f: unknown) => {
    const x = f as { logLoss?: unknown; rmse?: unknown } | null;
    return !!x && finite(x.logLoss) && finite(x.rmse);
  };
  return !!o && fit(o.before) && fit(o.after) && finite(o.items) && finite(o.heldOut);
}

/**
 * A weights row from elsewhere (another device's sync document, a backup line),
 * checked field by field and rebuilt with only its known fields; null when any
 * field is wrong, so nothing unreadable enters the store.
 */
export function parseParamsRow(value: unknown): ParamsRow | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || !v.id || !isLang(v.course) || !finite(v.seq) || !finite(v.at))
    return null;
  if (v.kind !== 'fit' && v.kind !== 'revert') return null;
  if (!(v.weights === null || isWeights(v.weights))) return null;
  if (v.kind === 'fit' && v.weights === null) return null;
  if (!validReport(v.report) || (v.target !== undefined && typeof v.target !== 'string'))
    return null;
  return {
    id: v.id,
    course: v.course,
    seq: v.seq,
    at: v.at,
    kind: v.kind,
    weights: v.weights === null ? null : [...(v.weights as number[])],
    ...(v.report !== undefined ? { report: v.report as ParamsReport } : {}),
    ...(v.target !== undefined ? { target: v.target } : {}),
  };
}

/**
 * Cards still to replay because weights changed under their answers (rows merged from another
 * device or a backup, or an import's rows taken out): written in the same transaction as that
 * change, advanced a page at a time and deleted when the replay ends, so a tab closed halfway
 * resumes at start-up instead of leaving cards scheduled by weights no longer in force.
 */
export const PARAMS_REPLAY = 'paramsReplay';

export interface ParamsReplay {
  /** Per course, the earliest `seq` whose weights changed: cards whose head is later replay. */
  readonly from: Partial<Record<Lang, number>>;
  /** The last card id replayed (cards go in id order); null to start from the first. */
  readonly after: string | null;
}

/** The stored marker, checked; null when there is none or it does not read. */
export async function readParamsReplay(db: TriglotDb): Promise<ParamsReplay | null> {
  const value = (await db.meta.get(PARAMS_REPLAY))?.value as
    { from?: unknown; after?: unknown } | undefined;
  if (!value || typeof value !== 'object' || !value.from || typeof value.from !== 'object')
    return null;
  const from: Partial<Record<Lang, number>> = {};
  for (const [course, seq] of Object.entries(value.from)) {
    if (isLang(course) && finite(seq)) from[course] = seq;
  }
  const after = typeof value.after === 'string' ? value.after : null;
  return Object.keys(from).length ? { from, after } : null;
}

/**
 * Adds rows whose weights changed to the marker (call inside a transaction over `meta`):
 * the earliest seq per course wins and the replay starts again from the first card, since the
 * cards it already passed may be reached by the earlier seq.
 */
export async function noteParamsReplay(
  db: TriglotDb,
  rows: readonly { readonly course: Lang; readonly seq: number }[],
): Promise<void> {
  if (!rows.length) return;
  const from: Partial<Record<Lang, number>> = { ...(await readParamsReplay(db))?.from };
  for (const r of rows) from[r.course] = Math.min(from[r.course] ?? Infinity, r.seq);
  await db.meta.put({ key: PARAMS_REPLAY, value: { from, after: null } satisfies ParamsReplay });
}

/**
 * Weights rows from another device or a backup: added by id (a row is immutable,
 * so one already here is the same row), and this device's clock moves past them
 * unless the caller does that itself.
 * Returns the rows that were new here; the cards they reach are noted in the same transaction
 * (`PARAMS_REPLAY`) and replayed by `replayAfterParams` in event-repo.ts.
 */
export async function mergeParams(
  db: TriglotDb,
  rows: readonly ParamsRow[],
  /** An import moves the clock once it has written everything (it may be taken back). */
  observe = true,
): Promise<ParamsRow[]> {
  if (!rows.length) return [];
  try {
    return await db.transaction('rw', [db.params, db.meta], async () => {
      const here = await db.params.bulkGet(rows.map((r) => r.id));
      const seen = new Set<string>();
      const fresh = rows.filter((r, i) => {
        if (here[i] || seen.has(r.id)) return false;
        seen.add(r.id);
        return true;
      });
      if (fresh.length) await db.params.bulkAdd(fresh);
      await noteParamsReplay(db, fresh);
      if (observe && fresh.length) await observeSeq(db, Math.max(...fresh.map((r) => r.seq)));
      return fresh;
    });
  } catch (error) {
    throw classifyStorageError(error);
  }
}

/** Every course's weight changes, in course and clock order (a backup, the sync's staging). */
export function allParams(db: TriglotDb): Promise<ParamsRow[]> {
  return db.params.orderBy('[course+seq]').toArray();
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
      // The hash keeps ids apart across devices that wrote before sync gave them names.
      const hash = contentHash(`${body.course}|${now}|${JSON.stringify(body.weights)}`);
      const row: ParamsRow = {
        ...body,
        id: `${await deviceOf(db)}.p${seq.toString(36)}.${hash}`,
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
