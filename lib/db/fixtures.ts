/** Test helpers: stored rows as the event log would leave them. */
import type { CardId, Lang } from '@/lib/corpus/types';
import { newCardState, type CardState } from '@/lib/srs/card-state';
import type { EventId } from '@/lib/srs/events';
import type { CardRow } from './schema';

/** A card row for a test that seeds states directly (its head names no real event). */
export function testCardRow(
  key: { id: CardId | string; course: Lang; sibling: string },
  state: Partial<CardState> = {},
  now = 0,
): CardRow {
  return {
    ...newCardState(now),
    ...state,
    id: key.id as CardId,
    course: key.course,
    sibling: key.sibling,
    head: `test.${key.id}` as EventId,
    seq: 0,
    time: now,
  };
}
