/**
 * Writes to the log, and the only writer of card states. Every change to a card
 * is an event appended in the same transaction that updates the card's cached
 * state, and the state is computed from what is stored at that moment (compare
 * and set): an event computed from a stale copy is folded on top of what is
 * really there, never written over it. An event older than the stored head (one
 * that arrives late, from a backup or another device) makes the card replay.
 */
import { contentHash } from '@/lib/corpus/hash';
import type { EntityTable, IDType } from 'dexie';
import { LANGS, type CardId, type Lang } from '@/lib/corpus/types';
import type { CardState } from '@/lib/srs/card-state';
import {
  applyEvent,
  compareEvents,
  countedAnswers,
  needsReplay,
  replayCard,
  type CardEventBody,
  type EventId,
  type Fold,
} from '@/lib/srs/events';
import { createScheduler, type Scheduler } from '@/lib/srs/scheduler';
import { srsSettings } from '@/lib/settings/settings';
import { readSettings } from './settings-repo';
import { classifyStorageError, StorageError } from './errors';
import { packLog, unpackLog, type LogRow } from './log-codec';
import { noteCandidates } from './new-frontier';
import { observeSeq, takeSeq } from './clock';
import { noteLogChanges, type LogChange } from './daily-repo';
import { noteCardChanges, TALLY_META, tallyDeltas, tallyKeys, tallyWrites } from './tally-repo';
import {
  PARAMS_REPLAY,
  parseParamsRow,
  readParamsReplay,
  timelineOf,
  type ParamsReplay,
} from './params-repo';
import { SYNC_DEVICE, type CardRow, type EventRow, type TriglotDb } from './schema';

export { SYNC_DEVICE, observeSeq };

/** The card an event is about, as the caller knows it. */
export interface CardKey {
  readonly cardId: CardId;
  readonly course: Lang;
  readonly sibling: string;
}

/** What a write of the log touches: a transaction that records events must hold these. */
export const RECORD_TABLES = (db: TriglotDb) => [
  db.cards,
  db.logs,
  db.meta,
  db.settings,
  db.content,
  db.outbox,
  db.daily,
  db.params,
  db.tally,
];

/**
 * Events written here go to the outbox only once sync has been on: a learner who
 * never syncs pays nothing, and the first sync sends the log that came before.
 */
async function tracksOutbox(db: TriglotDb): Promise<boolean> {
  return (await db.meta.get(SYNC_DEVICE)) !== undefined;
}

/**
 * Event ids come from what the event is, not from the database: the same answer
 * retried after a crash (journal replay) has the same id and is not counted twice.
 */
export function eventIdFor(cardId: CardId, at: number, body: CardEventBody): EventId {
  const extra = body.kind === 'undo' ? body.target : body.kind === 'bury' ? String(body.until) : '';
  return `${body.kind.slice(0, 2)}.${contentHash(`${cardId}|${at}|${body.kind}|${extra}`)}` as EventId;
}

export interface Recorded {
  readonly event: EventRow;
  /** The card's state after the event, as stored. */
  readonly state: CardState | null;
  /** The stored head was not the one the caller computed from (another tab or device wrote first). */
  readonly stale: boolean;
  /** The event was already in the log (a retry): nothing was written. */
  readonly duplicate: boolean;
}

function foldOf(row: CardRow): Fold {
  const { id: _i, course: _c, sibling: _s, head, seq, time, blank, ...state } = row;
  return { state, head, seq, time, ...(blank ? { blank } : {}) };
}

function rowOf(key: CardKey, fold: Fold): CardRow {
  return {
    ...fold.state,
    id: key.cardId,
    course: key.course,
    sibling: key.sibling,
    head: fold.head,
    seq: fold.seq,
    time: fold.time,
    ...(fold.blank ? { blank: fold.blank } : {}),
  };
}

/** A stored log's events (validated), in log order. */
export function logEvents(row: LogRow | undefined): EventRow[] {
  return row ? unpackLog(row).sort(compareEvents) : [];
}

