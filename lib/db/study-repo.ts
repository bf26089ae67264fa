/**
 * The study screen's reads and writes. Every write is an event in the log
 * (event-repo.ts), which keeps each card's stored state equal to the replay of
 * its events; nothing here writes a card state directly.
 */
import Dexie from 'dexie';
import type { CardId, Lang } from '@/lib/corpus/types';
import type { CardEvent, EventId, ReportReason } from '@/lib/srs/events';
import type { SittingAnswer } from '@/lib/srs/sitting';
import { StorageError } from './errors';
import {
  answersBetween,
  cardEvents,
  recordEvent,
  undoEvent,
  type CardKey,
  type Recorded,
} from './event-repo';
import type { CardRow, EventRow, TriglotDb } from './schema';

/**
 * An answer as the study screen gives it (the sitting's answer; `id` is chosen
 * once, so a retry is the same answer), with the head of the state it was
 * computed from when the caller knows it: a mismatch means another tab was first.
 */
export type AnswerInput = Omit<SittingAnswer, 'typed' | 'verdict'> & {
  readonly typed?: string | null;
  readonly verdict?: string | null;
  readonly expectedHead?: EventId | null;
};

/** Appends the answer to the log and updates the card's state; resolves with the event id. */
export async function saveAnswer(db: TriglotDb, answer: AnswerInput): Promise<EventId> {
  return (await recordAnswer(db, answer)).event.id;
}

/**
 * The same, resolving with what storage ended with: when another tab answered
 * first, the stored state is our answer folded on top of theirs, which the
 * screen should show rather than the one it computed.
 */
export async function recordAnswer(db: TriglotDb, answer: AnswerInput): Promise<Recorded> {
  const { id, cardId, course, sibling, review, grade, durationMs, typed, verdict, from } = answer;
  return recordEvent(
    db,
    { cardId, course, sibling },
    {
      kind: 'answer',
      grade,
      durationMs,
      typed: typed ?? null,
      verdict: verdict ?? null,
      from,
      ...(answer.shown ? { shown: answer.shown } : {}),
    },
    review,
    { id, ...(answer.expectedHead !== undefined ? { expectedHead: answer.expectedHead } : {}) },
  );
}

/**
 * Takes an answer back with a compensating event. Refused (StorageError
 * 'UNKNOWN') when the card has a newer event: that newer answer stands.
 */
export async function undoAnswer(
  db: TriglotDb,
  cardId: CardId,
  ref: EventId,
  now: number,
): Promise<EventRow> {
  const event = (await cardEvents(db, cardId)).find((e) => e.id === ref);
  if (!event) throw new StorageError('UNKNOWN', `No answer ${ref} to undo.`);
  const row = await db.cards.get(event.cardId);
  const key: CardKey = { cardId: event.cardId, course: event.course, sibling: row?.sibling ?? '' };
  const result = await undoEvent(db, key, ref, now);
  if (!result.ok)
    throw new StorageError('UNKNOWN', 'Only the newest answer of a card can be undone.');
  return event;
}

/** Suspends or unsuspends a card (a card never met gets a row in state new). */
export async function suspendCard(
  db: TriglotDb,
  key: CardKey,
  suspended: boolean,
  now: number,
): Promise<void> {
  await recordEvent(db, key, { kind: suspended ? 'suspend' : 'unsuspend' }, now);
}

/** The learner reports a card as wrong: suspended, with the reason kept in its log. */
export async function reportCard(
  db: TriglotDb,
  key: CardKey,
  reason: ReportReason,
  now: number,
): Promise<void> {
  await recordEvent(db, key, { kind: 'report', reason }, now);
}

/** Forgets a card's progress: it is new again (its suspension stands), its history stays. */
export async function resetCard(db: TriglotDb, key: CardKey, now: number): Promise<void> {
  await recordEvent(db, key, { kind: 'reset' }, now);
}

export async function cardRows(
  db: TriglotDb,
  ids: readonly CardId[],
): Promise<(CardRow | undefined)[]> {
  return db.cards.bulkGet([...ids]);
}

/** Cards of a course due before `until` (epoch ms), oldest first: an index range, never a scan. */
export async function dueRows(db: TriglotDb, course: Lang, until: number): Promise<CardRow[]> {
  return db.cards
    .where('[course+due]')
    .between([course, Dexie.minKey], [course, until], true, false)
    .toArray();
}

/** The earliest due card of a course after `from`, for "next card at …". */
export async function nextDueAfter(
  db: TriglotDb,
  course: Lang,
  from: number,
): Promise<number | null> {
  const row = await db.cards
    .where('[course+due]')
    .between([course, from], [course, Dexie.maxKey], true, true)
    .filter((r) => !r.suspended)
    .first();
  return row?.due ?? null;
}

/** Answers given in a course between `start` and `end` that still count (undone ones dropped). */
export async function reviewsBetween(
  db: TriglotDb,
  course: Lang,
  start: number,
  end: number,
): Promise<(CardEvent & { readonly kind: 'answer' })[]> {
  return answersBetween(db, course, start, end);
}

/** A card's log, oldest first: answers, undos, resets, suspensions. */
export async function cardHistory(db: TriglotDb, cardId: CardId): Promise<EventRow[]> {
  return cardEvents(db, cardId);
}

export async function courseRows(db: TriglotDb, course: Lang): Promise<CardRow[]> {
  return db.cards
    .where('[course+due]')
    .between([course, Dexie.minKey], [course, Dexie.maxKey])
    .toArray();
}
