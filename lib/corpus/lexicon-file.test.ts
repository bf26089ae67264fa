import { describe, expect, it } from 'vitest';
import { makeDictionary, type FormEntry, type LexiconTables } from './dictionary';
import {
  decodeLexiconFile,
  dictionaryFromFiles,
  encodeLexiconFile,
  LexiconFileError,
} from './lexicon-file';

// A long compound whose form shares nothing with its lemma: the whole-form edit.
const LONG = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt';

const DE_FORMS: [string, FormEntry][] = [
  ['Fragen', { nouns: [{ lemma: 'Frage', gender: 'f', number: 'pl' }], listedNoun: true }],
  ['Frage', { nouns: [{ lemma: 'Frage', gender: 'f', number: 'sg' }], listedNoun: true }],
  // Two lemmas; the most frequent wins at lookup time.
  [
    'Zielen',
    {
      nouns: [
        { lemma: 'Ziel', gender: 'n', number: 'pl' },
        { lemma: 'Zielen', gender: 'n', number: 'sg' },
      ],
      listedNoun: true,
    },
  ],
  ['Ziel', { nouns: [{ lemma: 'Ziel', gender: 'n', number: 'sg' }], listedNoun: true }],
  ['Ländern', { nouns: [{ lemma: 'Land', gender: 'n', number: 'pl' }], listedNoun: true }],
  // In a declension table only: not a known word.
  ['Kriegs', { nouns: [{ lemma: 'Krieg', gender: 'm' }] }],
  ['Krieg', { nouns: [{ lemma: 'Krieg', gender: 'm', number: 'sg' }], listedNoun: true }],
  ['Qxy', { nouns: [{ lemma: LONG }], listedNoun: true }],
  ['syrisch', { adj: { lemma: 'syrisch' } }],
  ['syrischen', { adj: { lemma: 'syrisch' } }],
  [
    'versucht',
    {
      adj: { lemma: 'versucht' },
      verbs: [{ lemma: 'versuchen' }, { lemma: 'versuchen', participle: true }],
    },
  ],
  ['versuchen', { verbs: [{ lemma: 'versuchen', infinitive: true }] }],
  ['versuchst', { verbs: [{ lemma: 'versuchen', secondPerson: true }] }],
  ['gestrichen', { verbs: [{ lemma: 'zurückstreichen', participle: true }] }],
  ['streiche', { verbs: [{ lemma: 'zurückstreichen', split: true }] }],
  ['zurückzustreichen', { verbs: [{ lemma: 'zurückstreichen', infinitive: true }] }],
  ['zurückstreichen', { verbs: [{ lemma: 'zurückstreichen', infinitive: true }] }],
  // Spaces and no-break spaces occur in the packages' forms.
  ['de facto', { adj: { lemma: 'de facto' } }],
  ['a\u00a0priori', { adj: { lemma: 'a\u00a0priori' } }],
];

const DE: LexiconTables = {
  lang: 'de',
  ranks: [
    ['die', 1],
    ['frage', 7],
    ['ziel', 7],
    ['krieg', 12],
    ['versuchen', 13],
    ['mcghee', 189_998],
  ],
  forms: new Map(DE_FORMS),
};

const IT: LexiconTables = {
  lang: 'it',
  ranks: [
    ['persona', 3],
    ['ridurre', 9],
  ],
  forms: new Map<string, FormEntry>([
    ['persone', { nouns: [{ lemma: 'persona', gender: 'f', number: 'pl' }], listedNoun: true }],
    ['persona', { nouns: [{ lemma: 'persona', gender: 'f', number: 'sg' }], listedNoun: true }],
    ['città', { nouns: [{ lemma: 'città', gender: 'f' }], listedNoun: true }],
    [
      'ridotta',
      {
        adj: { lemma: 'ridurre', fromVerb: true },
        verbs: [{ lemma: 'ridurre', participle: true }],
      },
    ],
    ['ridurre', { verbs: [{ lemma: 'ridurre', infinitive: true }] }],
    ['semplice', { adj: { lemma: 'semplice' } }],
  ]),
};

