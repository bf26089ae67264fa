import { normalizeToken } from '@/lib/corpus/tokenize';
import type { Card, CardKind } from '@/lib/corpus/model';
import type { CardState, CardStateName } from '@/lib/srs/card-state';

export type StateFilter = 'all' | CardStateName | 'suspended';
export type KindFilter = 'all' | CardKind;

/** Accent- and case-blind, so "perche" finds "perché" and "strasse" finds "Straße". */
export function searchKey(text: string): string {
  return normalizeToken(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
}

export function displayState(state: CardState | undefined): CardStateName | 'suspended' {
  if (state?.suspended) return 'suspended';
  return state?.state ?? 'new';
}

export function filterCards(
  cards: readonly Card[],
  stateOf: (card: Card) => CardState | undefined,
  filter: { query: string; kind: KindFilter; state: StateFilter },
): Card[] {
  const terms = searchKey(filter.query).split(/\s+/).filter(Boolean);
  return cards.filter((card) => {
    if (filter.kind !== 'all' && card.kind !== filter.kind) return false;
    if (filter.state !== 'all' && displayState(stateOf(card)) !== filter.state) return false;
    if (terms.length === 0) return true;
    const haystack = searchKey([card.text, ...Object.values(card.hints)].join(' '));
    return terms.every((t) => haystack.includes(t));
  });
}
