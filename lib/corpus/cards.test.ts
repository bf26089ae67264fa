import { describe, expect, it } from 'vitest';
import { makeCards, type CardSources } from './cards';
import { analyse, fakeLexicon } from './lexicon.fixture';
import type { Unit } from './model';
import { tokenize } from './tokenize';
import type { ArticleId, Lang, UnitId } from './types';
import type { ClozeJudgement } from './word-align';

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
      const others = (['de', 'it', 'en'] as const)
        .filter((l) => l !== lang)
        .map((l) => u.text[l] ?? '');
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
    const edited = [
      units[0]!,
      {
        ...units[1]!,
        text: { ...units[1]!.text, de: 'Assad hat den Krieg ohne diese Waffen gewonnen.' },
      },
    ];
    const after = build(edited);
    const ids = (cs: typeof cards, lang: Lang, u: string) =>
      cs
        .filter((c) => c.lang === lang && c.unit === u)
        .map((c) => c.id)
        .sort();
    // Untouched sentences keep every id: progress on them survives a rebuild.
    expect(ids(after, 'de', 'u0')).toEqual(ids(cards, 'de', 'u0'));
    expect(ids(after, 'it', 'u1')).toEqual(ids(cards, 'it', 'u1'));
    // The edited German sentence gets new ids.
    const changed = ids(after, 'de', 'u1');
    expect(changed.some((id) => ids(cards, 'de', 'u1').includes(id))).toBe(false);
  });

  it('keeps ids when only whitespace or quote style changes', () => {
    const respaced = [
      {
        ...units[0]!,
        text: { ...units[0]!.text, de: `  ${units[0]!.text.de!.replace(' ', '  ')} ` },
      },
      units[1]!,
    ];
    expect(
      build(respaced)
        .map((c) => c.id)
        .sort(),
    ).toEqual(cards.map((c) => c.id).sort());
  });
});

describe('makeCards: word alignment', () => {
  const u: Unit = {
    id: 'u9' as UnitId,
    index: 9,
    kind: 'sentence',
    text: {
      de: 'Die Vereinbarung ist gescheitert.',
      en: 'The agreement has failed.',
    },
    score: 0.9,
  };
  const glosses: Record<string, string> = {
    vereinbarung: 'agreement; arrangement',
    einigung: 'agreement; unification',
  };
  const readings: Record<
    string,
    { lemma: string; pos: 'noun' | 'verb' | 'func'; gender?: 'f'; number?: 'sg' | 'pl' }
  > = {
    Vereinbarung: { lemma: 'Vereinbarung', pos: 'noun', gender: 'f', number: 'sg' },
    gescheitert: { lemma: 'scheitern', pos: 'verb' },
    agreement: { lemma: 'agreement', pos: 'noun', number: 'sg' },
    failed: { lemma: 'fail', pos: 'verb' },
  };
  const analysed = (un: Unit, lang: Lang) =>
    tokenize(un.text[lang] ?? '', lang).map((token) => ({
      token,
      info: {
        rank: 5000,
        ...(readings[token.text] ?? { lemma: token.norm, pos: 'func' as const }),
      },
    }));
  // Einigung only in the plural: no form fits the singular blank.
  const einigungen = {
    text: 'Einigungen',
    info: { lemma: 'Einigung', pos: 'noun' as const, gender: 'f' as const, number: 'pl' as const },
  };
  const run = (articleOfSynonym: string) => {
    const judged: ClozeJudgement[] = [];
    const cards = makeCards(article, [u], analysed, ['de', 'en'], {
      ...sources,
      pool: () => [{ ...einigungen, articleId: articleOfSynonym }],
      gloss: (_lang, lemma) => glosses[lemma.toLowerCase()],
      judged: (_lang, j) => judged.push(j),
    });
    return { cards, judged };
  };

  it('marks the hint word and drops the blank the article’s own synonym makes ambiguous', () => {
    const { cards, judged } = run(article);
    expect(cards.some((c) => c.kind === 'cloze' && c.cloze.answer === 'Vereinbarung')).toBe(false);
    expect(judged.some((j) => j.ambiguous)).toBe(true);
  });

  it('keeps it, with the highlight, when the synonym comes from another article', () => {
    const { cards } = run('cnn-russia-syria');
    const card = cards.find((c) => c.kind === 'cloze' && c.cloze.answer === 'Vereinbarung');
    if (card?.kind !== 'cloze') throw new Error('no Vereinbarung card');
    const [s, e] = card.cloze.hintSpans!.en![0]!;
    expect(u.text.en!.slice(s, e)).toBe('agreement');
    // The German card's hint in English points back at it: the English card is marked too.
    const en = cards.find((c) => c.kind === 'cloze' && c.cloze.answer === 'agreement');
    if (en?.kind !== 'cloze') throw new Error('no agreement card');
    expect(en.cloze.hintSpans?.de).toEqual([[4, 16]]);
  });
});

