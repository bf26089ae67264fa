import type { CardId, Lang } from '@/lib/corpus/types';
import { newCardState, type CardState } from '@/lib/srs/card-state';
import { buildQueue, type QueueCard, type TodayQueue } from '@/lib/srs/queue';
import { studyDayBounds } from '@/lib/srs/study-day';
import type { CardRow, ContentRow, TriglotDb } from './schema';
import { reviewsBetween } from './study-repo';
import Dexie from 'dexie';

import { existingCardIds } from './content-repo';
import { readSettings } from './settings-repo';
import { learnMode } from '@/lib/settings/settings';
import {
  isClozeId,
  isWordId,
  lemmaOf,
  schedulableIn,
  wordId,
  type LearnMode,
} from '@/lib/srs/words';
import { carryOverWords, clearCarryOver, orderWordCandidates } from './words-repo';
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
 * A word asked for by name ("study this word now", "learn this word"): it heads the queue, in
 * `sentence` (a cloze card of it) where that is given and still one of its sentences. In
 * sentence mode the word is no item, so `sentence` itself heads the queue.
 */
export interface StudyFocus {
  readonly word: CardId;
  readonly sentence?: CardId | undefined;
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
  opts: { readonly focus?: StudyFocus } = {},
): Promise<LoadedQueue> {
  const startedAt = performance.now();
  const mode = learnMode(await readSettings(db), course);
  // Switching to words gives each word, once, the state of its best cloze (words-repo.ts).
  if (mode === 'words') await carryOverWords(db, course, now);
  else await clearCarryOver(db, course);
  const built = await buildTodayQueue(db, course, settings, now, mode);
  const focus = opts.focus;
  const queue = !focus
    ? built
    : mode === 'words'
      ? await withFocus(db, built, course, focus.word, now)
      : focus.sentence
        ? await withFocusCard(db, built, course, focus.sentence, now)
        : built;
  // A user-timing entry: the study benchmark reads the queue's cost in Chromium from it.
  performance.measure?.(QUEUE_MEASURE, { start: startedAt, end: performance.now() });
  return queue;
}

/** How many learning rows of each state the first read takes, and how many cards it shows. */
const FIRST_ROWS = 64;
const FIRST_CARDS = 4;

/**
 * The first cards of today's queue without reading the due backlog: learning and
 * relearning steps due now, which head the queue whatever the limits (buildQueue),
 * from the [course+state] index, a bounded number of rows whatever the backlog.
 * Null when none is due: the whole queue is then the first read. The rows come in
 * id order, so with more learning cards than it reads these may not be the
 * earliest due; the whole queue follows in its order after them.
 */
export async function loadFirstCards(
  db: TriglotDb,
  course: Lang,
  settings: { newPerDay: number; reviewsPerDay: number; rolloverHour: number },
  now: number,
): Promise<LoadedQueue | null> {
  const { start, end } = studyDayBounds(now, settings.rolloverHour);
  const mode = learnMode(await readSettings(db), course);
  const [learning, relearning, today] = await Promise.all([
    db.cards.where('[course+state]').equals([course, 'learning']).limit(FIRST_ROWS).toArray(),
    db.cards.where('[course+state]').equals([course, 'relearning']).limit(FIRST_ROWS).toArray(),
    reviewsBetween(db, course, start, end),
  ]);
  const cards: QueueCard[] = [...learning, ...relearning]
    .filter((row) => row.due <= now && schedulableIn(mode, row.id))
    .map((row) => ({ id: row.id, siblingKey: row.sibling, state: row, newRank: 0 }));
  if (!cards.length) return null;
  const built = buildQueue({
    cards,
    now,
    settings,
    doneToday: { newCount: 0, reviewCount: 0, siblingsSeen: new Set() },
  });
  const queue = built.queue.slice(0, FIRST_CARDS);
  if (!queue.length) return null;
  const states = new Map<CardId, CardState>();
  for (const c of cards) if (queue.includes(c.id)) states.set(c.id, c.state);
  return {
    queue,
    counts: built.counts,
    nextDue: null,
    states,
    laterToday: [],
    answeredToday: today.map((r) => r.id),
  };
}

/** The largest page of the new-card walk: a transaction of reads stays short on a phone. */
const MAX_PAGE = 4096;

/** The name of the user-timing measure of each queue built (scripts/bench-study.ts). */
export const QUEUE_MEASURE = 'triglot:queue';