export async function cardEvents(db: TriglotDb, cardId: CardId): Promise<EventRow[]> {
  return logEvents(await db.logs.get(cardId));
}

/** What a fold means for the card's row: its state, or no row when nothing counts. */
function cardWrite(key: CardKey, fold: Fold | null): CardRow | CardId {
  return fold ? rowOf(key, fold) : key.cardId;
}

/** Writes card rows (content and meta in scope: a card new again lowers its course's frontier). */
async function writeCards(db: TriglotDb, writes: readonly (CardRow | CardId)[]): Promise<void> {
  if (!writes.length) return;
  const put = writes.filter((w): w is CardRow => typeof w !== 'string');
  const gone = writes.filter((w): w is CardId => typeof w === 'string');
  const ids = writes.map((w) => (typeof w === 'string' ? w : w.id));
  // The card tally (tally-repo.ts) inline, at this depth: see its pitfall.
  const [before, tally] = await Promise.all([db.cards.bulkGet(ids), db.meta.get(TALLY_META)]);
  const deltas = tallyDeltas(
    tally,
    writes.map((w, i) => ({
      id: ids[i]!,
      before: before[i],
      after: typeof w === 'string' ? undefined : w,
    })),
  );
  if (deltas.length) {
    const counts = tallyWrites(deltas, await db.tally.bulkGet(tallyKeys(deltas)));
    if (counts.drift) await db.meta.delete(TALLY_META);
    else {
      if (counts.put.length) await db.tally.bulkPut(counts.put);
      if (counts.gone.length) await db.tally.bulkDelete(counts.gone);
    }
  }
  if (put.length) await db.cards.bulkPut(put);
  if (gone.length) await db.cards.bulkDelete(gone);
  await noteCandidates(db, [
    ...put.map((r) => ({ id: r.id, state: r })),
    ...gone.map((id) => ({ id, state: undefined })),
  ]);
}

/** A scheduler per course: the stored settings with the course's fitted weights. */
export type Schedulers = (course: Lang) => Scheduler;

const schedulerSets = new Map<string, Schedulers>();

/**
 * The schedulers of the stored settings and weights: states are folded with the
 * settings in force when each event is written, and every answer with the weights
 * in force at its place in the log (lib/db/params-repo.ts), so live writes and
 * replays agree. The same settings and weights give the same function (a merge
 * compares them to know whether what it prepared still holds).
 */
export async function storedSchedulers(db: TriglotDb): Promise<Schedulers> {
  const [settings, params] = await Promise.all([
    readSettings(db).then(srsSettings),
    db.params.orderBy('[course+seq]').toArray(),
  ]);
  // Read back from storage, so checked: a bad row must not schedule anything.
  for (const p of params) {
    if (!parseParamsRow(p)) {
      throw new StorageError('CORRUPT', `The stored FSRS weights ${String(p.id)} cannot be read.`);
    }
  }
  const key = JSON.stringify(settings) + '|' + params.map((p) => p.id).join(',');
  let set = schedulerSets.get(key);
  if (!set) {
    const byCourse = new Map<Lang, Scheduler>();
    const plain = createScheduler(settings);
    for (const course of LANGS) {
      const rows = params.filter((p) => p.course === course);
      byCourse.set(course, rows.length ? createScheduler(settings, timelineOf(rows)) : plain);
    }
    set = (course) => byCourse.get(course) ?? plain;
    if (schedulerSets.size > 16) schedulerSets.clear();
    schedulerSets.set(key, set);
  }
  return set;
}

/** The scheduler of one course (no course: the defaults' weights, for tests of settings). */
export async function storedScheduler(db: TriglotDb, course?: Lang): Promise<Scheduler> {
  const set = await storedSchedulers(db);
  return course ? set(course) : createScheduler(set('de').settings);
}

