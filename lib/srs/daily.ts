import type { CardEvent } from './events';
import { compareEvents, countedAnswers } from './events';
import { studyDayOf } from './study-day';

const DAY_MS = 86_400_000;

// A card left on screen while the learner made tea is not an hour of study: Anki caps an
// answer's time at 60 s by default.
export const MAX_ANSWER_MS = 60_000;

/** Anki's line between young and mature cards: an interval of 21 days or more. */
export const MATURE_DAYS = 21;

/**
 * One study day's answers in one course: what the statistics page draws. Kept up to
 * date with every change of a card's log (a store of its own, lib/db/daily-repo.ts)
 * so the page never scans a million answers.
 */
export interface DayCounts {
  readonly answers: number;
  /** Answers graded Again. */
  readonly again: number;
  /** First answers of new cards: cards learned that day. */
  readonly learned: number;
  /** Review answers (not learning steps) after less than 21 days, and how many passed. */
  readonly young: number;
  readonly youngPassed: number;
  /** Review answers after 21 days or more, and how many passed. */
  readonly mature: number;
  readonly maturePassed: number;
  /** Time spent answering, ms. */
  readonly ms: number;
}

export const ZERO_COUNTS: DayCounts = {
  answers: 0,
  again: 0,
  learned: 0,
  young: 0,
  youngPassed: 0,
  mature: 0,
  maturePassed: 0,
  ms: 0,
};

const FIELDS = Object.keys(ZERO_COUNTS) as (keyof DayCounts)[];

export function addCounts(a: DayCounts, b: DayCounts, sign: 1 | -1 = 1): DayCounts {
  const out = { ...a } as Record<keyof DayCounts, number>;
  for (const f of FIELDS) out[f] = a[f] + sign * b[f];
  return out;
}

export function isZero(c: DayCounts): boolean {
  return FIELDS.every((f) => c[f] === 0);
}

/**
 * What one card's log adds to each study day. Mature means at least 21 days since
 * the answer before (the interval the card was actually given, which for a review
 * on time is its scheduled interval): computed from the log alone, so the same
 * log always counts the same, whatever the scheduler's settings.
 */
export function logContributions(
  events: readonly CardEvent[],
  rolloverHour: number,
): Map<number, DayCounts> {
  const out = new Map<number, DayCounts>();
  const answers = countedAnswers([...events].sort(compareEvents));
  let previous: number | null = null;
  for (const a of answers) {
    const day = studyDayOf(a.at, rolloverHour);
    const passed = a.grade > 1 ? 1 : 0;
    const review = a.from === 'review';
    const mature = review && previous !== null && a.at - previous >= MATURE_DAYS * DAY_MS;
    const add: DayCounts = {
      answers: 1,
      again: 1 - passed,
      learned: a.from === 'new' ? 1 : 0,
      young: review && !mature ? 1 : 0,
      youngPassed: review && !mature ? passed : 0,
      mature: mature ? 1 : 0,
      maturePassed: mature ? passed : 0,
      ms: Math.max(0, Math.min(a.durationMs, MAX_ANSWER_MS)),
    };
    out.set(day, addCounts(out.get(day) ?? ZERO_COUNTS, add));
    previous = a.at;
  }
  return out;
}

/** The change to each day when a card's log goes from `before` to `after`. */
export function logDelta(
  before: readonly CardEvent[],
  after: readonly CardEvent[],
  rolloverHour: number,
): Map<number, DayCounts> {
  const out = logContributions(after, rolloverHour);
  for (const [day, c] of logContributions(before, rolloverHour)) {
    out.set(day, addCounts(out.get(day) ?? ZERO_COUNTS, c, -1));
  }
  for (const [day, c] of out) if (isZero(c)) out.delete(day);
  return out;
}
