import { computeDecayFactor, default_w } from 'ts-fsrs';
import type { CardId } from '@/lib/corpus/types';
import { assertNever } from '@/lib/assert';
import type { CardState } from './card-state';
import { toEpochMs } from './instant';
import type { SrsSettings } from './params';
import { studyDayBounds } from './study-day';

export interface QueueCard {
  readonly id: CardId;
  /** Cards of the same sentence share it (e.g. article + unit); see the sibling rule below. */
  readonly siblingKey: string;
  readonly state: CardState;
  /** Frequency order of the word: lower comes earlier among new cards. */
  readonly newRank: number;
}

export interface DoneToday {
  readonly newCount: number;
  readonly reviewCount: number;
  /** Sibling keys of cards answered this study day. */
  readonly siblingsSeen: ReadonlySet<string>;
}

export interface BuildQueueInput {
  readonly cards: readonly QueueCard[];
  /** Epoch ms. */
  readonly now: number;
  readonly settings: Pick<SrsSettings, 'newPerDay' | 'reviewsPerDay' | 'rolloverHour'>;
  readonly doneToday: DoneToday;
  /**
   * Which due reviews the limit takes: the lowest retrievability (default), or the earliest
   * due, as Anki does, so that storage can read a backlog by its due index only as far as the
   * limit needs (lib/db/queue-repo.ts). Either way the ones taken are shown lowest
   * retrievability first.
   */
  readonly takeReviews?: 'retrievability' | 'due';
}

export interface QueueCounts {
  readonly new: number;
  readonly learning: number;
  readonly review: number;
}

export interface TodayQueue {
  readonly queue: CardId[];
  readonly counts: QueueCounts;
  /**
   * When the next card outside this queue becomes available (epoch ms), for "next card at …";
   * null if none ever will (everything left is suspended). Cards held back today by a limit or
   * by the sibling rule count as available at the start of the next study day.
   */
  readonly nextDue: number | null;
}

const DAY_MS = 86_400_000;
// ts-fsrs's forgetting curve with its constants computed once: forgetting_curve() recomputes them
// on every call, a measurable share of the time on 100,000 cards. Only the order matters here, so
// the FSRS-6 default decay serves every learner and desired retention plays no part.
const { decay: DECAY, factor: FACTOR } = computeDecayFactor(default_w);

interface Review {
  readonly card: QueueCard;
  readonly r: number;
}

/**
 * Today's queue, built from scratch; callers rebuild or splice after each answer. O(n) to gather
 * plus O(k log n) for the k cards taken (a heap, not a full sort), so 100,000 cards stay cheap.
 *
 * 1. Suspended cards and cards buried until after `now` are out.
 * 2. Learning and relearning cards due by `now` come first, earliest due first. They ignore the
 *    limits and the sibling rule (they are already in progress) but do claim their sibling key
 *    if due this study day, since they will be seen today.
 * 3. Review cards due before the end of the study day, lowest retrievability first (or the
 *    earliest due first, `takeReviews`, then shown lowest retrievability first), up to the
 *    review limit left; new cards by `newRank` then id, up to the new limit left. New cards are
 *    spread evenly among the reviews (Anki's intersperser).
 * 4. Sibling rule: of the new and review cards sharing a sibling key, at most one per study day,
 *    and none if a sibling was already answered today. Reviews are picked before new cards.
 */
