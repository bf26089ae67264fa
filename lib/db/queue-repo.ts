import type { CardId, Lang } from '@/lib/corpus/types';
import { newCardState, type CardState } from '@/lib/srs/card-state';
import { buildQueue, type QueueCard, type TodayQueue } from '@/lib/srs/queue';
import { studyDayBounds } from '@/lib/srs/study-day';
import type { TriglotDb } from './schema';
import { dueRows, reviewsBetween } from './study-repo';

import { cardsInRankOrder, existingCardIds, type CardRef } from './content-repo';

export interface LoadedQueue extends TodayQueue {
  /** The stored (or, for new cards, initial) state of every card in the queue. */
  readonly states: Map<CardId, CardState>;
  /** Event ids of every answer already given today, here or in another tab. */
  readonly answeredToday: string[];
  /** Learning steps that fall due later this study day, by due: the sitting will show them. */
  readonly laterToday: { id: CardId; due: number }[];
}

/**
 * Today's queue for a course, reading only what it needs: the due range of the
 * [course+due] index, today's answers, the keys of met cards, and new cards from
 * the content's [lang+order] index, only as many as the limit can use.
 */
export async function loadTodayQueue(
  db: TriglotDb,
  course: Lang,
  settings: { newPerDay: number; reviewsPerDay: number; rolloverHour: number },
  now: number,
): Promise<LoadedQueue> {
  const { start, end } = studyDayBounds(now, settings.rolloverHour);
  const [due, today] = await Promise.all([
    dueRows(db, course, end),
    reviewsBetween(db, course, start, end),
  ]);

  const cards: QueueCard[] = [];
  const shown = await existingCardIds(
    db,
    due.map((r) => r.id),
  );
  for (const row of due) {
    // A card whose sentence left the library has nothing to show; its history stays in the log.
    if (!shown.has(row.id) || row.state === 'new') continue;
    // Due cards are ordered by retrievability; newRank only orders new cards.
    cards.push({ id: row.id, siblingKey: row.sibling, state: row, newRank: 0 });
  }

  const todayRows = await db.cards.bulkGet([...new Set(today.map((r) => r.cardId))]);
  const newToday = new Set(today.filter((r) => r.from === 'new').map((r) => r.cardId));
  const reviewedToday = new Set(today.filter((r) => r.from === 'review').map((r) => r.cardId));
  const doneToday = {
    newCount: newToday.size,
    reviewCount: reviewedToday.size,
    siblingsSeen: new Set(todayRows.flatMap((r) => (r ? [r.sibling] : []))),
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
  const candidates: CardRef[] = [];
  let after: CardRef | null = null;
  while (candidates.length < wanted) {
    // Key-only pages: met cards (most of a long-studied course) cost an index step each.
    const batch = await cardsInRankOrder(db, course, after, Math.max(2000, wanted));
    for (const c of batch) if (!met.has(c.id) && candidates.length < wanted) candidates.push(c);
    if (batch.length === 0) break;
    after = batch[batch.length - 1]!;
  }
  // A candidate may still have a row: suspended, or put back to new by undo.
  const ids = candidates.map((c) => c.id);
  const [rows, contents] = await Promise.all([db.cards.bulkGet(ids), db.content.bulkGet(ids)]);
  candidates.forEach((c, j) => {
    const state = rows[j] ?? newCardState(now);
    const content = contents[j];
    if (!content || state.suspended || state.state !== 'new') return;
    // Candidates arrive in rank order, so their position is their rank.
    cards.push({ id: c.id, siblingKey: content.sibling, state, newRank: j });
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
  const answeredToday = today.map((r) => r.id);
  return { ...queue, states, laterToday, answeredToday };
}
