import type { CardId, Lang } from '@/lib/corpus/types';
import { newCardState, type CardState } from '@/lib/srs/card-state';
import { buildQueue, type QueueCard, type TodayQueue } from '@/lib/srs/queue';
import { studyDayBounds } from '@/lib/srs/study-day';
import type { TriglotDb } from './schema';
import { dueRows, reviewsBetween } from './study-repo';

/** A card of the course as the corpus ships it, in new-card order. */
export interface CourseCardRef {
  readonly id: CardId;
  readonly sibling: string;
  readonly rank: number;
}

export interface LoadedQueue extends TodayQueue {
  /** The stored (or, for new cards, initial) state of every card in the queue. */
  readonly states: Map<CardId, CardState>;
  /** Learning steps that fall due later this study day, by due: the sitting will show them. */
  readonly laterToday: { id: CardId; due: number }[];
}

const BATCH = 256;

/**
 * Today's queue for a course, reading only what it needs: the due range of the
 * [course+due] index, today's answers, and new cards in rank order until the
 * new-card limit is covered, so 100,000 cards cost about as much as 100.
 */
export async function loadTodayQueue(
  db: TriglotDb,
  course: Lang,
  ordered: readonly CourseCardRef[],
  settings: { newPerDay: number; reviewsPerDay: number; rolloverHour: number },
  now: number,
): Promise<LoadedQueue> {
  const { start, end } = studyDayBounds(now, settings.rolloverHour);
  const known = new Map(ordered.map((c, i) => [c.id, i]));
  const [due, today] = await Promise.all([
    dueRows(db, course, end),
    reviewsBetween(db, course, start, end),
  ]);

  const cards: QueueCard[] = [];
  for (const row of due) {
    const index = known.get(row.id);
    // A card whose sentence left the corpus has nothing to show; its history stays in the log.
    if (index === undefined || row.state === 'new') continue;
    cards.push({ id: row.id, siblingKey: row.sibling, state: row, newRank: ordered[index]!.rank });
  }

  const newToday = new Set(today.filter((r) => r.stateBefore.state === 'new').map((r) => r.cardId));
  const reviewedToday = new Set(
    today.filter((r) => r.stateBefore.state === 'review').map((r) => r.cardId),
  );
  const doneToday = {
    newCount: newToday.size,
    reviewCount: reviewedToday.size,
    siblingsSeen: new Set(today.map((r) => r.sibling)),
  };

  // Enough new candidates to fill the limit even after the sibling rule drops some.
  const wanted = Math.max(0, settings.newPerDay - doneToday.newCount) * 4 + 8;
  let found = 0;
  for (let i = 0; i < ordered.length && found < wanted; i += BATCH) {
    const batch = ordered.slice(i, i + BATCH);
    const rows = await db.cards.bulkGet(batch.map((c) => c.id));
    batch.forEach((c, j) => {
      const row = rows[j];
      if (row && row.state !== 'new') return;
      const state = row ?? newCardState(now);
      if (state.suspended) return;
      cards.push({ id: c.id, siblingKey: c.sibling, state, newRank: c.rank });
      found++;
    });
  }

  const queue = buildQueue({ cards, now, settings, doneToday });
  const states = new Map<CardId, CardState>();
  for (const c of cards) states.set(c.id, c.state);
  const laterToday = cards
    .filter(
      ({ state: s }) =>
        (s.state === 'learning' || s.state === 'relearning') && s.due > now && !s.suspended,
    )
    .filter(({ state: s }) => s.buriedUntil === null || s.buriedUntil <= now)
    .map((c) => ({ id: c.id, due: c.state.due }))
    .sort((a, b) => a.due - b.due);
  return { ...queue, states, laterToday };
}
