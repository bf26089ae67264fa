import { describe, expect, it } from 'vitest';
import {
  chooseClozes,
  chooseDistractors,
  endingClass,
  isClozeCandidate,
  type DistractorSource,
} from './cloze';
import type { WordInfo } from './lexicon';
import { analyse, fakeLexicon } from './lexicon.fixture';
import type { Lang } from './types';

const lexicon = fakeLexicon();

function clozes(sentence: string, lang: Lang, opts?: { max?: number; band?: number }) {
  const { tokens, infos } = analyse(lexicon, sentence, lang);
  return chooseClozes(tokens, infos, opts).map((i) => tokens[i]!.text);
}

const BBC_DE = [
  'Im Jahr 2000 wurde Wladimir Putin Präsident von Russland und Baschar al-Assad Präsident von Syrien.',
  'Die Geschichte reicht mindestens bis in die Zeit des Kalten Krieges zurück, als die Sowjetunion in den 1970er Jahren in Syrien an Einfluss gewann und Hilfe und Waffen lieferte.',
  'Aber im Moment lässt Russland seine Unterstützung für die Pro-Assad-Kräfte nicht fallen.',
];
const BBC_IT =
  'Questo arriva dopo che un sospetto attacco chimico ha ucciso 80 persone siriane in una città tenuta dai ribelli anti-Assad la scorsa settimana.';

describe('chooseClozes', () => {
  it('never blanks a function word, a name or a number', () => {
    for (const [sentence, lang] of [
      ...BBC_DE.map((s) => [s, 'de'] as const),
      [BBC_IT, 'it'] as const,
    ]) {
      const { tokens, infos } = analyse(lexicon, sentence, lang);
      for (const i of chooseClozes(tokens, infos, { max: Infinity })) {
        expect(['func', 'propn', 'num'], tokens[i]!.text).not.toContain(infos[i]!.pos);
      }
    }
    const first = clozes(BBC_DE[0]!, 'de', { max: Infinity });
    for (const w of [
      'Im',
      '2000',
      'wurde',
      'Wladimir',
      'Putin',
      'Russland',
      'von',
      'al-Assad',
      'Syrien',
    ]) {
      expect(first).not.toContain(w);
    }
  });

  it('blanks one occurrence per lemma (Präsident appears twice)', () => {
    expect(clozes(BBC_DE[0]!, 'de')).toEqual(['Präsident', 'Jahr']);
  });

  it('keeps several clozes per sentence, the least common within the band first', () => {
    // Krieges heads the name Kalter Krieg; mindestens is only guessed to be an adverb.
    expect(clozes(BBC_DE[1]!, 'de')).toEqual(['lieferte', 'Einfluss', 'Waffen']);
    expect(clozes(BBC_DE[1]!, 'de', { max: 5 })).toEqual([
      'lieferte',
      'Einfluss',
      'Waffen',
      'reicht',
      'gewann',
    ]);
  });

  it('puts words beyond the band after the band, the more common first', () => {
    // With a band of 1000 only Jahren, Zeit, … are "known"; lieferte (8465) follows them.
    expect(clozes(BBC_DE[1]!, 'de', { band: 1000, max: 4 })).toEqual([
      'Waffen',
      'reicht',
      'gewann',
      'Hilfe',
    ]);
    const all = clozes(BBC_DE[1]!, 'de', { band: 1000, max: Infinity });
    expect(all.slice(-3)).toEqual(['Zeit', 'Einfluss', 'lieferte']);
    expect(all).not.toContain('mindestens');
  });

  it('skips hyphenated compounds and unknown words', () => {
    expect(clozes(BBC_DE[2]!, 'de', { max: Infinity })).not.toContain('Pro-Assad-Kräfte');
    // Nothing else in it is in the fake dictionary: names or unranked unknown words.
    expect(clozes(BBC_DE[2]!, 'de', { max: Infinity })).toEqual([]);
  });

  it('chooses Italian clozes from the same rules', () => {
    // un sospetto attacco: sospetto may be the noun or the adjective, so it is not sure;
    // tenuta dai ribelli is a participle with its agent.
    expect(clozes(BBC_IT, 'it')).toEqual(['chimico', 'ribelli', 'tenuta']);
    // siriane (rank 22657) lies beyond the band: it comes after every word within it.
    expect(clozes(BBC_IT, 'it', { max: Infinity }).at(-1)).toBe('siriane');
  });

  it('requires three letters and a dictionary class outside the band', () => {
    const { tokens } = analyse(lexicon, 'Er ist da.', 'de');
    const other: WordInfo = { lemma: 'xyz', pos: 'other', rank: 20_000 };
    expect(isClozeCandidate(tokens[0]!, { lemma: 'er', pos: 'noun', rank: 5 })).toBe(false);
    const [word] = analyse(lexicon, 'Quatsch', 'de').tokens;
    expect(isClozeCandidate(word!, other)).toBe(false);
    expect(isClozeCandidate(word!, { ...other, rank: 900 })).toBe(true);
    expect(isClozeCandidate(word!, { lemma: 'Quatsch', pos: 'noun' })).toBe(true);
  });
});

const noun = (
  lemma: string,
  gender: 'm' | 'f' | 'n',
  number: 'sg' | 'pl',
  rank?: number,
): WordInfo => ({
  lemma,
  pos: 'noun',
  gender,
  number,
  ...(rank ? { rank } : {}),
});
const item = (text: string, info: WordInfo, articleId = 'bbc'): DistractorSource => ({
  text,
  info,
  articleId,
});

