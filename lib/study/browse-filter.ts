import type { CardKind } from '@/lib/corpus/model';
import type { CardState, CardStateName } from '@/lib/srs/card-state';

export type StateFilter = 'all' | CardStateName | 'suspended';
export type KindFilter = 'all' | CardKind;

export function displayState(state: CardState | undefined): CardStateName | 'suspended' {
  if (state?.suspended) return 'suspended';
  return state?.state ?? 'new';
}
