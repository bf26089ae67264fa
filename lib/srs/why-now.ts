import { assertNever } from '@/lib/assert';
import type { CardState } from './card-state';
import { GRADES, type Grade } from './grade';
import { toEpochMs, type Instant } from './instant';
import type { Preview, Scheduler } from './scheduler';

const DAY_MS = 86_400_000;

/**
 * Why the card on screen is shown now, as the study screen's "Why now?" panel says
 * it. One kind per path a card takes into today's queue; the panel has one sentence
 * for each, and a new kind fails to compile until it has one.
 */
export type DueReason =
  /** Never answered: the next one in the course's new-card order. */
  | { readonly kind: 'new' }
  /** Between learning steps: due again a step after the last answer. */
  | { readonly kind: 'learning'; readonly dueAt: number; readonly step: number }
  /** Forgotten at a review, so back to the relearning steps. */
  | { readonly kind: 'relearning'; readonly dueAt: number }
  /** A review whose predicted recall has fallen to the desired retention (or below: overdue). */
  | {
      readonly kind: 'review';
      readonly dueAt: number;
      readonly overdueDays: number;
      readonly recallNow: number;
      readonly target: number;
    }
  /** Shown before it is due: the rest of today's work is done and learning steps come early. */
  | { readonly kind: 'ahead'; readonly dueAt: number };

export interface PastAnswer {
  readonly at: number;
  readonly grade: Grade;
  /** Days since the answer before it (null for the first). */
  readonly daysSincePrevious: number | null;
}

export interface Outcome {
  readonly grade: Grade;
  readonly intervalMs: number;
  readonly label: string;
  /** Predicted recall when the card next falls due after this grade. */
  readonly recallAtNext: number;
}

export interface WhyNow {
  readonly reason: DueReason;
  /** Probability of recall now (0 for a new card). */
  readonly recallNow: number;
  /** Days until recall falls to 90 % (FSRS's definition of stability). */
  readonly stability: number;
  /** 1 (easy) to 10 (hard). */
  readonly difficulty: number;
  readonly reps: number;
  readonly lapses: number;
  /** The latest answers, newest first (at most `limit`). */
  readonly lastAnswers: readonly PastAnswer[];
  readonly outcomes: readonly Outcome[];
}

export interface AnswerLike {
  readonly at: number;
  readonly grade: Grade;
}

/**
 * Everything the panel shows, from the card's state, its counted answers (any order)
 * and the preview the grade buttons already hold. Pure: `now` is passed in.
 */
export function explainDue(input: {
  readonly state: CardState;
  readonly answers: readonly AnswerLike[];
  readonly preview: Preview;
  readonly scheduler: Scheduler;
  readonly now: Instant;
  readonly limit?: number;
}): WhyNow {
  const { state, preview, scheduler } = input;
  const now = toEpochMs(input.now);
  const recallNow = state.state === 'new' ? 0 : scheduler.retrievability(state, now);
  const sorted = [...input.answers].sort((a, b) => a.at - b.at);
  const past = sorted.map((a, i): PastAnswer => ({
    at: a.at,
    grade: a.grade,
    daysSincePrevious: i === 0 ? null : (a.at - sorted[i - 1]!.at) / DAY_MS,
  }));
  const outcomes = GRADES.map((grade): Outcome => {
    const option = preview[grade];
    return {
      grade,
      intervalMs: option.intervalMs,
      label: option.label,
      recallAtNext: scheduler.retrievability(option.state, option.state.due),
    };
  });
  return {
    reason: dueReason(state, now, recallNow, scheduler.settings.desiredRetention),
    recallNow,
    stability: state.stability,
    difficulty: state.difficulty,
    reps: state.reps,
    lapses: state.lapses,
    lastAnswers: past.reverse().slice(0, input.limit ?? 5),
    outcomes,
  };
}

export function dueReason(
  state: CardState,
  now: number,
  recallNow: number,
  target: number,
): DueReason {
  if (state.state !== 'new' && state.due > now) return { kind: 'ahead', dueAt: state.due };
  switch (state.state) {
    case 'new':
      return { kind: 'new' };
    case 'learning':
      return { kind: 'learning', dueAt: state.due, step: state.learningSteps + 1 };
    case 'relearning':
      return { kind: 'relearning', dueAt: state.due };
    case 'review':
      return {
        kind: 'review',
        dueAt: state.due,
        overdueDays: Math.max(0, Math.floor((now - state.due) / DAY_MS)),
        recallNow,
        target,
      };
    default:
      return assertNever(state.state, 'card state');
  }
}