export function buildQueue(input: BuildQueueInput): TodayQueue {
  const now = toEpochMs(input.now);
  const { settings, doneToday } = input;
  const { end } = studyDayBounds(now, settings.rolloverHour);

  const learning: QueueCard[] = [];
  const reviews: Review[] = [];
  const fresh: QueueCard[] = [];
  const claimed = new Set(doneToday.siblingsSeen);
  let nextDue = Infinity;

  for (const card of input.cards) {
    const s = card.state;
    if (s.suspended) continue;
    if (s.buriedUntil !== null && s.buriedUntil > now) {
      nextDue = Math.min(nextDue, Math.max(s.buriedUntil, s.due));
      continue;
    }
    switch (s.state) {
      case 'learning':
      case 'relearning':
        if (s.due < end) claimed.add(card.siblingKey);
        if (s.due <= now) learning.push(card);
        else nextDue = Math.min(nextDue, s.due);
        break;
      case 'review':
        if (s.due < end) reviews.push({ card, r: retrievability(s, now) });
        else nextDue = Math.min(nextDue, s.due);
        break;
      case 'new':
        if (s.due < end) fresh.push(card);
        else nextDue = Math.min(nextDue, s.due);
        break;
      default:
        assertNever(s.state, 'card state');
    }
  }

  learning.sort((a, b) => a.state.due - b.state.due || compareIds(a.id, b.id));
  const byRetrievability = (a: Review, b: Review) =>
    a.r - b.r || a.card.state.due - b.card.state.due || compareIds(a.card.id, b.card.id);
  const byRank = (a: QueueCard, b: QueueCard) => a.newRank - b.newRank || compareIds(a.id, b.id);

  const byDue = (a: Review, b: Review) =>
    a.card.state.due - b.card.state.due || compareIds(a.card.id, b.card.id);
  const byDueFirst = input.takeReviews === 'due';
  // Before the heap reorders (and overwrites) the array.
  const r = byDueFirst ? new Map(reviews.map((x) => [x.card.id, x.r])) : null;
  const takenReviews = take(
    inOrder(reviews, byDueFirst ? byDue : byRetrievability),
    (x) => x.card,
    settings.reviewsPerDay - doneToday.reviewCount,
    claimed,
  );
  if (r) {
    const taken = takenReviews.cards.map((card) => ({ card, r: r.get(card.id)! }));
    takenReviews.cards.splice(0, Infinity, ...taken.sort(byRetrievability).map((x) => x.card));
  }
  const takenNew = take(
    inOrder(fresh, byRank),
    (x) => x,
    settings.newPerDay - doneToday.newCount,
    claimed,
  );
  if (takenReviews.heldBack || takenNew.heldBack) nextDue = Math.min(nextDue, end);

  const queue = learning.map((c) => c.id);
  for (const c of intersperse(takenReviews.cards, takenNew.cards)) queue.push(c.id);

  return {
    queue,
    counts: {
      new: takenNew.cards.length,
      learning: learning.length,
      review: takenReviews.cards.length,
    },
    nextDue: Number.isFinite(nextDue) ? nextDue : null,
  };
}

/** Takes cards in order up to `limit`, skipping (and then claiming) sibling keys. */
function take<T>(
  ordered: Iterator<T>,
  cardOf: (item: T) => QueueCard,
  limit: number,
  claimed: Set<string>,
): { cards: QueueCard[]; heldBack: boolean } {
  const cards: QueueCard[] = [];
  const room = Math.max(0, limit);
  let heldBack = false;
  for (let next = ordered.next(); !next.done; next = ordered.next()) {
    if (cards.length >= room) return { cards, heldBack: true };
    const card = cardOf(next.value);
    // A sibling skipped here waits for the next study day, like one over the limit.
    if (claimed.has(card.siblingKey)) {
      heldBack = true;
      continue;
    }
    claimed.add(card.siblingKey);
    cards.push(card);
  }
  return { cards, heldBack };
}

/**
 * Yields `items` smallest first without sorting them all: heapify is O(n), each item taken
 * O(log n). Reorders `items` in place.
 */
function* inOrder<T>(items: T[], cmp: (a: T, b: T) => number): Generator<T, void, undefined> {
  let n = items.length;
  for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(items, i, n, cmp);
  while (n > 0) {
    const top = items[0]!;
    n--;
    items[0] = items[n]!;
    siftDown(items, 0, n, cmp);
    yield top;
  }
}

function siftDown<T>(heap: T[], from: number, n: number, cmp: (a: T, b: T) => number): void {
  const item = heap[from]!;
  let i = from;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n) break;
    const right = left + 1;
    const child = right < n && cmp(heap[right]!, heap[left]!) < 0 ? right : left;
    if (cmp(heap[child]!, item) >= 0) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = item;
}

function retrievability(s: CardState, now: number): number {
  // A review card always has both; treat a damaged row as forgotten so it comes first.
  if (s.lastReview === null || !(s.stability > 0)) return 0;
  // Fractional days order cards reviewed on the same day; ts-fsrs itself floors them.
  const elapsed = Math.max(0, (now - s.lastReview) / DAY_MS);
  return Math.pow(1 + (FACTOR * elapsed) / s.stability, DECAY);
}

function compareIds(a: string, b: string): number {
  // Code-unit order: the same on every device and locale, unlike localeCompare.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Evenly mixes `two` into `one`, keeping each in order: Anki's intersperser
 * (rslib/src/scheduler/queue/builder/intersperser.rs). [r1 r2 r3] with [n1] gives [r1 r2 n1 r3].
 */
export function intersperse<T>(one: readonly T[], two: readonly T[]): T[] {
  const ratio = (one.length + 1) / (two.length + 1);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < one.length || j < two.length) {
    const takeTwo = i >= one.length || (j < two.length && (j + 1) * ratio < i + 1);
    if (takeTwo) out.push(two[j++]!);
    else out.push(one[i++]!);
  }
  return out;
}
