import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainDistractors, type DistractorSource } from './cloze';
import { decodeGlossary } from './glossary-file';
import type { ContentPos, WordInfo } from './lexicon';
import {
  bridgedKin,
  countRelatedness,
  emptyRelatednessCounts,
  meaningOf,
  rankByRelatedness,
  type PlausibilityCandidate,
} from './plausibility';
import { createThesaurus, decodeThesaurus, thesaurusFilePath, type Thesaurus } from './thesaurus';
import type { Lang } from './types';

// The committed files, as the build and the Worker read them.
const PUBLIC = join(__dirname, '..', '..', 'public');
const thesaurus = (lang: Lang): Thesaurus =>
  createThesaurus(decodeThesaurus(readFileSync(join(PUBLIC, thesaurusFilePath(lang)), 'utf8')));
const de = thesaurus('de');
const it_ = thesaurus('it');
const en = thesaurus('en');
const glossary = decodeGlossary(readFileSync(join(PUBLIC, 'lexicon/de-en.gloss'), 'utf8')).entries;
const gloss = (lemma: string) => glossary.get(lemma.toLowerCase());
const german = (lemma: string, pos: ContentPos) =>
  meaningOf({ lemma, pos }, de, { english: en, gloss });

const own = (lemma: string, rank?: number): PlausibilityCandidate => ({
  text: lemma,
  lemma,
  sameArticle: true,
  ...(rank !== undefined ? { rank } : {}),
});
const texts = (ranked: readonly { text: string }[]) => ranked.map((c) => c.text);