async function buildTodayQueue(
  db: TriglotDb,
  course: Lang,
  settings: { newPerDay: number; reviewsPerDay: number; rolloverHour: number },
  now: number,
  mode: LearnMode,
): Promise<LoadedQueue> {
  const { start, end } = studyDayBounds(now, settings.rolloverHour);
  const [steps, today] = await Promise.all([
    learningRows(db, course, end, mode),
    reviewsBetween(db, course, start, end),
  ]);

  const fromContent = new Set<CardId>();

  const todayRows = await db.cards.bulkGet([...new Set(today.map((r) => r.cardId))]);
  const newToday = new Set(today.filter((r) => r.from === 'new').map((r) => r.cardId));
  const reviewedToday = new Set(today.filter((r) => r.from === 'review').map((r) => r.cardId));
  const doneToday = {
    newCount: newToday.size,
    reviewCount: reviewedToday.size,
    siblingsSeen: new Set(todayRows.flatMap((r) => (r ? [r.sibling] : []))),
  };

  const asQueueCard = (row: CardRow): QueueCard => ({
    id: row.id,
    siblingKey: row.sibling,
    state: row,
    // Due cards are ordered by retrievability; newRank only orders new cards.
    newRank: 0,
  });
  let cards: QueueCard[] = steps.map(asQueueCard);
  const reviews = await dueReviews(db, course, end, cards, { now, settings, doneToday }, mode);
  cards.push(...reviews.rows.map(asQueueCard));

  // New cards in rank order from the course's frontier (new-frontier.ts): the met
  // cards before it are never read, nor those up to where the last walk got
  // (`until`), but for the candidates it found. Past that, a page of keys at a
  // time, with the pages' rows, until the new-card limit is covered even after
  // the sibling rule drops some.
  // Words mode walks to new word items, so it has a frontier of its own (new-frontier.ts).
  const scope = mode === 'words' ? 'words' : 'cards';
  const frontier = await readFrontier(db, course, scope);
  const wanted = Math.max(0, settings.newPerDay - doneToday.newCount) * 4 + 8;
  // Pages grow: a long walk (a first one, from the start of the course) pays per read,
  // and a short one stays a page or two.
  let page = Math.max(64, wanted * 2);
  let taken = 0;
  /** Every candidate met on the way, in order: what the next walk need not look for again. */
  const found: string[] = [];
  let lastWalked: string | null = null;
  /** Words mode: the word of each cloze walked, its row, and the first cloze of each word taken. */
  const wordRows = new Map<CardId, CardRow | undefined>();
  const newWords = new Map<CardId, ContentRow>();
  const consider = (
    rows: (CardRow | undefined)[],
    contents: (ContentRow | undefined)[],
    orders?: readonly string[],
  ) => {
    contents.forEach((content, j) => {
      // A known card whose content went, or came back at another rank (which was noted then).
      if (!content || content.lang !== course || (orders && content.order !== orders[j])) return;
      lastWalked = content.order;
      if (mode === 'words' && content.kind === 'cloze') {
        // The word is the item: new when its own row is, whichever of its clozes comes first.
        const word = wordId(course, content.cloze.lemma);
        const row = wordRows.get(word);
        if (!isNewCandidate(row)) return;
        // Every sentence of a candidate word: one gone, the next still finds the word.
        found.push(content.order);
        if (newWords.has(word) || taken >= wanted) return;
        newWords.set(word, content);
        fromContent.add(word);
        cards.push({
          id: word,
          siblingKey: word,
          state: row ?? newCardState(now),
          newRank: taken++,
        });
        return;
      }
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
    if (mode === 'words') await readWordRows(db, course, contents, wordRows);
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
    if (mode === 'words') await readWordRows(db, course, contents, wordRows);
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
    page = Math.min(page * 2, MAX_PAGE);
  }
  const reached = found[0] ?? lastWalked;
  // Each mode raises only its own frontier: a new cloze card may be a met word, and
  // a met cloze card the sentence of a new word.
  if (reached !== null && until >= reached) {
    await raiseFrontier(db, course, frontier, { order: reached, until, known: found }, scope);
  }

  if (newWords.size) cards = await orderWordCandidates(db, course, cards, newWords);

  // A card whose sentence left the library has nothing to show (its history stays in
  // the log). Checked for the cards the queue takes, not for every due row: after
  // years of study the due rows are thousands, the day's queue hundreds.
  for (;;) {
    const queue = buildQueue({ cards, now, settings, doneToday, takeReviews: 'due' });
    const laterToday = cards
      .filter(
        ({ state: s }) =>
          (s.state === 'learning' || s.state === 'relearning') && s.due > now && !s.suspended,
      )
      .filter(({ state: s }) => s.buriedUntil === null || s.buriedUntil <= now)
      .map((c) => ({ id: c.id, due: c.state.due }))
      .sort((a, b) => a.due - b.due);
    // A word item has no content of its own; whether a sentence is left for it is
    // decided when the sentence is chosen (words-repo.ts studyCards).
    const shown = [...queue.queue, ...laterToday.map((c) => c.id)].filter(
      (id) => !fromContent.has(id) && !isWordId(id),
    );
    const present = await existingCardIds(db, shown);
    const gone = new Set(shown.filter((id) => !present.has(id)));
    if (gone.size) {
      cards = cards.filter((c) => !gone.has(c.id));
      continue;
    }
    const states = new Map<CardId, CardState>();
    for (const c of cards) states.set(c.id, c.state);
    // Reviews past those read are held back by the limit, as buildQueue says of those it sees.
    const nextDue = reviews.more ? Math.min(queue.nextDue ?? end, end) : queue.nextDue;
    return { ...queue, nextDue, states, laterToday, answeredToday: today.map((r) => r.id) };
  }
}

/** Learning and relearning cards due this study day: few, and never capped by a limit. */
async function learningRows(
  db: TriglotDb,
  course: Lang,
  end: number,
  mode: LearnMode,
): Promise<CardRow[]> {
  const [learning, relearning] = await Promise.all(
    (['learning', 'relearning'] as const).map((state) =>
      db.cards.where('[course+state]').equals([course, state]).toArray(),
    ),
  );
  return [...learning!, ...relearning!].filter(
    (row) => row.due < end && schedulableIn(mode, row.id),
  );
}

/**
 * The review cards the day's limit can take, earliest due first, read from the
 * [course+due] index as far as the limit needs and no further: a backlog of
 * thousands is not read to take two hundred. Rows are read in pages that grow
 * until the queue built from them (with the learning cards, which claim their
 * siblings, and today's answers) fills the review limit, or the range ends.
 * Whose content is gone is left out here, so it does not hold a place.
 * `more`: due reviews were left unread.
 */
async function dueReviews(
  db: TriglotDb,
  course: Lang,
  end: number,
  steps: readonly QueueCard[],
  input: Omit<Parameters<typeof buildQueue>[0], 'cards'>,
  mode: LearnMode,
): Promise<{ rows: CardRow[]; more: boolean }> {
  const room = Math.max(0, input.settings.reviewsPerDay - input.doneToday.reviewCount);
  if (room === 0) {
    // None is taken; whether one waits decides "next card at".
    const any = await db.cards
      .where('[course+due]')
      .between([course, Dexie.minKey], [course, end], true, false)
      .filter((r) => r.state === 'review' && schedulableIn(mode, r.id))
      .first();
    return { rows: [], more: any !== undefined };
  }
  for (let limit = room * 2 + 32; ; limit *= 4) {
    const read = await db.cards
      .where('[course+due]')
      .between([course, Dexie.minKey], [course, end], true, false)
      .limit(limit)
      .toArray();
    const complete = read.length < limit;
    const candidates = read.filter((r) => r.state === 'review' && schedulableIn(mode, r.id));
    const present = await existingCardIds(
      db,
      candidates.flatMap((r) => (isWordId(r.id) ? [] : [r.id])),
    );
    const rows = candidates.filter((r) => isWordId(r.id) || present.has(r.id));
    if (complete) return { rows, more: false };
    const cards = [
      ...steps,
      ...rows.map((row) => ({ id: row.id, siblingKey: row.sibling, state: row, newRank: 0 })),
    ];
    if (buildQueue({ ...input, cards, takeReviews: 'due' }).counts.review >= room) {
      return { rows, more: true };
    }
  }
}

/** The word rows of a page's clozes not read yet (words mode's new-card walk). */
async function readWordRows(
  db: TriglotDb,
  course: Lang,
  contents: readonly (ContentRow | undefined)[],
  into: Map<CardId, CardRow | undefined>,
): Promise<void> {
  const ids = [
    ...new Set(
      contents.flatMap((c) =>
        c && c.kind === 'cloze' && isClozeId(c.id) ? [wordId(course, c.cloze.lemma)] : [],
      ),
    ),
  ].filter((id) => !into.has(id));
  const rows = await db.cards.bulkGet(ids);
  ids.forEach((id, i) => into.set(id, rows[i]));
}

/** A cloze card asked for by id heads the queue (sentence mode), unless suspended or gone. */
async function withFocusCard(
  db: TriglotDb,
  queue: LoadedQueue,
  course: Lang,
  card: CardId,
  now: number,
): Promise<LoadedQueue> {
  if (isWordId(card) || !card.startsWith(`${course}:`)) return queue;
  const [row, content] = await Promise.all([db.cards.get(card), db.content.get(card)]);
  if (!content || row?.suspended) return queue;
  const states = new Map(queue.states);
  states.set(card, row ?? newCardState(now));
  return {
    ...queue,
    queue: [card, ...queue.queue.filter((id) => id !== card)],
    laterToday: queue.laterToday.filter((c) => c.id !== card),
    states,
  };
}

/**
 * "Study this word now" (the Words page): the word heads the queue whether or not it
 * is due, in the state it has; answering it is an ordinary answer.
 */
async function withFocus(
  db: TriglotDb,
  queue: LoadedQueue,
  course: Lang,
  focus: CardId,
  now: number,
): Promise<LoadedQueue> {
  if (!isWordId(focus) || !focus.startsWith(`${course}:`)) return queue;
  const [row, sentence] = await Promise.all([
    db.cards.get(focus),
    db.content
      .where('[lang+cloze.lemma]')
      .equals([course, lemmaOf(focus)])
      .first(),
  ]);
  if (!sentence || row?.suspended) return queue;
  const states = new Map(queue.states);
  states.set(focus, row ?? newCardState(now));
  return {
    ...queue,
    queue: [focus, ...queue.queue.filter((id) => id !== focus)],
    laterToday: queue.laterToday.filter((c) => c.id !== focus),
    states,
  };
}