/**
 * Appends one event and updates the card's state in one transaction.
 * `expectedHead` is the head the caller's copy of the state had (null for a card
 * it believed new); a mismatch is reported, and the state is right regardless.
 */
export async function recordEvent(
  db: TriglotDb,
  key: CardKey,
  body: CardEventBody,
  at: number,
  opts: {
    expectedHead?: EventId | null;
    id?: EventId;
    importId?: string;
    /** An event from elsewhere (a backup, another device) keeps its place in the order. */
    seq?: number;
  } = {},
): Promise<Recorded> {
  const id = opts.id ?? eventIdFor(key.cardId, at, body);
  try {
    return await db.transaction('rw', RECORD_TABLES(db), async () => {
      const scheduler = await storedScheduler(db, key.course);
      const [log, stored, tally] = await Promise.all([
        db.logs.get(key.cardId),
        db.cards.get(key.cardId),
        db.meta.get(TALLY_META),
      ]);
      const events = logEvents(log);
      const existing = events.find((e) => e.id === id);
      if (existing) {
        return {
          event: existing,
          state: stored ? foldOf(stored).state : null,
          stale: false,
          duplicate: true,
        };
      }
      const seq = opts.seq ?? (await takeSeq(db, at));
      if (opts.seq !== undefined) await observeSeq(db, opts.seq);
      const event = {
        ...body,
        id,
        seq,
        cardId: key.cardId,
        course: key.course,
        at,
        ...(opts.importId ? { importId: opts.importId } : {}),
      } as EventRow;
      const all = [...events, event].sort(compareEvents);
      await db.logs.put(packLog(key.cardId, key.course, all));
      await noteLogChanges(db, [
        { cardId: key.cardId, course: key.course, before: events, after: all },
      ]);
      const stale = opts.expectedHead !== undefined && (stored?.head ?? null) !== opts.expectedHead;
      const prev = stored ? foldOf(stored) : null;
      const fold = needsReplay(prev, event)
        ? replayCard(all, scheduler)
        : applyEvent(prev, event, at, scheduler);
      const after = fold ? rowOf(key, fold) : undefined;
      await noteCardChanges(db, tally, [{ id: key.cardId, before: stored, after }]);
      if (after) await db.cards.put(after);
      else await db.cards.delete(key.cardId);
      if (await tracksOutbox(db)) await db.outbox.put({ id, card: key.cardId, staged: 0 });
      await noteCandidates(db, [{ id: key.cardId, state: fold?.state }]);
      return { event, state: fold?.state ?? null, stale, duplicate: false };
    });
  } catch (error) {
    throw classifyStorageError(error);
  }
}

export type UndoRefusal = 'NOT_FOUND' | 'NOT_LAST';

/**
 * Undoes an event of a card by appending an undo event: refused unless it is the
 * card's newest event that counts (an older one would silently rewrite the
 * answers after it; the learner undoes what they just did).
 */
export async function undoEvent(
  db: TriglotDb,
  key: CardKey,
  target: EventId,
  at: number,
): Promise<{ ok: true; recorded: Recorded } | { ok: false; code: UndoRefusal }> {
  const events = await cardEvents(db, key.cardId);
  const undone = new Set(events.flatMap((e) => (e.kind === 'undo' ? [e.target] : [])));
  const live = events.filter((e) => e.kind !== 'undo' && !undone.has(e.id)).sort(compareEvents);
  if (!events.some((e) => e.id === target)) return { ok: false, code: 'NOT_FOUND' };
  if (live.at(-1)?.id !== target) return { ok: false, code: 'NOT_LAST' };
  const recorded = await recordEvent(db, key, { kind: 'undo', target }, at);
  return { ok: true, recorded };
}

/**
 * A course's events in a time range (by `at`), in time order: today's answers,
 * the day's undos. Read through the logs' `last` index: every card with an
 * event since `start` has its latest one there, and the day's cards are few.
 */