describe('rankByRelatedness', () => {
  it('BBC en "aid and [weapons]": missiles before relations and views; arms is right, never offered', () => {
    const ranked = rankByRelatedness(
      { rank: 2000 },
      ['relation', 'view', 'arm', 'troop', 'missile'].map((l) => own(l)),
      meaningOf({ lemma: 'weapon', pos: 'noun' }, en),
    );
    expect(texts(ranked)[0]).toBe('missile');
    expect(ranked[0]!.relatedness).toBe('co-hyponym');
    expect(texts(ranked)).not.toContain('arm');
    // WordNet puts troops under force/personnel, weapons under instrument: no link it knows.
    expect(ranked.find((c) => c.text === 'troop')!.relatedness).toBe('same topic');
  });

  it('BBC de "Hilfe und [Waffen]": Bomben, Panzer, Gewehre before Jahre (through the English glosses)', () => {
    const ranked = rankByRelatedness(
      { rank: 3000 },
      ['Jahr', 'Beziehung', 'Bombe', 'Panzer', 'Gewehr'].map((l) => own(l)),
      german('Waffe', 'noun'),
    );
    expect(texts(ranked).slice(0, 3)).toEqual(['Bombe', 'Panzer', 'Gewehr']);
    expect(ranked.map((c) => c.relatedness)).toEqual([
      'co-hyponym',
      'co-hyponym',
      'co-hyponym',
      'same topic',
      'same topic',
    ]);
  });

  it('CNN de "[Vereinbarung]": Abmachung and Einigung never offered, the rest by frequency', () => {
    const ranked = rankByRelatedness(
      { rank: 5000 },
      [own('Abmachung', 9000), own('Frage', 300), own('Einigung', 6000), own('Garantie', 7000)],
      german('Vereinbarung', 'noun'),
    );
    expect(texts(ranked)).toEqual(['Garantie', 'Frage']);
  });

  it('it "[davvero]": veramente and realmente are right answers; the army is kin of arms', () => {
    const adverbs = rankByRelatedness(
      {},
      ['veramente', 'realmente', 'subito', 'spesso'].map((l) => own(l)),
      meaningOf({ lemma: 'davvero', pos: 'adv' }, it_),
    );
    expect(texts(adverbs)).toEqual(['subito', 'spesso']);
    const nouns = rankByRelatedness(
      {},
      [own('anno'), own('relazione'), { text: 'truppe', lemma: 'truppa', sameArticle: false }],
      meaningOf({ lemma: 'arma', pos: 'noun' }, it_),
    );
    expect(nouns[0]).toMatchObject({ text: 'truppe', relatedness: 'related' });
  });

  it('new sentences: "a [big] house" keeps small (an antonym) and drops large and huge', () => {
    const ranked = rankByRelatedness(
      {},
      ['large', 'huge', 'small', 'green'].map((l) => ({ text: l, lemma: l, sameArticle: false })),
      meaningOf({ lemma: 'big', pos: 'adj' }, en),
    );
    expect(texts(ranked)).not.toContain('large');
    expect(texts(ranked)).not.toContain('huge');
    expect(texts(ranked)).toContain('small');
  });

  it('within a class, a similar frequency first, then the given order', () => {
    const none = () => undefined;
    const ranked = rankByRelatedness(
      { rank: 1000 },
      [own('a', 9000), own('b', 1500), own('c'), own('d', 600)],
      none,
    );
    expect(texts(ranked)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('explainDistractors with a meaning', () => {
  const noun = (lemma: string, number: 'sg' | 'pl' = 'pl', rank = 3000): WordInfo => ({
    lemma,
    pos: 'noun',
    number,
    rank,
    certainty: 'sure',
  });
  const pool = (article: string, words: [string, string][]): DistractorSource[] =>
    words.map(([text, lemma]) => ({ text, info: noun(lemma), articleId: article }));

  it('puts a related word of another article before an unrelated one of this article', () => {
    const choice = explainDistractors(
      { text: 'weapons', info: noun('weapon') },
      [
        ...pool('bbc', [
          ['relations', 'relation'],
          ['views', 'view'],
          ['years', 'year'],
          ['arms', 'arm'],
        ]),
        ...pool('cnn', [['missiles', 'missile']]),
      ],
      'bbc',
      3,
      { meaning: meaningOf({ lemma: 'weapon', pos: 'noun' }, en) },
    );
    expect(choice.options[0]).toBe('missiles');
    expect(choice.relatedness[0]).toBe('co-hyponym');
    expect(choice.options).not.toContain('arms');
    expect(choice.rejected.synonym).toBe(1);
    expect(choice.relatedness.slice(1)).toEqual(['same topic', 'same topic']);
  });

  it('keeps the grammar first: a related word in the wrong number is not preferred', () => {
    const choice = explainDistractors(
      { text: 'Waffen', info: noun('Waffe') },
      [
        { text: 'Bombe', info: noun('Bombe', 'sg'), articleId: 'x' },
        ...pool('bbc', [
          ['Jahre', 'Jahr'],
          ['Länder', 'Land'],
          ['Staaten', 'Staat'],
        ]),
      ],
      'bbc',
      3,
      { meaning: german('Waffe', 'noun') },
    );
    // Nouns keep the answer's number: the singular Bombe is in another bucket.
    expect(choice.options).not.toContain('Bombe');
    expect(choice.options).toHaveLength(3);
  });

  it('looks up the thesaurus’s kin in the vocabulary even when the library has enough', () => {
    const choice = explainDistractors(
      { text: 'weapons', info: noun('weapon') },
      pool('bbc', [
        ['relations', 'relation'],
        ['views', 'view'],
        ['years', 'year'],
      ]),
      'bbc',
      3,
      {
        meaning: meaningOf({ lemma: 'weapon', pos: 'noun' }, en),
        kin: en.kin('weapon', 'noun'),
        fallback: [
          { text: 'guns', info: noun('gun') },
          { text: 'tables', info: noun('table') },
        ],
      },
    );
    expect(choice.options[0]).toBe('guns');
    expect(choice.options).not.toContain('tables');
  });
});

describe('countRelatedness', () => {
  it('counts options per class and the clozes with at least one related option', () => {
    const out = emptyRelatednessCounts();
    countRelatedness(out, ['co-hyponym', 'same topic', 'other']);
    countRelatedness(out, ['same topic', 'same topic', 'other']);
    countRelatedness(out, ['related']);
    expect(out).toEqual({
      'co-hyponym': 1,
      related: 1,
      'same topic': 3,
      other: 2,
      clozesWithRelated: 2,
    });
  });
});

describe('Italian through the English thesaurus, in the hint’s sense (issue 10, second round)', () => {
  const itGloss = decodeGlossary(readFileSync(join(PUBLIC, 'lexicon/it-en.gloss'), 'utf8')).entries;
  const italian = (lemma: string, pos: ContentPos, anchors: string[]) =>
    meaningOf({ lemma, pos }, it_, {
      english: en,
      gloss: (l) => itGloss.get(l.toLowerCase()),
      anchors,
      ownKin: false,
    });

  it('BBC "queste [armi] in azione": a rifle is a weapon too; the army is still a synonym', () => {
    const arma = italian('arma', 'noun', ['weapon']);
    expect(arma('fucile')).toBe('co-hyponym');
    expect(arma('esercito')).toBe('synonym');
    expect(arma('relazione')).toBeUndefined();
  });

  it('BBC "Il [ruolo] della primavera araba": the thesaurus’s long lists no longer relate fine, conto', () => {
    const ruolo = italian('ruolo', 'noun', ['role']);
    expect(ruolo('fine')).toBeUndefined();
    expect(ruolo('conto')).toBeUndefined();
    // Nor does the thesaurus itself, now that it reads ruolo's main sense only.
    expect(it_.relation('ruolo', 'conto', 'noun')).toBeUndefined();
    // Its synonyms stay right answers, never options.
    expect(ruolo('funzione')).toBe('synonym');
  });

  it('reads a German answer in the sense the hint marks (new: Reaktion as a response)', () => {
    const asResponse = meaningOf({ lemma: 'Reaktion', pos: 'noun' }, de, {
      english: en,
      gloss,
      anchors: ['response'],
    });
    expect(asResponse('Oxidation')).toBeUndefined();
  });
});

describe('bridgedKin: co-hyponyms from the whole vocabulary by way of English (issue 10, third round)', () => {
  const itGloss = decodeGlossary(readFileSync(join(PUBLIC, 'lexicon/it-en.gloss'), 'utf8')).entries;
  const itBridge = (anchors: string[]) => ({
    english: en,
    gloss: (l: string) => itGloss.get(l.toLowerCase()),
    anchors,
  });

  it('BBC "testare il loro [equipaggiamento] militare": a tool is a kind of equipment too', () => {
    const kin = bridgedKin({ lemma: 'equipaggiamento', pos: 'noun' }, itBridge(['equipment']));
    expect(kin).toBeDefined();
    expect(kin!('strumento')).toBe(true);
    expect(kin!('relazione')).toBe(false);
  });

  it('new: for "[armi]" the vocabulary offers fucili before words of the same article', () => {
    const kin = bridgedKin({ lemma: 'arma', pos: 'noun' }, itBridge(['weapon']));
    const plural = (text: string, lemma: string) => ({
      text,
      // No gender: the test is about meaning, and fucile is masculine where arma is feminine.
      info: { lemma, pos: 'noun', number: 'pl' } satisfies WordInfo,
    });
    const choice = explainDistractors(
      plural('armi', 'arma'),
      [
        plural('relazioni', 'relazione'),
        plural('rivolte', 'rivolta'),
        plural('vendite', 'vendita'),
      ].map((c) => ({ ...c, articleId: 'bbc' })),
      'bbc',
      3,
      {
        meaning: meaningOf({ lemma: 'arma', pos: 'noun' }, it_, {
          ...itBridge(['weapon']),
          ownKin: false,
        }),
        ...(kin ? { bridgedKin: kin } : {}),
        fallback: [plural('fucili', 'fucile'), plural('tavole', 'tavola')],
      },
    );
    expect(choice.options[0]).toBe('fucili');
    expect(choice.relatedness[0]).toBe('co-hyponym');
    expect(choice.options).not.toContain('tavole');
  });

  it('is undefined when the answer has no English kin', () => {
    expect(
      bridgedKin({ lemma: 'zzz', pos: 'noun' }, { english: en, gloss: () => undefined }),
    ).toBeUndefined();
  });
});
