import type { CardState } from './card-state';
import type { ReviewLogEntry } from './review-log';

export type UndoResult =
  | { readonly ok: true; readonly state: CardState }
  | { readonly ok: false; readonly code: 'NOT_LAST_ANSWER' };

/**
 * Undo = restore `entry.stateBefore` and delete the entry (the caller does both in one
 * transaction). Refused unless `entry` produced `current`: undoing an older answer would silently
 * drop the answers after it.
 */
export function undoAnswer(current: CardState, entry: ReviewLogEntry): UndoResult {
  // Every answer stamps lastReview with its own time, so this pins the entry to the state.
  if (current.lastReview !== entry.review || current.state !== entry.stateAfter) {
    return { ok: false, code: 'NOT_LAST_ANSWER' };
  }
  return { ok: true, state: entry.stateBefore };
}
