import { describe, expect, it } from 'vitest';
import { leftOutCounts } from './left-out';
import { fakeLexicon } from './lexicon.fixture';
import { joinCard, cardContent } from './model';
import { analyzeArticle, articleCards } from './pipeline';
import { articleId } from './types';

const source = {
  id: articleId('test-furniture'),
  meta: {
    title: { de: 'Test', it: 'Test', en: 'Test' },
    outlet: 'Test',
    original: null,
    madeForTriglot: [],
    license: 'test',
    attribution: 'test',
  },
  pivot: 'de' as const,
  texts: {
    de: [
      'Das Wichtigste in Kürze',
      'Russland will den Krieg in Syrien gewinnen',
      'Von Anna Schmidt',
      'Russland will den Krieg in Syrien gewinnen, sagt Reeve in London.',
      '- der so genannte Islamische Staat (IS)',
      'Prof. Light sagt: „Assad hat den Krieg auch ohne diese Waffen gewonnen.“',
      '„Sie wollen sie nicht in Russland haben. Sie wollen sie töten.“',
    ].join('\n'),
    it: [
      'I punti chiave',
      'La Russia vuole vincere la guerra in Siria',
      'di Anna Schmidt',
      'La Russia vuole vincere la guerra in Siria, dice Reeve a Londra.',
      '- Il cosiddetto Stato Islamico (IS)',
      'Prof Light dice: “Assad stava vincendo la guerra senza.',
      '“Non li vogliono in Russia. Vogliono ucciderli.”',
    ].join('\n'),
    en: [
      'Story highlights',
      'Russia wants to win the war in Syria',
      'By Anna Schmidt',
      'Russia wants to win the war in Syria, says Reeve in London.',
      '- the so-called Islamic State (IS)',
      'Prof Light says: “Assad was winning the war even without these weapons.”',
      '“They don’t want them in Russia. They want to kill them.”',
    ].join('\n'),
  },
};

describe('left-out texts through the pipeline', () => {
  const lexicon = fakeLexicon();
  const analyzed = analyzeArticle(source, lexicon);
  const cards = articleCards(analyzed, {
    lexicon,
    gloss: () => undefined,
    library: analyzed.words,
  });
  const units = analyzed.article.units;

  it('drops furniture lines before alignment, in every language', () => {
    expect(units.map((u) => u.text.en)).toEqual([
      'Russia wants to win the war in Syria, says Reeve in London.',
      '- the so-called Islamic State (IS)',
      'Prof Light says: “Assad was winning the war even without these weapons.”',
      '“They don’t want them in Russia. They want to kill them.”',
    ]);
    expect(units[3]!.text.de).toBe(
      '„Sie wollen sie nicht in Russland haben. Sie wollen sie töten.“',
    );
  });

  it('marks fragments on their unit and makes no cards from them', () => {
    expect(units[1]!.leftOut).toEqual({
      de: 'fragment:list-item',
      it: 'fragment:list-item',
      en: 'fragment:list-item',
    });
    expect(units[2]!.leftOut).toEqual({ it: 'fragment:cut-off' });
    expect(cards.filter((c) => c.unit === units[1]!.id)).toEqual([]);
    expect(cards.filter((c) => c.unit === units[2]!.id && c.lang === 'it')).toEqual([]);
  });

  it('does not hint with a cut-off translation, when built or joined from storage', () => {
    const de = cards.filter((c) => c.unit === units[2]!.id && c.lang === 'de');
    expect(de.length).toBeGreaterThan(0);
    for (const c of de) {
      expect(Object.keys(c.hints)).toEqual(['en']);
      expect(Object.keys(joinCard(cardContent(c), units[2]!).hints)).toEqual(['en']);
    }
  });

  it('counts what was left out and repaired, per reason and language', () => {
    const report = leftOutCounts(analyzed);
    for (const l of ['de', 'it', 'en'] as const) {
      expect(report.leftOut[l]['furniture:highlights']?.texts).toBe(2);
      expect(report.leftOut[l]['furniture:byline']?.texts).toBe(1);
      expect(report.leftOut[l]['fragment:list-item']?.texts).toBe(1);
      expect(report.repaired[l]['quote:joined']).toBe(1);
    }
    expect(report.leftOut.it['fragment:cut-off']?.texts).toBe(1);
    expect(report.leftOut.de['fragment:cut-off']).toBeUndefined();
    // The cut-off sentence had clozes to lose (guerra, vincendo in the test dictionary).
    expect(report.leftOut.it['fragment:cut-off']!.clozes).toBeGreaterThan(0);
  });
});