export async function eventsBetween(
  db: TriglotDb,
  course: Lang,
  start: number,
  end: number,
): Promise<EventRow[]> {
  const rows = await db.logs
    .where('[course+last]')
    .between([course, start], [course, Infinity], true, true)
    .toArray();
  return rows
    .flatMap((r) => unpackLog(r))
    .filter((e) => e.at >= start && e.at < end)
    .sort((a, b) => a.at - b.at || compareEvents(a, b));
}

/** Answers given in a range that still count (undone ones dropped). */
export async function answersBetween(db: TriglotDb, course: Lang, start: number, end: number) {
  return countedAnswers(await eventsBetween(db, course, start, end));
}

/**
 * Cards with events dated more than `slackMs` after `now`: the device clock was
 * ahead when they were written. One retime event per card brings them back.
 */
export async function correctFutureEvents(
  db: TriglotDb,
  now: number,
  slackMs = 86_400_000,
): Promise<number> {
  const future = (
    await Promise.all(
      LANGS.map((l) =>
        db.logs
          .where('[course+last]')
          .between([l, now + slackMs], [l, Infinity], false, true)
          .toArray(),
      ),
    )
  ).flat();
  for (const log of future) {
    const row = await db.cards.get(log.id);
    await recordEvent(
      db,
      { cardId: log.id, course: log.course, sibling: row?.sibling ?? '' },
      { kind: 'retime' },
      now,
    );
  }
  return future.length;
}

/** Replays these cards from their stored logs into their rows (or removes rows with nothing left). */
export async function replayCards(db: TriglotDb, keys: readonly CardKey[]): Promise<void> {
  if (!keys.length) return;
  const schedulers = await storedSchedulers(db);
  const logs = await db.logs.bulkGet(keys.map((k) => k.cardId));
  await writeCards(
    db,
    keys.map((key, i) => cardWrite(key, replayCard(logEvents(logs[i]), schedulers(key.course)))),
  );
}

/** Cards replayed per transaction after new weights arrive: short, so an answer never waits long. */
const PARAMS_REPLAY_CARDS = 500;

/**
 * Weights changed under answers already given (another device's fit, a backup's rows, an
 * import's rows taken out): the scheduler uses the weights in force at each answer's seq, so
 * a card whose newest event comes after the earliest changed row of its course is replayed from
 * its log, a page of cards per transaction (`pause` between them). A card whose events all
 * come before keeps its state: the change never applied to it.
 *
 * What to replay is the stored marker (params-repo.ts `PARAMS_REPLAY`), written with the
 * change and advanced with each page, so a replay cut off by a closed tab resumes at start-up
 * (`openDb`), and a change arriving meanwhile restarts it. Returns how many were replayed.
 */
export async function replayAfterParams(
  db: TriglotDb,
  pause: () => Promise<void> = async () => {},
  /** Cards already replayed with these weights in place (an import's own). */
  except?: ReadonlySet<CardId>,
): Promise<number> {
  let replayed = 0;
  try {
    for (;;) {
      const step: { done: boolean; count: number } = await db.transaction(
        'rw',
        MERGE_TABLES(db),
        async () => {
          const marker = await readParamsReplay(db);
          if (!marker) return { done: true, count: 0 };
          const page = await (marker.after === null
            ? db.cards.orderBy('id').limit(PARAMS_REPLAY_CARDS).toArray()
            : db.cards.where('id').above(marker.after).limit(PARAMS_REPLAY_CARDS).toArray());
          const reached = page.filter(
            (r) => r.seq > (marker.from[r.course] ?? Infinity) && !except?.has(r.id),
          );
          await replayCards(
            db,
            reached.map((r) => ({ cardId: r.id, course: r.course, sibling: r.sibling })),
          );
          const done = page.length < PARAMS_REPLAY_CARDS;
          if (done) await db.meta.delete(PARAMS_REPLAY);
          else
            await db.meta.put({
              key: PARAMS_REPLAY,
              value: { ...marker, after: page.at(-1)!.id } satisfies ParamsReplay,
            });
          return { done, count: reached.length };
        },
      );
      replayed += step.count;
      if (step.done) return replayed;
      await pause();
    }
  } catch (error) {
    throw classifyStorageError(error);
  }
}

