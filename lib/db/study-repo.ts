/**
 * Answers and undo: each is one transaction over the review log and the card
 * state, so the two never disagree. The log is append-only; undo is the one
 * exception and removes only the newest entry of a card.
 */
import Dexie from 'dexie';
import type { CardId, Lang } from '@/lib/corpus/types';
import type { CardState } from '@/lib/srs/card-state';
import type { ReviewLogEntry } from '@/lib/srs/review-log';
import { classifyStorageError, StorageError } from './errors';
import type { CardRow, ReviewRow, TriglotDb } from './schema';

export interface AnswerInput extends ReviewLogEntry {
  readonly course: Lang;
  readonly sibling: string;
  /** The card's state after the answer, as the scheduler computed it. */
  readonly after: CardState;
}

/** Writes the log entry and the new card state together; resolves with the log entry's id. */
export async function saveAnswer(db: TriglotDb, answer: AnswerInput): Promise<number> {
  try {
    return await db.transaction('rw', db.cards, db.reviews, async () => {
      const { after, ...entry } = answer;
      const id = await db.reviews.add(entry);
      // Suspending or burying in another tab while this card was on screen still stands.
      const stored = await db.cards.get(answer.cardId);
      const flags = stored ? { suspended: stored.suspended, buriedUntil: stored.buriedUntil } : {};
      await db.cards.put({
        ...after,
        ...flags,
        id: answer.cardId,
        course: answer.course,
        sibling: answer.sibling,
      });
      return id as number;
    });
  } catch (error) {
    // A retry of an answer that did reach the disk (same card, same moment) is not a second answer.
    if ((error as { name?: string }).name === 'ConstraintError') {
      const existing = await db.reviews
        .where('[cardId+review]')
        .equals([answer.cardId, answer.review])
        .first();
      if (existing?.id !== undefined) return existing.id;
    }
    throw classifyStorageError(error);
  }
}

/**
 * Restores the card to its state before the answer and removes the answer.
 * Only the newest answer of a card can be undone: an older one would leave
 * the newer entry built on a state that no longer exists.
 */
export async function undoAnswer(db: TriglotDb, reviewId: number): Promise<ReviewRow> {
  try {
    return await db.transaction('rw', db.cards, db.reviews, async () => {
      const entry = await db.reviews.get(reviewId);
      if (!entry) throw new StorageError('UNKNOWN', `No answer ${reviewId} to undo.`);
      const newest = await db.reviews
        .where('[cardId+review]')
        .between([entry.cardId, Dexie.minKey], [entry.cardId, Dexie.maxKey])
        .last();
      if (newest?.id !== reviewId)
        throw new StorageError('UNKNOWN', 'Only the newest answer of a card can be undone.');
      await db.reviews.delete(reviewId);
      // A row in state 'new' counts as new everywhere, so the restored row can stay.
      await db.cards.put({
        ...entry.stateBefore,
        id: entry.cardId,
        course: entry.course,
        sibling: entry.sibling,
      });
      return entry;
    });
  } catch (error) {
    throw classifyStorageError(error);
  }
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

export async function reviewsBetween(
  db: TriglotDb,
  course: Lang,
  start: number,
  end: number,
): Promise<ReviewRow[]> {
  return db.reviews
    .where('[course+review]')
    .between([course, start], [course, end], true, false)
    .toArray();
}

export async function cardHistory(db: TriglotDb, cardId: CardId): Promise<ReviewRow[]> {
  return db.reviews
    .where('[cardId+review]')
    .between([cardId, Dexie.minKey], [cardId, Dexie.maxKey])
    .toArray();
}

export async function courseRows(db: TriglotDb, course: Lang): Promise<CardRow[]> {
  return db.cards
    .where('[course+due]')
    .between([course, Dexie.minKey], [course, Dexie.maxKey])
    .toArray();
}

export async function putCardRow(db: TriglotDb, row: CardRow): Promise<void> {
  try {
    await db.cards.put(row);
  } catch (error) {
    throw classifyStorageError(error);
  }
}

export async function deleteCardRow(db: TriglotDb, id: CardId): Promise<void> {
  await db.cards.delete(id);
}