describe('chooseDistractors', () => {
  const waffen = { text: 'Waffen', info: noun('Waffe', 'f', 'pl', 805) };
  const pool: DistractorSource[] = [
    item('Waffen', waffen.info),
    item('Waffe', noun('Waffe', 'f', 'sg', 400)),
    item('Menschen', noun('Mensch', 'm', 'pl', 279)),
    item('Hilfe', noun('Hilfe', 'f', 'sg', 363)),
    item('Gruppen', noun('Gruppe', 'f', 'pl', 1500)),
    item('Kräfte', noun('Kraft', 'f', 'pl', 900)),
    item('Seiten', noun('Seite', 'f', 'pl', 2000)),
    item('Putin', { lemma: 'Putin', pos: 'propn' }),
    item('Sanktionen', noun('Sanktion', 'f', 'pl', 3000), 'cnn'),
    item('Bomben', noun('Bombe', 'f', 'pl', 1700), 'cnn'),
  ];

  it('gives three distinct nouns of the same gender and number from the same article', () => {
    const out = chooseDistractors(waffen, pool, 'bbc');
    expect(out).toHaveLength(3);
    expect(new Set(out).size).toBe(3);
    expect([...out].sort()).toEqual(['Gruppen', 'Kräfte', 'Seiten']);
  });

  it('never offers the answer, another form of its lemma, or a case variant', () => {
    const out = chooseDistractors(
      waffen,
      [...pool, item('WAFFEN', waffen.info), item('waffen', waffen.info)],
      'bbc',
      10,
    );
    expect(out).not.toContain('Waffen');
    expect(out).not.toContain('Waffe');
    expect(out.map((o) => o.toLowerCase())).not.toContain('waffen');
    expect(out).not.toContain('Putin');
    expect(out).not.toContain('Menschen');
    expect(out).not.toContain('Hilfe');
  });

  it('takes other articles, then the fallback list, when the article has too few', () => {
    const out = chooseDistractors(waffen, pool, 'cnn');
    expect(out.slice(0, 2).sort()).toEqual(['Bomben', 'Sanktionen']);
    const fallback = [{ text: 'Raketen', info: noun('Rakete', 'f', 'pl', 1200) }];
    const few = chooseDistractors(waffen, pool.slice(0, 4), 'bbc', 3, { fallback });
    expect(few).toEqual(['Raketen']);
  });

  it('drops words with the same gloss: they would be right too', () => {
    const gloss = (lemma: string) =>
      ({ Waffe: 'weapon; gun', Schusswaffe: 'firearm; gun', Gruppe: 'group' })[lemma];
    const withSynonym = [...pool, item('Schusswaffen', noun('Schusswaffe', 'f', 'pl', 900))];
    const out = chooseDistractors(waffen, withSynonym, 'bbc', 10, { gloss });
    expect(out).not.toContain('Schusswaffen');
    expect(chooseDistractors(waffen, withSynonym, 'bbc', 10)).toContain('Schusswaffen');
  });

  it('prefers the same verb ending and matches the answer’s capitals', () => {
    const answer = {
      text: 'kämpft',
      info: { lemma: 'kämpfen', pos: 'verb', rank: 2000 } as WordInfo,
    };
    const verbs: DistractorSource[] = [
      item('gewann', { lemma: 'gewinnen', pos: 'verb', rank: 458 }),
      item('liefert', { lemma: 'liefern', pos: 'verb', rank: 3000 }),
      item('Unterstützt', { lemma: 'unterstützen', pos: 'verb', rank: 1200 }),
      item('sagt', { lemma: 'sagen', pos: 'verb', rank: 264 }),
      item('kämpfen', { lemma: 'kämpfen', pos: 'verb', rank: 886 }),
    ];
    expect(endingClass('kämpft', 'kämpfen')).toBe(endingClass('liefert', 'liefern'));
    const out = chooseDistractors(answer, verbs, 'bbc');
    expect([...out].sort()).toEqual(['liefert', 'sagt', 'unterstützt']);
    const capital = chooseDistractors({ ...answer, text: 'Kämpft' }, verbs, 'bbc');
    expect(capital.every((w) => /^\p{Lu}/u.test(w))).toBe(true);
  });

  it('lower-cases a sentence-initial Italian candidate and de-duplicates it', () => {
    const armi = { text: 'armi', info: noun('arma', 'f', 'pl', 822) };
    const it: DistractorSource[] = [
      item('Armi', armi.info),
      item('arma', noun('arma', 'f', 'sg', 600)),
      item('Forze', noun('forza', 'f', 'pl', 273)),
      item('forze', noun('forza', 'f', 'pl', 273)),
      item('persone', noun('persona', 'f', 'pl', 180)),
      item('truppe', noun('truppa', 'f', 'pl', 1900)),
      item('ribelli', noun('ribelle', 'm', 'pl', 2200)),
    ];
    expect([...chooseDistractors(armi, it, 'bbc')].sort()).toEqual(['forze', 'persone', 'truppe']);
  });

  it('leaves out words the caller excludes, such as the rest of the sentence', () => {
    const out = chooseDistractors(waffen, pool, 'bbc', 3, { exclude: ['Gruppen', 'kräfte'] });
    expect([...out].sort()).toEqual(['Bomben', 'Sanktionen', 'Seiten']);
    expect(out[0]).toBe('Seiten');
  });

  it('is deterministic and independent of the pool order', () => {
    const a = chooseDistractors(waffen, pool, 'bbc', 2);
    const b = chooseDistractors(waffen, [...pool].reverse(), 'bbc', 2);
    expect(a).toEqual(b);
    expect(chooseDistractors(waffen, pool, 'bbc', 2)).toEqual(a);
  });

  it('offers nothing for names, numbers and function words', () => {
    expect(
      chooseDistractors({ text: 'Putin', info: { lemma: 'Putin', pos: 'propn' } }, pool, 'bbc'),
    ).toEqual([]);
  });
});
