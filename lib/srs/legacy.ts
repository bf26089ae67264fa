/**
 * The log before events (schema v1, backups of versions 1 and 2): answers with
 * the whole state before them, and card states. Both the database upgrade and
 * the backup reader turn them into events the same way, so an old backup of an
 * upgraded device merges without duplicates.
 */
import { contentHash } from '@/lib/corpus/hash';
import type { CardId, Lang } from '@/lib/corpus/types';
import type { CardState, CardStateName } from './card-state';
import type { CardEvent, EventId } from './events';
import type { Grade } from './grade';

export interface LegacyReview {
  readonly cardId: string;
  readonly course: Lang;
  readonly review: number;
  readonly grade: Grade;
  readonly stateBefore: { readonly state: CardStateName };
  readonly durationMs: number;
  readonly typed?: string | null;
  readonly verdict?: string | null;
}

export interface LegacyCard extends CardState {
  readonly id: string;
  readonly course: Lang;
}

/** An old answer as an event; its sequence is its time, which orders it among the rest. */
export function legacyAnswer(r: LegacyReview): CardEvent {
  return {
    id: `v1.${contentHash(`${r.cardId}|${r.review}`)}` as EventId,
    seq: r.review,
    cardId: r.cardId as CardId,
    course: r.course,
    at: r.review,
    kind: 'answer',
    grade: r.grade,
    durationMs: r.durationMs,
    typed: r.typed ?? null,
    verdict: r.verdict ?? null,
    from: r.stateBefore.state,
  };
}

/**
 * An old card state as a snapshot after its answers (`lastAt`, the newest of
 * them): replay starts there, so resets and suspensions the old log never
 * recorded stand. The id hashes the state too: two devices' snapshots differ.
 */
export function legacySnapshot(card: LegacyCard, lastAt: number, fallbackAt: number): CardEvent {
  const { id, course, ...rest } = card;
  const state: CardState = {
    due: rest.due,
    lastReview: rest.lastReview,
    stability: rest.stability,
    difficulty: rest.difficulty,
    scheduledDays: rest.scheduledDays,
    learningSteps: rest.learningSteps,
    reps: rest.reps,
    lapses: rest.lapses,
    state: rest.state,
    suspended: rest.suspended,
    buriedUntil: rest.buriedUntil,
  };
  // A card never answered (suspended while new) has no time of its own.
  const at = Math.max(lastAt, state.lastReview ?? 0) || fallbackAt;
  return {
    id: `v1s.${contentHash(`${id}|${JSON.stringify(state)}`)}` as EventId,
    seq: at + 1,
    cardId: id as CardId,
    course,
    at,
    kind: 'snapshot',
    state,
  };
}

/** Every old review and card of a log as events. */
export function legacyEvents(
  reviews: readonly LegacyReview[],
  cards: readonly LegacyCard[],
  fallbackAt: number,
): CardEvent[] {
  const lastAt = new Map<string, number>();
  for (const r of reviews) lastAt.set(r.cardId, Math.max(lastAt.get(r.cardId) ?? 0, r.review));
  return [
    ...reviews.map((r) => legacyAnswer(r)),
    ...cards.map((c) => legacySnapshot(c, lastAt.get(c.id) ?? 0, fallbackAt)),
  ];
}
