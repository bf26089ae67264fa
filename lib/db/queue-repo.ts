import type { CardId, Lang } from '@/lib/corpus/types';
import { newCardState, type CardState } from '@/lib/srs/card-state';
import { buildQueue, type QueueCard, type TodayQueue } from '@/lib/srs/queue';
import { studyDayBounds } from '@/lib/srs/study-day';
import type { CardRow, ContentRow, TriglotDb } from './schema';
import { dueRows, reviewsBetween } from './study-repo';

import { existingCardIds } from './content-repo';
import { isNewCandidate, orderKeyId, raiseFrontier, readFrontier } from './new-frontier';

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
  const startedAt = performance.now();
  const queue = await buildTodayQueue(db, course, settings, now);
  // A user-timing entry: the study benchmark reads the queue's cost in Chromium from it.
  performance.measure?.(QUEUE_MEASURE, { start: startedAt, end: performance.now() });
  return queue;
}

/** The name of the user-timing measure of each queue built (scripts/bench-study.ts). */
export const QUEUE_MEASURE = 'triglot:queue';

async function buildTodayQueue(
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
  // cards before it are never read, nor those up to where the last walk got
  // (`until`), but for the candidates it found. Past that, a page of keys at a
  // time, with the pages' rows, until the new-card limit is covered even after
  // the sibling rule drops some.
  const frontier = await readFrontier(db, course);
  const wanted = Math.max(0, settings.newPerDay - doneToday.newCount) * 4 + 8;
  const page = Math.max(64, wanted * 2);
  let taken = 0;
  /** Every candidate met on the way, in order: what the next walk need not look for again. */
  const found: string[] = [];
  let lastWalked: string | null = null;
  const consider = (
    rows: (CardRow | undefined)[],
    contents: (ContentRow | undefined)[],
    orders?: readonly string[],
  ) => {
    contents.forEach((content, j) => {
      // A known card whose content went, or came back at another rank (which was noted then).
      if (!content || content.lang !== course || (orders && content.order !== orders[j])) return;
      lastWalked = content.order;
      const row = rows[j];
      // A met card, or a suspended one; a row in state new (undone back) is a candidate.
      if (!isNewCandidate(row)) return;
      found.push(content.order);
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
  };
  let from = frontier.order;
  let inclusive = true;
  // Nothing walked yet: [order, order) is empty.
  let until = frontier.order;
  if (frontier.until !== undefined && frontier.known) {
    const ids = frontier.known.map(orderKeyId);
    const [rows, contents] = await Promise.all([db.cards.bulkGet(ids), db.content.bulkGet(ids)]);
    consider(rows, contents, frontier.known);
    from = frontier.until;
    until = frontier.until;
  }
  while (taken < wanted) {
    const ids = await db.content
      .where('[lang+order]')
      .between([course, from], [course, '\uffff'], inclusive, true)
      .limit(page)
      .primaryKeys();
    if (!ids.length) {
      until = '\uffff';
      break;
    }
    const [rows, contents] = await Promise.all([db.cards.bulkGet(ids), db.content.bulkGet(ids)]);
    const before: string | null = lastWalked;
    consider(rows, contents);
    if (lastWalked === null || lastWalked === before) break;
    if (ids.length < page) {
      until = '\uffff';
      break;
    }
    from = lastWalked;
    // Just after the last card walked: the cache covers it, the next walk starts past it.
    until = `${lastWalked}\u0000`;
    inclusive = false;
  }
  const reached = found[0] ?? lastWalked;
  if (reached !== null && until >= reached) {
    await raiseFrontier(db, course, frontier, { order: reached, until, known: found });
  }

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