/**
 * Rows of these cards from a store keyed by card id, in their order. When the
 * store holds few other rows in their id range (a restore into a new browser, a
 * chunk of a card-ordered file), one range read serves them all: a get per card
 * costs a request each, and a restore reads a hundred thousand.
 */
async function rowsOf<T extends { id: CardId }>(
  table: EntityTable<T, 'id'>,
  ids: readonly CardId[],
): Promise<(T | undefined)[]> {
  // Card ids are the primary keys of both stores this serves (logs, content).
  const keys = [...ids] as unknown as IDType<T, 'id'>[];
  if (ids.length < 16) return table.bulkGet(keys);
  const sorted = [...ids].sort();
  const range = table.where('id').between(sorted[0]!, sorted[sorted.length - 1]!, true, true);
  if ((await range.count()) > 2 * ids.length) return table.bulkGet(keys);
  const found = new Map((await range.toArray()).map((r) => [r.id, r]));
  return ids.map((id) => found.get(id));
}

/** What merging a batch of events from elsewhere did. */
export interface Merged {
  /** The events that were not here yet, as stored (with the import id). */
  readonly fresh: readonly EventRow[];
  /** Positions in the batch of events already here under this import, or twice in the batch. */
  readonly repeated: readonly number[];
  /** The cards whose log grew; each was replayed. */
  readonly touched: readonly CardId[];
  /** The highest sequence number among the fresh events: ours must come after it (`observeSeq`). */
  readonly maxSeq: number;
}

/**
 * Merges events from a backup or another device into the logs and replays each
 * card whose log grew, in the caller's transaction (it needs cards, logs,
 * content and settings): the union of events by id, so merging twice adds
 * nothing. One read and one write per card, not per event.
 */
export async function mergeEvents(
  db: TriglotDb,
  incoming: readonly EventRow[],
  importId?: string,
  opts: { fromSync?: boolean } = {},
): Promise<Merged> {
  const byCard = groupByCard(incoming);
  const plan = computeMerge(incoming, byCard, await readMergeInputs(db, byCard), importId);
  await writeMerge(db, plan, !opts.fromSync);
  return plan.merged;
}

/**
 * The same for a sequence of chunks (distinct cards each), a transaction per
 * chunk, with the work overlapped: each transaction reads the next chunk's rows
 * before it writes its own, and replays the next chunk while its writes run.
 * The next transaction reads those rows again and uses the prepared result only
 * if they are unchanged (another tab may have written in between).
 */
export async function mergeChunks(
  db: TriglotDb,
  chunks: readonly (readonly EventRow[])[],
  importId: string,
  onChunk: (merged: Merged, index: number) => void,
): Promise<void> {
  const groups = chunks.map(groupByCard);
  // Set inside one transaction, read by the next.
  const ahead: { current: { inputs: MergeInputs; plan: MergePlan } | null } = { current: null };
  for (let k = 0; k < chunks.length; k++) {
    const prepared = ahead.current;
    ahead.current = null;
    const merged = await db.transaction('rw', MERGE_TABLES(db), async () => {
      const inputs = await readMergeInputs(db, groups[k]!);
      const plan =
        prepared && sameInputs(prepared.inputs, inputs)
          ? prepared.plan
          : computeMerge(chunks[k]!, groups[k]!, inputs, importId);
      const next = k + 1 < chunks.length ? await readMergeInputs(db, groups[k + 1]!) : null;
      const writing = writeMerge(db, plan, true);
      if (next)
        ahead.current = {
          inputs: next,
          plan: computeMerge(chunks[k + 1]!, groups[k + 1]!, next, importId),
        };
      await writing;
      return plan.merged;
    });
    onChunk(merged, k);
  }
}