const HEADER = { license: 'CC-BY-SA-4.0 (test)', source: 'hand-made' };

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LexiconFileError);
    return (error as LexiconFileError).code;
  }
  return undefined;
}

describe('encodeLexiconFile / decodeLexiconFile', () => {
  it('round-trips the tables exactly, and the same tables give the same bytes', () => {
    for (const tables of [DE, IT]) {
      const text = encodeLexiconFile(tables.lang, tables, HEADER);
      const decoded = decodeLexiconFile(text);
      expect(decoded.lang).toBe(tables.lang);
      expect(decoded.ranks).toEqual(tables.ranks);
      expect(new Map([...decoded.forms].sort(([a], [b]) => (a < b ? -1 : 1)))).toEqual(
        new Map([...tables.forms].sort(([a], [b]) => (a < b ? -1 : 1))),
      );
      expect(encodeLexiconFile(tables.lang, decoded, HEADER)).toBe(text);
      // Map order is not part of the tables.
      const shuffled = { ...tables, forms: new Map([...tables.forms].reverse()) };
      expect(encodeLexiconFile(tables.lang, shuffled, HEADER)).toBe(text);
    }
  });

  it('writes a readable header, shared paradigms and short edits', () => {
    const text = encodeLexiconFile('de', DE, HEADER);
    const lines = text.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      'triglot-lexicon\t1\tde',
      'license\tCC-BY-SA-4.0 (test)',
      'source\thand-made',
      'ranks\t6',
      'rankdigits\t3',
      expect.stringMatching(/^paradigms\t\d+$/),
      'lemmas\t12',
      'unlisted\t1',
      '',
    ]);
    // Frage: itself as feminine singular, +n as plural; versucht: versuchen less en, plus t.
    expect(lines).toContain('H0\tI0n');
    expect(text).toContain('c2t\td2t');
    // gestrichen does not spell out zurückstreichen: it strips the front and keeps the stem.
    expect(text).toMatch(/d<[0-9a-zA-Z]ge/u);
    expect(text.split('zurück')).toHaveLength(2);
    expect(text).toContain('A~Qxy');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('keeps equal ranks in word order and an empty language empty', () => {
    const tables: LexiconTables = {
      lang: 'en',
      ranks: [
        ['a', 2],
        ['b', 2],
        ['c', 2],
        ['z', 40],
      ],
      forms: new Map(),
    };
    expect(decodeLexiconFile(encodeLexiconFile('en', tables))).toEqual(tables);
    const empty: LexiconTables = { lang: 'en', ranks: [], forms: new Map() };
    expect(decodeLexiconFile(encodeLexiconFile('en', empty))).toEqual(empty);
  });

  it('refuses tables it could not write back exactly', () => {
    const withForm = (form: string, entry: FormEntry): LexiconTables => ({
      ...DE,
      forms: new Map([[form, entry]]),
    });
    expect(codeOf(() => encodeLexiconFile('it', DE))).toBe('LEXICON_FORMAT');
    expect(codeOf(() => encodeLexiconFile('de', withForm('a\tb', { adj: { lemma: 'a' } })))).toBe(
      'LEXICON_FORMAT',
    );
    expect(codeOf(() => encodeLexiconFile('de', withForm('a|b', { adj: { lemma: 'a' } })))).toBe(
      'LEXICON_FORMAT',
    );
    expect(codeOf(() => encodeLexiconFile('de', withForm('x', {})))).toBe('LEXICON_FORMAT');
    expect(codeOf(() => encodeLexiconFile('de', withForm('x', { listedNoun: true })))).toBe(
      'LEXICON_FORMAT',
    );
    const unsorted = { verbs: [{ lemma: 'b' }, { lemma: 'a' }] };
    expect(codeOf(() => encodeLexiconFile('de', withForm('x', unsorted)))).toBe('LEXICON_FORMAT');
    const twice: LexiconTables = { ...DE, ranks: [...DE.ranks, ['die', 99]] };
    expect(codeOf(() => encodeLexiconFile('de', twice))).toBe('LEXICON_FORMAT');
    expect(codeOf(() => encodeLexiconFile('de', DE, { ranks: '3' }))).toBe('LEXICON_FORMAT');
  });

  it('rejects a wrong, newer, truncated or damaged file with a code', () => {
    const text = encodeLexiconFile('de', DE, HEADER);
    const lines = text.split('\n');
    const edited = (i: number, line: string) => lines.with(i, line).join('\n');
    expect(codeOf(() => decodeLexiconFile(''))).toBe('LEXICON_FORMAT');
    expect(codeOf(() => decodeLexiconFile('{"entries": {}}'))).toBe('LEXICON_FORMAT');
    expect(codeOf(() => decodeLexiconFile(edited(0, 'triglot-lexicon\t2\tde')))).toBe(
      'LEXICON_VERSION',
    );
    expect(codeOf(() => decodeLexiconFile(edited(0, 'triglot-lexicon\t1\tfr')))).toBe(
      'LEXICON_FORMAT',
    );
    expect(
      codeOf(() => decodeLexiconFile(text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1))),
    ).toBe('LEXICON_FORMAT');
    expect(codeOf(() => decodeLexiconFile(text.slice(0, -1)))).toBe('LEXICON_FORMAT');
    expect(codeOf(() => decodeLexiconFile(edited(3, 'ranks\tmany')))).toBe('LEXICON_FORMAT');
    // A damaged front-coding count, rank digit, paradigm, lemma order and paradigm number.
    const ranks = lines.indexOf('') + 1;
    const paradigms = ranks + 7;
    const lemmas = paradigms + Number(lines[5]!.split('\t')[1]);
    const broken = [
      edited(ranks + 1, '#frage'),
      edited(ranks + 6, '!'.repeat(18)),
      edited(paradigms, 'Z0'),
      edited(paradigms, 'A<|0'),
      edited(paradigms, 'Az'),
      edited(lemmas + 1, `0${lines[lemmas]!.slice(1)}`),
      edited(lemmas, `${lines[lemmas]}zz`),
    ];
    for (const file of broken) expect(codeOf(() => decodeLexiconFile(file))).toBe('LEXICON_FORMAT');
    expect(codeOf(() => decodeLexiconFile(text))).toBeUndefined();
  });
});

