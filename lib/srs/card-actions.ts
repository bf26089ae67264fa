/**
 * What suspending and resetting a card mean for its state, apart from where it
 * is stored: Browse asks for them, lib/db writes them.
 */
import { newCardState, type CardState } from './card-state';
import type { Scheduler } from './scheduler';

/** Suspended cards are never shown; the schedule itself is kept for when it is lifted. */
export function suspended(state: CardState, on: boolean): CardState {
  return { ...state, suspended: on };
}

/**
 * Back to new, due at `now`, its history kept in the log. The flags stand: a
 * reset is about what the card's schedule knows, not whether the learner wants it.
 */
export function reset(state: CardState, now: number): CardState {
  return newCardState(now, state);
}

/** A card never answered (or already reset) has nothing to reset. */
export function canReset(state: CardState | undefined): boolean {
  return state !== undefined && state.state !== 'new';
}

/** How long a word marked "known already" waits before it is first asked: about two months. */
export const KNOWN_STABILITY_DAYS = 60;
const DAY_MS = 86_400_000;

/**
 * "I know this": a review with a long first interval rather than a hidden card, so a
 * learner who was wrong about it meets it again. The difficulty is an Easy answer's
 * (the scheduler's own), so later answers continue from a state FSRS could have made;
 * a card already remembered longer keeps its stability. Lifts a suspension: the
 * learner has just chosen the word.
 */
export function knownState(
  state: CardState,
  now: number,
  scheduler: Pick<Scheduler, 'answer'>,
  meta: Parameters<Scheduler['answer']>[3],
): CardState {
  const easy = scheduler.answer(state, 4, now, meta).state;
  const days = Math.max(KNOWN_STABILITY_DAYS, easy.stability, state.stability);
  return {
    ...easy,
    state: 'review',
    stability: days,
    scheduledDays: Math.round(days),
    learningSteps: 0,
    due: now + Math.round(days) * DAY_MS,
    lastReview: now,
    suspended: false,
    buriedUntil: state.buriedUntil,
  };
}