describe('makeCards with the Italian glossary', () => {
  const u: Unit = {
    id: 'u7' as UnitId,
    index: 7,
    kind: 'sentence',
    text: { it: 'La Russia vende armi alla Siria.', en: 'Russia sells weapons to Syria.' },
    score: 0.9,
  };
  const readings: Record<
    string,
    { lemma: string; pos: 'noun' | 'verb' | 'propn'; gender?: 'f'; number?: 'sg' | 'pl' }
  > = {
    Russia: { lemma: 'Russia', pos: 'propn' },
    Siria: { lemma: 'Siria', pos: 'propn' },
    Syria: { lemma: 'Syria', pos: 'propn' },
    vende: { lemma: 'vendere', pos: 'verb' },
    sells: { lemma: 'sell', pos: 'verb' },
    armi: { lemma: 'arma', pos: 'noun', gender: 'f', number: 'pl' },
    weapons: { lemma: 'weapon', pos: 'noun', number: 'pl' },
  };
  const analysed = (un: Unit, lang: Lang) =>
    tokenize(un.text[lang] ?? '', lang).map((token) => ({
      token,
      info: {
        rank: 5000,
        ...(readings[token.text] ?? { lemma: token.norm, pos: 'func' as const }),
      },
    }));
  const plural = (text: string, lemma: string) => ({
    text,
    info: { lemma, pos: 'noun' as const, number: 'pl' as const, rank: 5000 },
    articleId: article,
  });
  const cards = makeCards(article, [u], analysed, ['it', 'en'], {
    ...sources,
    pool: (lang) =>
      lang === 'en'
        ? ['arms', 'groups', 'views', 'ties', 'sides'].map((w) => plural(w, w.slice(0, -1)))
        : [],
    // As public/lexicon/it-en.gloss: only Italian (and German) lemmas have glosses.
    gloss: (lang, lemma) =>
      lang === 'it' ? { arma: 'weapon; arm', vendere: 'sell' }[lemma] : undefined,
  });
  const cloze = (answer: string) => {
    const card = cards.find((c) => c.kind === 'cloze' && c.cloze.answer === answer);
    if (card?.kind !== 'cloze') throw new Error(`no ${answer} card`);
    return card;
  };

  it('glosses the Italian answer and marks its English word in the hint', () => {
    const armi = cloze('armi');
    expect(armi.cloze.gloss).toBe('weapon; arm');
    const [s, e] = armi.cloze.hintSpans!.en![0]!;
    expect(u.text.en!.slice(s, e)).toBe('weapons');
  });

  it('never offers an English word the Italian side glosses the answer with (weapons: arms)', () => {
    const weapons = cloze('weapons');
    expect(weapons.cloze.options).not.toContain('arms');
    expect(weapons.cloze.options).toHaveLength(4);
    expect(weapons.cloze.hintSpans?.it).toEqual([[16, 20]]);
  });
});

describe('makeCards distractors', () => {
  it('hands the chooser the words around the blank, so options take its case (des kalten [Krieges])', () => {
    const noun = (lemma: string, gender: 'm' | 'f', rank: number) =>
      ({ lemma, pos: 'noun', gender, number: 'sg', rank }) as const;
    const forms: Record<string, ReturnType<typeof noun>> = {
      Angriffs: noun('Angriff', 'm', 3000),
      Frühlings: noun('Frühling', 'm', 3500),
    };
    const pool = [
      { text: 'Angriff', info: noun('Angriff', 'm', 3000), articleId: article },
      { text: 'Frühling', info: noun('Frühling', 'm', 3500), articleId: article },
      { text: 'Situation', info: noun('Situation', 'f', 2500), articleId: article },
    ];
    const withPool: CardSources = {
      ...sources,
      pool: (lang) => (lang === 'de' ? pool : []),
      knows: () => (form) => forms[form],
    };
    // Lower case: the Kalten Krieg of the BBC text is a name, whose words are never blanked.
    const long = unit(
      0,
      'Die Geschichte reicht bis in die Zeit des kalten Krieges zurück.',
      'La storia risale ai tempi della guerra fredda.',
      'The story goes back to the time of the cold war.',
    );
    const cards = makeCards(
      article,
      [long],
      (u, lang: Lang) => {
        const { tokens, infos } = analyse(lexicon, u.text[lang] ?? '', lang, []);
        return tokens.map((token, i) => ({ token, info: infos[i]! }));
      },
      ['de', 'it'],
      withPool,
    );
    const krieges = cards.find((c) => c.kind === 'cloze' && c.cloze.answer === 'Krieges');
    expect(krieges?.kind === 'cloze' && [...krieges.cloze.options].sort()).toEqual([
      'Angriffs',
      'Frühlings',
      'Krieges',
    ]);
  });
});