/** What a merge transaction holds: the logs and states, content for siblings, meta, settings. */
export const MERGE_TABLES = (db: TriglotDb) => [
  db.cards,
  db.logs,
  db.content,
  db.meta,
  db.settings,
  db.outbox,
  db.daily,
  db.params,
  db.tally,
];

function groupByCard(incoming: readonly EventRow[]): Map<CardId, number[]> {
  const byCard = new Map<CardId, number[]>();
  incoming.forEach((e, i) => {
    const list = byCard.get(e.cardId);
    if (list) list.push(i);
    else byCard.set(e.cardId, [i]);
  });
  return byCard;
}

/** What a merge reads before it computes anything. */
interface MergeInputs {
  readonly ids: readonly CardId[];
  readonly schedulers: Schedulers;
  readonly logs: readonly (LogRow | undefined)[];
  readonly siblings: readonly (string | undefined)[];
}

async function readMergeInputs(db: TriglotDb, byCard: Map<CardId, number[]>): Promise<MergeInputs> {
  const ids = [...byCard.keys()];
  const [schedulers, logs, contents] = await Promise.all([
    storedSchedulers(db),
    rowsOf(db.logs, ids),
    rowsOf(db.content, ids),
  ]);
  // A card's sibling key comes from its content; only a card with history but no
  // content here (its article is not in this library) keeps the one its row has.
  const orphans = ids.filter((_, c) => !contents[c] && logs[c]);
  const orphanRows = orphans.length ? await db.cards.bulkGet(orphans) : [];
  const rowSibling = new Map(orphans.map((id, i) => [id, orphanRows[i]?.sibling]));
  const siblings = ids.map((id, c) => contents[c]?.sibling ?? rowSibling.get(id));
  return { ids, schedulers, logs, siblings };
}

function sameInputs(a: MergeInputs, b: MergeInputs): boolean {
  return (
    a.schedulers === b.schedulers &&
    a.ids.length === b.ids.length &&
    a.ids.every((id, i) => id === b.ids[i] && a.siblings[i] === b.siblings[i]) &&
    JSON.stringify(a.logs) === JSON.stringify(b.logs)
  );
}

interface MergePlan {
  readonly merged: Merged;
  readonly logWrites: readonly LogRow[];
  readonly logChanges: readonly LogChange[];
  readonly cardWrites: readonly (CardRow | CardId)[];
}

function computeMerge(
  incoming: readonly EventRow[],
  byCard: Map<CardId, number[]>,
  { ids, schedulers, logs, siblings }: MergeInputs,
  importId: string | undefined,
): MergePlan {
  const fresh: EventRow[] = [];
  const repeated: number[] = [];
  const touched: CardId[] = [];
  const logWrites: LogRow[] = [];
  const logChanges: LogChange[] = [];
  const cardWrites: (CardRow | CardId)[] = [];
  ids.forEach((cardId, c) => {
    const events = logEvents(logs[c]);
    const here = new Map(events.map((e) => [e.id, e]));
    const added: EventRow[] = [];
    const seen = new Set<EventId>();
    for (const i of byCard.get(cardId)!) {
      const e = incoming[i]!;
      if (seen.has(e.id)) {
        repeated.push(i);
        continue;
      }
      seen.add(e.id);
      const had = here.get(e.id);
      if (had) {
        if (importId !== undefined && had.importId === importId) repeated.push(i);
        continue;
      }
      const stored = (importId ? { ...e, importId } : e) as EventRow;
      here.set(e.id, stored);
      added.push(stored);
    }
    if (!added.length) return;
    fresh.push(...added);
    touched.push(cardId);
    const course = logs[c]?.course ?? added[0]!.course;
    const all = [...events, ...added].sort(compareEvents);
    logWrites.push(packLog(cardId, course, all));
    logChanges.push({ cardId, course, before: events, after: all });
    // A card whose article is not in this library still needs a sibling key of its own.
    const sibling = siblings[c] ?? cardId;
    cardWrites.push(cardWrite({ cardId, course, sibling }, replayCard(all, schedulers(course))));
  });
  const maxSeq = fresh.reduce((m, e) => Math.max(m, e.seq), 0);
  return { merged: { fresh, repeated, touched, maxSeq }, logWrites, logChanges, cardWrites };
}

