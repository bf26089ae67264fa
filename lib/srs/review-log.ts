import type { CardId } from '@/lib/corpus/types';
import type { CardState, CardStateName } from './card-state';
import type { Grade } from './grade';

/**
 * One answer, as the log keeps it. `stateBefore` is the whole prior state, so undo is a plain
 * restore and never has to run FSRS backwards (ts-fsrs's rollback cannot recover flags or a
 * fuzzed due).
 */
export interface ReviewLogEntry {
  readonly cardId: CardId;
  /** When the answer was given, epoch ms. */
  readonly review: number;
  readonly grade: Grade;
  readonly stateBefore: CardState;
  readonly stateAfter: CardStateName;
  /** Days since the previous review as FSRS counted them (UTC calendar days); 0 for a new card. */
  readonly elapsedDays: number;
  readonly durationMs: number;
  readonly typed?: string | null;
  /** The answer checker's verdict, serialised by the caller (e.g. 'almost:typo'). */
  readonly verdict?: string | null;
}
