import type { CardState } from './card-state';
import type { SrsSettings } from './params';
import type { ReviewLogEntry } from './review-log';
import { createScheduler } from './scheduler';

/**
 * Rebuilds a card's state from its review log, e.g. after merging two backups. Starts from the
 * earliest entry's `stateBefore` and answers each entry again in time order.
 *
 * Fuzz is safe to leave on: ts-fsrs seeds it from the review time, reps and memory state, so the
 * same log gives the same due dates. Replaying with the settings that were live reproduces the
 * stored state exactly; with other settings (say a new retention) it reschedules under them.
 * Returns null for an empty log: there is nothing to start from.
 */
export function replay(logs: readonly ReviewLogEntry[], settings: SrsSettings): CardState | null {
  // Stable sort: entries with equal times keep the caller's order.
  const ordered = [...logs].sort((a, b) => a.review - b.review);
  const first = ordered[0];
  if (!first) return null;
  const scheduler = createScheduler(settings);
  let state = first.stateBefore;
  for (const entry of ordered) {
    // Flags are not scheduling history; take them as they stood at each answer, as live did.
    const before = {
      ...state,
      suspended: entry.stateBefore.suspended,
      buriedUntil: entry.stateBefore.buriedUntil,
    };
    state = scheduler.answer(before, entry.grade, entry.review, {
      cardId: entry.cardId,
      durationMs: entry.durationMs,
    }).state;
  }
  return state;
}
