/**
 * What suspending and resetting a card mean for its state, apart from where it
 * is stored: Browse asks for them, lib/db writes them.
 */
import { newCardState, type CardState } from './card-state';

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