/**
 * The plan's writes, all requests placed at once (the caller may compute meanwhile).
 * Events from a backup go to the outbox (the other devices must get them once);
 * events that came from the sync server do not.
 */
async function writeMerge(
  db: TriglotDb,
  { logWrites, logChanges, cardWrites, merged }: MergePlan,
  outbox: boolean,
): Promise<void> {
  await Promise.all([
    logWrites.length ? db.logs.bulkPut([...logWrites]) : null,
    noteLogChanges(db, logChanges),
    writeCards(db, cardWrites),
    outbox && merged.fresh.length
      ? tracksOutbox(db).then((on) =>
          on
            ? db.outbox.bulkPut(merged.fresh.map((e) => ({ id: e.id, card: e.cardId, staged: 0 })))
            : null,
        )
      : null,
  ]);
}

/**
 * Takes the events of one import out of the logs, a batch of cards per
 * transaction, replaying each card without them; returns how many events left.
 */
export async function removeImportedEvents(
  db: TriglotDb,
  importId: string,
  batchCards = 2_000,
): Promise<number> {
  let removed = 0;
  for (;;) {
    const n = await db.transaction('rw', RECORD_TABLES(db), async () => {
      const logs = await db.logs.where('imports').equals(importId).limit(batchCards).toArray();
      const schedulers = await storedSchedulers(db);
      const contents = await db.content.bulkGet(logs.map((l) => l.id));
      const rows = await db.cards.bulkGet(logs.map((l) => l.id));
      const keep: LogRow[] = [];
      const gone: CardId[] = [];
      const cardWrites: (CardRow | CardId)[] = [];
      const changes: LogChange[] = [];
      logs.forEach((log, i) => {
        const events = logEvents(log);
        const left = events.filter((e) => e.importId !== importId);
        removed += events.length - left.length;
        changes.push({ cardId: log.id, course: log.course, before: events, after: left });
        if (left.length) keep.push(packLog(log.id, log.course, left));
        else gone.push(log.id);
        const sibling = contents[i]?.sibling ?? rows[i]?.sibling ?? log.id;
        cardWrites.push(
          cardWrite(
            { cardId: log.id, course: log.course, sibling },
            replayCard(left, schedulers(log.course)),
          ),
        );
      });
      if (keep.length) await db.logs.bulkPut(keep);
      if (gone.length) await db.logs.bulkDelete(gone);
      await noteLogChanges(db, changes);
      await writeCards(db, cardWrites);
      return logs.length;
    });
    if (n < batchCards) return removed;
  }
}

/**
 * The log a page of cards at a time, in card order, each page its own short
 * read: an export never holds the log whole and never blocks a write for long.
 * An answer given meanwhile is in the file if its card's page is read after it.
 */
export async function* eventPages(db: TriglotDb, cards: number): AsyncGenerator<EventRow[]> {
  let after: CardId | null = null;
  for (;;) {
    const page: LogRow[] = await (after === null
      ? db.logs.orderBy('id').limit(cards).toArray()
      : db.logs.where('id').above(after).limit(cards).toArray());
    if (page.length) yield page.flatMap((r) => logEvents(r));
    if (page.length < cards) return;
    after = page[page.length - 1]!.id;
  }
}

/** Every event, ordered by id: what tests compare and small exports read. */
export async function allEvents(db: TriglotDb): Promise<EventRow[]> {
  const logs = await db.logs.toArray();
  return logs.flatMap((r) => unpackLog(r)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** How many cards have a log: the unit an export's progress counts in. */
export function countLogs(db: TriglotDb): Promise<number> {
  return db.logs.count();
}

export { StorageError };
