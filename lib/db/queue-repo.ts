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
  /** `cardId|review` of every answer already given today, here or in another tab. */
  readonly answeredToday: string[];
  /** Learning steps that fall due later this study day, by due: the sitting will show them. */
  readonly laterToday: { id: CardId; due: number }[];
}

/**
 * Today's queue for a course, reading only what it needs: the due range of the
 * [course+due] index, today's answers, the keys of met cards, and the rows of
 * only as many new cards as the limit can use.
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

  // New cards in rank order, skipping the met ones by key alone (an index scan of
  // primary keys, far cheaper than reading rows), until the new-card limit is covered
  // even after the sibling rule drops some.
  // One exact-key range per state: `anyOf` would walk the index with cursor jumps.
  const metKeys = await Promise.all(
    (['learning', 'review', 'relearning'] as const).map((state) =>
      db.cards.where('[course+state]').equals([course, state]).primaryKeys(),
    ),
  );
  const met = new Set(metKeys.flat());
  const wanted = Math.max(0, settings.newPerDay - doneToday.newCount) * 4 + 8;
  const candidates: CourseCardRef[] = [];
  for (const c of ordered) {
    if (candidates.length >= wanted) break;
    if (!met.has(c.id)) candidates.push(c);
  }
  // A candidate may still have a row: suspended, or put back to new by undo.
  const rows = await db.cards.bulkGet(candidates.map((c) => c.id));
  candidates.forEach((c, j) => {
    const state = rows[j] ?? newCardState(now);
    if (state.suspended || state.state !== 'new') return;
    cards.push({ id: c.id, siblingKey: c.sibling, state, newRank: c.rank });
  });

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
  const answeredToday = today.map((r) => `${r.cardId}|${r.review}`);
  return { ...queue, states, laterToday, answeredToday };
}
