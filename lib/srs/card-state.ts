import { createEmptyCard, State, type Card } from 'ts-fsrs';
import { assertNever } from '@/lib/assert';
import { toEpochMs, type Instant } from './instant';

export const CARD_STATE_NAMES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardStateName = (typeof CARD_STATE_NAMES)[number];

/**
 * What we store per card: ts-fsrs's Card with times as epoch ms (IndexedDB indexes sort numbers,
 * not Dates) and the state as a readable name. The deprecated `elapsed_days` is not kept: ts-fsrs
 * recomputes it from `last_review` on every answer.
 */
export interface CardState {
  readonly due: number;
  readonly lastReview: number | null;
  readonly stability: number;
  readonly difficulty: number;
  readonly scheduledDays: number;
  /** Index of the current (re)learning step, as ts-fsrs counts it. */
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: CardStateName;
  /** The learner's flags; scheduling carries them through unchanged. */
  readonly suspended: boolean;
  readonly buriedUntil: number | null;
}

export type CardFlags = Pick<CardState, 'suspended' | 'buriedUntil'>;

const NO_FLAGS: CardFlags = { suspended: false, buriedUntil: null };

export function isCardStateName(value: unknown): value is CardStateName {
  return typeof value === 'string' && (CARD_STATE_NAMES as readonly string[]).includes(value);
}

export function stateName(state: State): CardStateName {
  switch (state) {
    case State.New:
      return 'new';
    case State.Learning:
      return 'learning';
    case State.Review:
      return 'review';
    case State.Relearning:
      return 'relearning';
    default:
      return assertNever(state, 'ts-fsrs State');
  }
}

export function fsrsState(name: CardStateName): State {
  switch (name) {
    case 'new':
      return State.New;
    case 'learning':
      return State.Learning;
    case 'review':
      return State.Review;
    case 'relearning':
      return State.Relearning;
    default:
      return assertNever(name, 'card state');
  }
}

/** A card never answered, due at `now`. Same numbers as ts-fsrs's createEmptyCard. */
export function newCardState(now: Instant, flags: CardFlags = NO_FLAGS): CardState {
  return fromFsrsCard(createEmptyCard(new Date(toEpochMs(now))), flags);
}

export function toFsrsCard(s: CardState): Card {
  const card: Card = {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    // Deprecated and recomputed by ts-fsrs from last_review before it is read; 0 is never used.
    elapsed_days: 0,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: fsrsState(s.state),
  };
  if (s.lastReview !== null) card.last_review = new Date(s.lastReview);
  return card;
}

export function fromFsrsCard(card: Card, flags: CardFlags = NO_FLAGS): CardState {
  return {
    due: card.due.getTime(),
    lastReview: card.last_review ? card.last_review.getTime() : null,
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: stateName(card.state),
    suspended: flags.suspended,
    buriedUntil: flags.buriedUntil,
  };
}
