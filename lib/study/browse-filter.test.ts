import { describe, expect, it } from 'vitest';
import type { Card } from '@/lib/corpus/model';
import type { ArticleId, CardId, UnitId } from '@/lib/corpus/types';
import { newCardState } from '@/lib/srs/card-state';
import { filterCards } from './browse-filter';

const card = (id: string, kind: Card['kind'], text: string, hint: string): Card =>
  ({
    id: id as CardId,
    lang: 'it',
    article: 'a' as ArticleId,
    unit: 'u' as UnitId,
    sibling: 's',
    rank: 1,
    text,
    hints: { en: hint },
    kind,
  }) as Card;

const cards = [
  card('1', 'understand', 'Perché è così importante?', 'Why does it matter?'),
  card('2', 'produce', 'La città è tenuta dai ribelli.', 'The town is held by rebels.'),
];

describe('filterCards', () => {
  const none = () => undefined;
  it('searches target and hint text, blind to accents and case', () => {
    expect(
      filterCards(cards, none, { query: 'perche', kind: 'all', state: 'all' }).map((c) => c.id),
    ).toEqual(['1']);
    expect(
      filterCards(cards, none, { query: 'REBELS citta', kind: 'all', state: 'all' }).map(
        (c) => c.id,
      ),
    ).toEqual(['2']);
  });
  it('filters by kind and state', () => {
    expect(
      filterCards(cards, none, { query: '', kind: 'produce', state: 'all' }).map((c) => c.id),
    ).toEqual(['2']);
    const learning = { ...newCardState(0), state: 'learning' as const };
    const stateOf = (c: Card) => (c.id === '2' ? learning : undefined);
    expect(
      filterCards(cards, stateOf, { query: '', kind: 'all', state: 'learning' }).map((c) => c.id),
    ).toEqual(['2']);
    expect(
      filterCards(cards, stateOf, { query: '', kind: 'all', state: 'new' }).map((c) => c.id),
    ).toEqual(['1']);
  });
});