describe('dictionaryFromFiles', () => {
  const files = { de: encodeLexiconFile('de', DE), it: encodeLexiconFile('it', IT) };

  it('answers like the dictionary on the tables themselves', () => {
    const decoded = dictionaryFromFiles(files);
    const direct = makeDictionary({ de: DE, it: IT });
    for (const tables of [DE, IT]) {
      const lang = tables.lang;
      for (const form of [...tables.forms.keys(), 'Denkziel', 'versuchtest', 'semplicemente']) {
        expect(decoded.analyse(lang, form), form).toEqual(direct.analyse(lang, form));
      }
      for (const [word, rank] of tables.ranks) expect(decoded.rank(lang, word)).toBe(rank);
      expect(decoded.wordList(lang)).toEqual(direct.wordList(lang));
      expect(decoded.vocabulary(lang)).toEqual(direct.vocabulary(lang));
    }
    expect(decoded.analyse('de', 'Zielen')[0]).toMatchObject({ lemma: 'Ziel', number: 'pl' });
    expect(decoded.wordList('de')).not.toContain('Kriegs');
    expect(decoded.analyse('it', 'semplicemente')).toEqual([
      { lemma: 'semplicemente', pos: 'adv' },
    ]);
  });

  it('gives a language without a file no readings, and refuses a file under the wrong name', () => {
    const dict = dictionaryFromFiles({ it: files.it });
    expect(dict.analyse('de', 'Frage')).toEqual([]);
    expect(dict.rank('de', 'die')).toBeUndefined();
    expect(dict.wordList('de')).toEqual([]);
    expect(dict.vocabulary('en')).toEqual([]);
    expect(dict.analyse('it', 'persone')).toHaveLength(1);
    expect(codeOf(() => dictionaryFromFiles({ it: files.de }))).toBe('LEXICON_FORMAT');
  });
});
