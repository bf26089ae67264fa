import type { CardId, Lang } from '@/lib/corpus/types';
import { newCardState, type CardState } from '@/lib/srs/card-state';
import { buildQueue, type QueueCard, type TodayQueue } from '@/lib/srs/queue';
import { studyDayBounds } from '@/lib/srs/study-day';
import type { TriglotDb } from './schema';
import { dueRows, reviewsBetween } from './study-repo';

import { existingCardIds } from './content-repo';
import { isNewCandidate, raiseFrontier, readFrontier } from './new-frontier';

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
 * [course+due] index, today's answers, and new cards from the content's
 * [lang+order] index from the course's frontier on, only as many as the limit
 * can use.
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

  let cards: QueueCard[] = [];
  for (const row of due) {
    if (row.state === 'new') continue;
    // Due cards are ordered by retrievability; newRank only orders new cards.
    cards.push({ id: row.id, siblingKey: row.sibling, state: row, newRank: 0 });
  }
  const fromContent = new Set<CardId>();

  const todayRows = await db.cards.bulkGet([...new Set(today.map((r) => r.cardId))]);
  const newToday = new Set(today.filter((r) => r.from === 'new').map((r) => r.cardId));
  const reviewedToday = new Set(today.filter((r) => r.from === 'review').map((r) => r.cardId));
  const doneToday = {
    newCount: newToday.size,
    reviewCount: reviewedToday.size,
    siblingsSeen: new Set(todayRows.flatMap((r) => (r ? [r.sibling] : []))),
  };

  // New cards in rank order from the course's frontier (new-frontier.ts): the met
  // cards before it are never read. Past it, a page of keys at a time, with the
  // pages' rows, until the new-card limit is covered even after the sibling rule
  // drops some.
  const frontier = await readFrontier(db, course);
  const wanted = Math.max(0, settings.newPerDay - doneToday.newCount) * 4 + 8;
  const page = Math.max(64, wanted * 2);
  let taken = 0;
  let firstCandidate: string | null = null;
  let lastWalked: string | null = null;
  let from = frontier.order;
  let inclusive = true;
  while (taken < wanted) {
    const ids = await db.content
      .where('[lang+order]')
      .between([course, from], [course, '\uffff'], inclusive, true)
      .limit(page)
      .primaryKeys();
    if (!ids.length) break;
    const [rows, contents] = await Promise.all([db.cards.bulkGet(ids), db.content.bulkGet(ids)]);
    contents.forEach((content, j) => {
      if (!content) return;
      lastWalked = content.order;
      const row = rows[j];
      // A met card, or a suspended one; a row in state new (undone back) is a candidate.
      if (!isNewCandidate(row)) return;
      firstCandidate ??= content.order;
      if (taken >= wanted) return;
      // Candidates arrive in rank order, so their position is their rank.
      fromContent.add(content.id);
      cards.push({
        id: content.id,
        siblingKey: content.sibling,
        state: row ?? newCardState(now),
        newRank: taken++,
      });
    });
    if (ids.length < page || lastWalked === null) break;
    from = lastWalked;
    inclusive = false;
  }
  const reached = firstCandidate ?? lastWalked;
  if (reached !== null) await raiseFrontier(db, course, frontier, reached);

  // A card whose sentence left the library has nothing to show (its history stays in
  // the log). Checked for the cards the queue takes, not for every due row: after
  // years of study the due rows are thousands, the day's queue hundreds.
  for (;;) {
    const queue = buildQueue({ cards, now, settings, doneToday });
    const laterToday = cards
      .filter(
        ({ state: s }) =>
          (s.state === 'learning' || s.state === 'relearning') && s.due > now && !s.suspended,
      )
      .filter(({ state: s }) => s.buriedUntil === null || s.buriedUntil <= now)
      .map((c) => ({ id: c.id, due: c.state.due }))
      .sort((a, b) => a.due - b.due);
    const shown = [...queue.queue, ...laterToday.map((c) => c.id)].filter(
      (id) => !fromContent.has(id),
    );
    const present = await existingCardIds(db, shown);
    const gone = new Set(shown.filter((id) => !present.has(id)));
    if (gone.size) {
      cards = cards.filter((c) => !gone.has(c.id));
      continue;
    }
    const states = new Map<CardId, CardState>();
    for (const c of cards) states.set(c.id, c.state);
    return { ...queue, states, laterToday, answeredToday: today.map((r) => r.id) };
  }
}
