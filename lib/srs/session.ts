import type { CardId } from '@/lib/corpus/types';
import type { CardState } from './card-state';
import type { QueueCounts } from './queue';

/**
 * One sitting: today's queue as buildQueue ordered it, plus the learning cards
 * that fall due again during the sitting (after Again, or a short step).
 */
export interface StudySession {
  readonly queue: readonly CardId[];
  /** Sorted by due. */
  readonly learning: readonly { readonly id: CardId; readonly due: number }[];
}

/** As in Anki: with nothing else left, a learning step due within this window is shown early. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export type NextCard =
  | { readonly kind: 'card'; readonly id: CardId }
  | { readonly kind: 'wait'; readonly until: number }
  | { readonly kind: 'done' };

export function startSession(
  queue: readonly CardId[],
  laterToday: readonly { readonly id: CardId; readonly due: number }[] = [],
): StudySession {
  return { queue: [...queue], learning: [...laterToday].sort((a, b) => a.due - b.due) };
}

export function nextCard(session: StudySession, now: number): NextCard {
  const learning = session.learning[0];
  if (learning && learning.due <= now) return { kind: 'card', id: learning.id };
  const head = session.queue[0];
  if (head) return { kind: 'card', id: head };
  if (learning && learning.due <= now + LEARN_AHEAD_MS) return { kind: 'card', id: learning.id };
  if (learning) return { kind: 'wait', until: learning.due - LEARN_AHEAD_MS };
  return { kind: 'done' };
}

const isLearning = (s: CardState) => s.state === 'learning' || s.state === 'relearning';

/**
 * The session after `id` was answered (here or in another tab): the card leaves
 * the queue, and comes back later in the sitting if it is still being learnt
 * and due before the study day ends.
 */
export function afterAnswer(
  session: StudySession,
  id: CardId,
  after: CardState,
  dayEnd: number,
): StudySession {
  const queue = session.queue.filter((q) => q !== id);
  const learning = session.learning.filter((l) => l.id !== id);
  if (isLearning(after) && !after.suspended && after.due < dayEnd) {
    const at = learning.findIndex((l) => l.due > after.due);
    learning.splice(at === -1 ? learning.length : at, 0, { id, due: after.due });
  }
  return { queue, learning };
}

/** What is left, counted the way the study screen shows it. */
export function sessionCounts(
  session: StudySession,
  stateOf: (id: CardId) => CardState | undefined,
): QueueCounts {
  let fresh = 0;
  let learning = session.learning.length;
  let review = 0;
  for (const id of session.queue) {
    const state = stateOf(id)?.state ?? 'new';
    if (state === 'new') fresh++;
    else if (state === 'review') review++;
    else learning++;
  }
  return { new: fresh, learning, review };
}

/** After an undo: the card is back where the learner just saw it, first in line. */
export function returnToFront(session: StudySession, id: CardId): StudySession {
  return {
    queue: [id, ...session.queue.filter((q) => q !== id)],
    learning: session.learning.filter((l) => l.id !== id),
  };
}
