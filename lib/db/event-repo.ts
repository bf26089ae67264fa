/**
 * Writes to the log, and the only writer of card states. Every change to a card
 * is an event appended in the same transaction that updates the card's cached
 * state, and the state is computed from what is stored at that moment (compare
 * and set): an event computed from a stale copy is folded on top of what is
 * really there, never written over it. An event older than the stored head (one
 * that arrives late, from a backup or another device) makes the card replay.
 */
import Dexie from 'dexie';
import { contentHash } from '@/lib/corpus/hash';
import { LANGS, type CardId, type Lang } from '@/lib/corpus/types';
import type { CardState } from '@/lib/srs/card-state';
import {
  applyEvent,
  compareEvents,
  countedAnswers,
  needsReplay,
  nextSeq,
  replayCard,
  type CardEventBody,
  type EventId,
  type Fold,
} from '@/lib/srs/events';
import { createScheduler, type Scheduler } from '@/lib/srs/scheduler';
import { srsSettings } from '@/lib/settings/settings';
import { readSettings } from './settings-repo';
import { classifyStorageError, StorageError } from './errors';
import type { CardRow, EventRow, TriglotDb } from './schema';

/** The card an event is about, as the caller knows it. */
export interface CardKey {
  readonly cardId: CardId;
  readonly course: Lang;
  readonly sibling: string;
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

export async function cardEvents(db: TriglotDb, cardId: CardId): Promise<EventRow[]> {
  return db.events
    .where('[cardId+seq]')
    .between([cardId, Dexie.minKey], [cardId, Dexie.maxKey])
    .toArray();
}

/** Replays a card's whole log into its row (or removes the row when nothing counts). */
async function rebuild(db: TriglotDb, key: CardKey, scheduler: Scheduler): Promise<Fold | null> {
  const fold = replayCard(await cardEvents(db, key.cardId), scheduler);
  if (fold) await db.cards.put(rowOf(key, fold));
  else await db.cards.delete(key.cardId);
  return fold;
}

const schedulers = new Map<string, Scheduler>();

/**
 * The scheduler of the stored settings: states are folded with the settings in
 * force when each event is written, so live writes and replays agree.
 */
export async function storedScheduler(db: TriglotDb): Promise<Scheduler> {
  const settings = srsSettings(await readSettings(db));
  const key = JSON.stringify(settings);
  let s = schedulers.get(key);
  if (!s) {
    s = createScheduler(settings);
    schedulers.set(key, s);
  }
  return s;
}

async function takeSeq(db: TriglotDb, now: number): Promise<number> {
  const last = (await db.meta.get('lastSeq'))?.value;
  const seq = nextSeq(typeof last === 'number' ? last : 0, now);
  await db.meta.put({ key: 'lastSeq', value: seq });
  return seq;
}

/** A sequence number seen from elsewhere: ours must come after it from now on. */
async function observeSeq(db: TriglotDb, seq: number): Promise<void> {
  const last = (await db.meta.get('lastSeq'))?.value;
  if (typeof last !== 'number' || last < seq) await db.meta.put({ key: 'lastSeq', value: seq });
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
    return await db.transaction('rw', [db.cards, db.events, db.meta, db.settings], async () => {
      const scheduler = await storedScheduler(db);
      const existing = await db.events.get(id);
      const stored = await db.cards.get(key.cardId);
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
      await db.events.add(event);
      const stale = opts.expectedHead !== undefined && (stored?.head ?? null) !== opts.expectedHead;
      let fold: Fold | null;
      if (needsReplay(stored ? foldOf(stored) : null, event)) {
        fold = await rebuild(db, key, scheduler);
      } else {
        fold = applyEvent(stored ? foldOf(stored) : null, event, at, scheduler);
        await db.cards.put(rowOf(key, fold));
      }
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

/** A course's events in a time range (by `at`): today's answers, the day's undos. */
export async function eventsBetween(
  db: TriglotDb,
  course: Lang,
  start: number,
  end: number,
): Promise<EventRow[]> {
  return db.events
    .where('[course+at]')
    .between([course, start], [course, end], true, false)
    .toArray();
}

/** Answers given in a range that still count (undone ones dropped). */
export async function answersBetween(db: TriglotDb, course: Lang, start: number, end: number) {
  return countedAnswers(await eventsBetween(db, course, start, end));
}

/**
 * Events dated more than `slackMs` after `now`: the device clock was ahead when
 * they were written. One retime event per affected card brings those cards back.
 */
export async function correctFutureEvents(
  db: TriglotDb,
  now: number,
  slackMs = 86_400_000,
): Promise<number> {
  // One range per course on the day index: no index of its own for a rare check.
  const future = (
    await Promise.all(
      LANGS.map((l) =>
        db.events
          .where('[course+at]')
          .between([l, now + slackMs], [l, Infinity], false, true)
          .toArray(),
      ),
    )
  ).flat();
  const cards = new Map(future.map((e) => [e.cardId, e.course]));
  for (const [cardId, course] of cards) {
    const row = await db.cards.get(cardId);
    await recordEvent(db, { cardId, course, sibling: row?.sibling ?? '' }, { kind: 'retime' }, now);
  }
  return cards.size;
}

/**
 * Replays these cards from their logs into their rows, after an import merged
 * events into them: the logs read together, the folds computed, the rows written
 * in bulk (one awaited request per card would cost a task each, and a large
 * import touches thousands). `dense`: the cards are most of those in their id
 * range (an import into an empty or small library), so one range read of the log
 * index serves them all.
 */
export async function replayCards(
  db: TriglotDb,
  keys: readonly CardKey[],
  { dense = false }: { dense?: boolean } = {},
): Promise<void> {
  if (!keys.length) return;
  const scheduler = await storedScheduler(db);
  let logs: EventRow[][];
  if (dense) {
    const ids = keys.map((k) => k.cardId).sort();
    const wanted = new Map<string, EventRow[]>(ids.map((id) => [id, []]));
    const rows = await db.events
      .where('[cardId+seq]')
      .between([ids[0]!, Dexie.minKey], [ids[ids.length - 1]!, Dexie.maxKey])
      .toArray();
    for (const e of rows) wanted.get(e.cardId)?.push(e);
    logs = keys.map((k) => wanted.get(k.cardId)!);
  } else {
    logs = await Promise.all(
      keys.map((k) =>
        db.events
          .where('[cardId+seq]')
          .between([k.cardId, Dexie.minKey], [k.cardId, Dexie.maxKey])
          .toArray(),
      ),
    );
  }
  const put: CardRow[] = [];
  const gone: CardId[] = [];
  keys.forEach((key, i) => {
    const fold = replayCard(logs[i]!, scheduler);
    if (!fold) return gone.push(key.cardId);
    put.push(rowOf(key, fold));
  });
  await db.cards.bulkPut(put);
  await db.cards.bulkDelete(gone);
}

export { StorageError };
