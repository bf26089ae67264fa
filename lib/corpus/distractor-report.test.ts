import { describe, expect, it } from 'vitest';
import { distractorCounts, sumDistractorCounts } from './distractor-report';
import { fakeLexicon } from './lexicon.fixture';
import { analyzeArticle, articleCards, type ArticleSource } from './pipeline';
import { articleId, LANGS } from './types';

const lexicon = fakeLexicon();
const source = {
  id: articleId('bbc-russia-syria'),
  meta: {
    title: { de: 'Russland', it: 'Russia', en: 'Russia' },
    outlet: 'BBC',
    original: 'en',
    madeForTriglot: [],
    license: 'test',
    attribution: 'test',
  },
  texts: {
    de: 'Die Geschichte reicht mindestens bis in die Zeit des Kalten Krieges zurück, als die Sowjetunion in den 1970er Jahren in Syrien an Einfluss gewann und Hilfe und Waffen lieferte.\nIm Jahr 2000 wurde Wladimir Putin Präsident von Russland und Baschar al-Assad Präsident von Syrien.',
    it: 'Questo arriva dopo che un sospetto attacco chimico ha ucciso 80 persone siriane in una città tenuta dai ribelli anti-Assad la scorsa settimana.\nNel 2000 Vladimir Putin divenne presidente della Russia e Bashar al-Assad presidente della Siria.',
    en: 'The story goes back at least to the Cold War, when the Soviet Union gained influence in Syria in the 1970s and sent aid and weapons.\nIn 2000 Vladimir Putin became president of Russia and Bashar al-Assad president of Syria.',
  },
} satisfies ArticleSource;

describe('distractorCounts', () => {
  const analyzed = analyzeArticle(source, lexicon);
  const res = { lexicon, gloss: () => undefined, library: analyzed.words };
  const counts = distractorCounts(analyzed, res);
  const cards = articleCards(analyzed, res).filter((c) => c.kind === 'cloze');

  it('counts the clozes the cards have and one check per option they offer', () => {
    for (const lang of LANGS) {
      const mine = cards.filter((c) => c.lang === lang);
      const c = counts[lang];
      expect(c.clozes ?? 0).toBe(mine.length);
      const offered = mine.reduce((n, card) => n + card.cloze!.options.length - 1, 0);
      expect((c['inflected to slot'] ?? 0) + (c.agrees ?? 0) + (c.unchecked ?? 0)).toBe(offered);
      expect(offered + (c['short of options'] ?? 0)).toBe(3 * mine.length);
    }
    expect(counts.de.clozes).toBeGreaterThan(0);
  });

  it('adds up articles', () => {
    const twice = sumDistractorCounts([counts, counts]);
    expect(twice.de.clozes).toBe(2 * counts.de.clozes!);
  });
});
