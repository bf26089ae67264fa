import { describe, expect, it } from 'vitest';
import { makeCards, type CardSources } from './cards';
import { analyse, fakeLexicon } from './lexicon.fixture';
import type { Unit } from './model';
import type { ArticleId, Lang, UnitId } from './types';

const article = 'bbc-russia-syria' as ArticleId;
const lexicon = fakeLexicon();

function unit(index: number, de: string, it: string, en: string): Unit {
  return { id: `u${index}` as UnitId, index, kind: 'sentence', text: { de, it, en }, score: 0.9 };
}

const units = [
  unit(
    0,
    'Die Geschichte reicht mindestens bis in die Zeit des Kalten Krieges zurück.',
    'La storia risale almeno ai tempi della guerra fredda.',
    'The story goes back at least to the Cold War.',
  ),
  unit(
    1,
    'Assad hat den Krieg auch ohne diese Waffen gewonnen.',
    'Assad stava vincendo la guerra senza queste armi.',
    'Assad was winning the war even without these weapons.',
  ),
];

const sources: CardSources = {
  pool: () => [],
  fallback: () => [],
  gloss: () => undefined,
  neighbours: () => [],
};

function build(us: readonly Unit[]) {
  return makeCards(
    article,
    us,
    (u, lang: Lang) => {
      const others = (['de', 'it', 'en'] as const).filter((l) => l !== lang).map((l) => u.text[l] ?? '');
      const { tokens, infos } = analyse(lexicon, u.text[lang] ?? '', lang, others);
      return tokens.map((token, i) => ({ token, info: infos[i]! }));
    },
    ['de', 'it'],
    sources,
  );
}

describe('makeCards', () => {
  const cards = build(units);

  it('makes cloze, understand and produce cards per unit and language', () => {
    const de0 = cards.filter((c) => c.lang === 'de' && c.unit === 'u0');
    expect(de0.filter((c) => c.kind === 'understand')).toHaveLength(1);
    expect(de0.filter((c) => c.kind === 'produce')).toHaveLength(1);
    expect(de0.filter((c) => c.kind === 'cloze').length).toBeGreaterThan(0);
    for (const c of de0) expect(c.hints).toHaveProperty('it');
  });

  it('blanks the word at its offsets, as written', () => {
    for (const c of cards) {
      if (c.kind === 'cloze') expect(c.text.slice(c.cloze.start, c.cloze.end)).toBe(c.cloze.answer);
    }
  });

  it('gives every card a distinct id', () => {
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  });

  it('keeps the ids of every card whose sentence did not change when one sentence is edited', () => {
    const edited = [units[0]!, { ...units[1]!, text: { ...units[1]!.text, de: 'Assad hat den Krieg ohne diese Waffen gewonnen.' } }];
    const after = build(edited);
    const ids = (cs: typeof cards, lang: Lang, u: string) =>
      cs.filter((c) => c.lang === lang && c.unit === u).map((c) => c.id).sort();
    // Untouched sentences keep every id: progress on them survives a rebuild.
    expect(ids(after, 'de', 'u0')).toEqual(ids(cards, 'de', 'u0'));
    expect(ids(after, 'it', 'u1')).toEqual(ids(cards, 'it', 'u1'));
    // The edited German sentence gets new ids.
    const changed = ids(after, 'de', 'u1');
    expect(changed.some((id) => ids(cards, 'de', 'u1').includes(id))).toBe(false);
  });

  it('keeps ids when only whitespace or quote style changes', () => {
    const respaced = [{ ...units[0]!, text: { ...units[0]!.text, de: `  ${units[0]!.text.de!.replace(' ', '  ')} ` } }, units[1]!];
    expect(build(respaced).map((c) => c.id).sort()).toEqual(cards.map((c) => c.id).sort());
  });
});
