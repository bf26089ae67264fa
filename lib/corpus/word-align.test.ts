import { describe, expect, it } from 'vitest';
import type { AnalyzedToken } from './cards';
import type { Pos, WordInfo } from './lexicon';
import { createThesaurus, readMythes, restrictThesaurus } from './thesaurus';
import { tokenize } from './tokenize';
import type { Lang } from './types';
import {
  alignmentCounts,
  glossSenses,
  isCognate,
  judgeCloze,
  thesaurusAlternatives,
  type Candidate,
  type ClozeJudgement,
} from './word-align';

type Reading = [lemma: string, pos: Pos, gender?: 'm' | 'f' | 'n', number?: 'sg' | 'pl'];

/** Tokens with hand-given readings; a word not listed is a function word. */
function analyse(text: string, lang: Lang, readings: Record<string, Reading>): AnalyzedToken[] {
  return tokenize(text, lang).map((token) => {
    const r = readings[token.text];
    const info: WordInfo = r
      ? {
          lemma: r[0],
          pos: r[1],
          ...(r[2] ? { gender: r[2] } : {}),
          ...(r[3] ? { number: r[3] } : {}),
        }
      : { lemma: token.norm, pos: token.kind === 'word' ? 'func' : 'other' };
    return { token, info };
  });
}

const GLOSSES: Record<string, string> = {
  armee: 'army',
  unterstützung: 'support; backing',
  waffe: 'weapon; gun',
  krieg: 'war',
  vereinbarung: 'agreement; arrangement; compact',
  abmachung: 'agreement; deal; arrangement',
  einigung: 'agreement; unification',
  zustand: 'condition; state',
  staat: 'state; country',
  unterschiedlich: 'different; differing',
  verschieden: 'different; various',
  region: 'region; area; zone',
  einfluss: 'say; influence; clout',
  kampf: 'fight; battle',
  schlacht: 'battle',
};
// Italian glosses as public/lexicon/it-en.gloss has them (FreeDict ita-eng and eng-ita).
const IT_GLOSSES: Record<string, string> = {
  accordo: 'agreement; accommodation; accord',
  intesa: 'agreement; understanding',
  davvero: 'really; indeed; truly',
  veramente: 'really; truly',
  guerra: 'war',
  arma: 'weapon',
  dire: 'say; tell',
  regione: 'region; area',
  forza: 'force; strength',
};
const gloss = (lang: Lang, lemma: string) =>
  (lang === 'de' ? GLOSSES : lang === 'it' ? IT_GLOSSES : {})[lemma.toLowerCase()];

function judge(
  lang: Lang,
  sentence: [string, Record<string, Reading>],
  answer: string,
  hints: Partial<Record<Lang, [string, Record<string, Reading>]>>,
  candidates: readonly Candidate[] = [],
): ClozeJudgement {
  const tokens = analyse(sentence[0], lang, sentence[1]);
  const index = tokens.findIndex((t) => t.token.text === answer);
  if (index < 0) throw new Error(`no ${answer}`);
  const analysed: Partial<Record<Lang, AnalyzedToken[]>> = {};
  for (const [l, [text, readings]] of Object.entries(hints) as [
    Lang,
    [string, Record<string, Reading>],
  ][]) {
    analysed[l] = analyse(text, l, readings);
  }
  return judgeCloze({ lang, tokens, index, hints: analysed, gloss, candidates });
}

/** The highlighted words of a judgement, per language. */
function marked(j: ClozeJudgement, hints: Partial<Record<Lang, [string, unknown]>>) {
  return Object.fromEntries(
    Object.entries(j.spans).map(([l, spans]) => [
      l,
      spans!.map(([s, e]) => hints[l as Lang]![0].slice(s, e)).join('+'),
    ]),
  );
}

describe('isCognate', () => {
  it('links shared spellings across the three languages', () => {
    expect(isCognate('Konflikt', 'conflict')).toBe(true);
    expect(isCognate('Konflikt', 'conflitto')).toBe(true);
    expect(isCognate('conflitto', 'conflict')).toBe(true);
    expect(isCognate('Präsident', 'presidente')).toBe(true);
    expect(isCognate('Assad', 'Assad')).toBe(true);
    expect(isCognate('Theorie', 'theory')).toBe(true);
  });

  it('lets names share a stem (Russland/Russia, Syrien/Siria) but not their compounds', () => {
    expect(isCognate('Russland', 'Russia', true)).toBe(true);
    expect(isCognate('Syrien', 'Siria', true)).toBe(true);
    expect(isCognate('Russland', 'Russia')).toBe(false);
    expect(isCognate('Syrian', 'Syrien-Konflikts', true)).toBe(false);
  });

  it('does not take chance look-alikes for cognates', () => {
    expect(isCognate('Regierung', 'region')).toBe(false);
    expect(isCognate('arm', 'armi')).toBe(false);
    expect(isCognate('Waffen', 'weapons')).toBe(false);
    expect(isCognate('Krieg', 'guerra')).toBe(false);
  });
});

describe('glossSenses', () => {
  it('splits a gloss into comparable senses', () => {
    expect(glossSenses('to take hold of; to attack; state sth.')).toEqual([
      'take hold of',
      'attack',
      'state',
    ]);
    expect(glossSenses(undefined)).toEqual([]);
  });
});

describe('judgeCloze: the hint words that translate the answer', () => {
  it('finds a German word in the English hint through the glossary (BBC)', () => {
    const hints = {
      en: [
        'The Syrian army is backed by Russia.',
        {
          Syrian: ['syrian', 'adj'],
          army: ['army', 'noun'],
          backed: ['back', 'verb'],
          Russia: ['Russia', 'propn'],
        },
      ],
    } as const;
    const j = judge(
      'de',
      [
        'Die syrische Armee wird von Russland unterstützt.',
        {
          syrische: ['syrisch', 'adj'],
          Armee: ['Armee', 'noun', 'f', 'sg'],
          Russland: ['Russland', 'propn'],
          unterstützt: ['unterstützen', 'verb'],
        },
      ],
      'Armee',
      hints as never,
    );
    expect(marked(j, hints as never)).toEqual({ en: 'army' });
    expect(j.alternatives).toEqual([]);
    expect(j.ambiguous).toBe(false);
  });

  it('finds a cognate without any glossary (Konflikt/conflitto, BBC)', () => {
    const hints = {
      it: [
        'Il conflitto è complicato.',
        { conflitto: ['conflitto', 'noun', 'm', 'sg'], complicato: ['complicare', 'verb'] },
      ],
    } as const;
    const j = judge(
      'de',
      [
        'Der Konflikt ist kompliziert.',
        { Konflikt: ['Konflikt', 'noun', 'm', 'sg'], kompliziert: ['kompliziert', 'adj'] },
      ],
      'Konflikt',
      hints as never,
    );
    expect(marked(j, hints as never)).toEqual({ it: 'conflitto' });
  });

  it('takes the third language as a witness: Unterstützung → support → supporto', () => {
    const hints = {
      it: [
        'Mosca offre supporto militare.',
        {
          Mosca: ['Mosca', 'propn'],
          offre: ['offrire', 'verb'],
          supporto: ['supporto', 'noun', 'm', 'sg'],
          militare: ['militare', 'adj'],
        },
      ],
      en: [
        'Moscow offers military support.',
        {
          Moscow: ['Moscow', 'propn'],
          offers: ['offer', 'verb'],
          military: ['military', 'adj'],
          support: ['support', 'noun'],
        },
      ],
    } as const;
    const j = judge(
      'de',
      [
        'Moskau bietet militärische Unterstützung.',
        {
          Moskau: ['Moskau', 'propn'],
          bietet: ['bieten', 'verb'],
          militärische: ['militärisch', 'adj'],
          Unterstützung: ['Unterstützung', 'noun', 'f', 'sg'],
        },
      ],
      'Unterstützung',
      hints as never,
    );
    expect(marked(j, hints as never)).toEqual({ it: 'supporto', en: 'support' });
  });

  it('aligns an Italian word to English and German (CNN: conflitto)', () => {
    const hints = {
      en: [
        'Nobody can end the conflict alone.',
        {
          Nobody: ['nobody', 'func'],
          end: ['end', 'verb'],
          conflict: ['conflict', 'noun'],
          alone: ['alone', 'adv'],
        },
      ],
      de: [
        'Niemand kann den Konflikt allein beenden.',
        {
          Konflikt: ['Konflikt', 'noun', 'm', 'sg'],
          allein: ['allein', 'adv'],
          beenden: ['beenden', 'verb'],
        },
      ],
    } as const;
    const j = judge(
      'it',
      [
        'Nessuno può chiudere il conflitto da solo.',
        {
          chiudere: ['chiudere', 'verb'],
          conflitto: ['conflitto', 'noun', 'm', 'sg'],
          solo: ['solo', 'adj'],
        },
      ],
      'conflitto',
      hints as never,
    );
    expect(marked(j, hints as never)).toEqual({ en: 'conflict', de: 'Konflikt' });
    expect(j.alternatives).toEqual([]);
  });

  it('finds an English word in the German hint by reading the glossary backwards', () => {
    const hints = {
      de: [
        'Assad hat den Krieg auch ohne diese Waffen gewonnen.',
        {
          Assad: ['Assad', 'propn'],
          Krieg: ['Krieg', 'noun', 'm', 'sg'],
          Waffen: ['Waffe', 'noun', 'f', 'pl'],
          gewonnen: ['gewinnen', 'verb'],
        },
      ],
    } as const;
    const j = judge(
      'en',
      [
        'Assad was winning the war even without these weapons.',
        {
          Assad: ['Assad', 'propn'],
          winning: ['win', 'verb'],
          war: ['war', 'noun'],
          weapons: ['weapon', 'noun', undefined, 'pl'],
        },
      ],
      'weapons',
      hints as never,
    );
    expect(marked(j, hints as never)).toEqual({ de: 'Waffen' });
  });

  it('marks nothing when two different words are equally likely', () => {
    const glossTie = {
      en: [
        'Fight and battle, city streets, houses and ruins.',
        {
          Fight: ['fight', 'noun'],
          battle: ['battle', 'noun'],
          city: ['city', 'noun'],
          streets: ['street', 'noun'],
          houses: ['house', 'noun'],
          ruins: ['ruin', 'noun'],
        },
      ],
    } as const;
    // Kampf is glossed "fight; battle": both words of the hint, side by side.
    const j = judge(
      'de',
      [
        'Der Kampf um die Stadt war hart.',
        {
          Kampf: ['Kampf', 'noun', 'm', 'sg'],
          Stadt: ['Stadt', 'noun', 'f', 'sg'],
          hart: ['hart', 'adj'],
        },
      ],
      'Kampf',
      glossTie as never,
    );
    expect(j.spans).toEqual({});
  });

  it('marks nothing when the only look-alike is far away in the sentence', () => {
    const hints = {
      en: [
        'Region after region, the army advanced until it held the whole north.',
        {
          Region: ['region', 'noun'],
          region: ['region', 'noun'],
          army: ['army', 'noun'],
          advanced: ['advance', 'verb'],
          held: ['hold', 'verb'],
          whole: ['whole', 'adj'],
          north: ['north', 'noun'],
        },
      ],
    } as const;
    const j = judge(
      'it',
      [
        'Le truppe avanzarono fino a controllare tutto il nord della regione.',
        {
          truppe: ['truppa', 'noun', 'f', 'pl'],
          avanzarono: ['avanzare', 'verb'],
          controllare: ['controllare', 'verb'],
          tutto: ['tutto', 'adj'],
          nord: ['nord', 'noun', 'm', 'sg'],
          regione: ['regione', 'noun', 'f', 'sg'],
        },
      ],
      'regione',
      hints as never,
    );
    expect(j.spans).toEqual({});
  });
});

describe('judgeCloze: ambiguity', () => {
  const cnnSentence: [string, Record<string, Reading>] = [
    'Die Vereinbarung ist gescheitert.',
    { Vereinbarung: ['Vereinbarung', 'noun', 'f', 'sg'], gescheitert: ['scheitern', 'verb'] },
  ];
  const cnnHint = {
    en: [
      'The agreement has failed.',
      { agreement: ['agreement', 'noun'], failed: ['fail', 'verb'] },
    ],
  } as const;

  it('accepts a synonym the article itself uses (CNN: Vereinbarung / Abmachung)', () => {
    const j = judge('de', cnnSentence, 'Vereinbarung', cnnHint as never, [
      {
        text: 'Abmachung',
        info: { lemma: 'Abmachung', pos: 'noun', gender: 'f', number: 'sg' },
        own: true,
      },
      // Zustand "condition; state" is no synonym of Staat "state; country".
      {
        text: 'Zustand',
        info: { lemma: 'Zustand', pos: 'noun', gender: 'm', number: 'sg' },
        own: true,
      },
    ]);
    expect(j.alternatives).toEqual(['Abmachung']);
    expect(j.ambiguous).toBe(false);
  });

  it('drops the cloze when the article’s synonym has no form that fits the slot', () => {
    const j = judge('de', cnnSentence, 'Vereinbarung', cnnHint as never, [
      {
        text: 'Einigungen',
        info: { lemma: 'Einigung', pos: 'noun', gender: 'f', number: 'pl' },
        own: true,
      },
    ]);
    expect(j.alternatives).toEqual([]);
    expect(j.ambiguous).toBe(true);
  });

  it('ignores a non-fitting synonym from another article', () => {
    const j = judge('de', cnnSentence, 'Vereinbarung', cnnHint as never, [
      {
        text: 'Einigungen',
        info: { lemma: 'Einigung', pos: 'noun', gender: 'f', number: 'pl' },
        own: false,
      },
    ]);
    expect(j.ambiguous).toBe(false);
  });

  it('inflects a German adjective synonym like the answer (unterschiedlichen → verschiedenen)', () => {
    const hints = {
      en: [
        'They pursue different goals.',
        { pursue: ['pursue', 'verb'], different: ['different', 'adj'], goals: ['goal', 'noun'] },
      ],
    } as const;
    const j = judge(
      'de',
      [
        'Sie verfolgen unterschiedlichen Ziele.',
        {
          verfolgen: ['verfolgen', 'verb'],
          unterschiedlichen: ['unterschiedlich', 'adj'],
          Ziele: ['Ziel', 'noun', 'n', 'pl'],
        },
      ],
      'unterschiedlichen',
      hints as never,
      [{ text: 'verschieden', info: { lemma: 'verschieden', pos: 'adj' }, own: true }],
    );
    expect(j.alternatives).toEqual(['verschiedenen']);
  });

  it('takes an English synonym from the German hint word’s second sense only when the answer is its first', () => {
    const regionHint = {
      de: [
        'Russland will Einfluss in der Region.',
        {
          Russland: ['Russland', 'propn'],
          will: ['wollen', 'verb'],
          Einfluss: ['Einfluss', 'noun', 'm', 'sg'],
          Region: ['Region', 'noun', 'f', 'sg'],
        },
      ],
    } as const;
    const en: [string, Record<string, Reading>] = [
      'Russia wants influence in the region.',
      {
        Russia: ['Russia', 'propn'],
        wants: ['want', 'verb'],
        influence: ['influence', 'noun', undefined, 'sg'],
        region: ['region', 'noun', undefined, 'sg'],
      },
    ];
    const pool: Candidate[] = [
      { text: 'area', info: { lemma: 'area', pos: 'noun', number: 'sg' } },
      { text: 'say', info: { lemma: 'say', pos: 'noun', number: 'sg' } },
    ];
    expect(judge('en', en, 'region', regionHint as never, pool).alternatives).toEqual(['area']);
    // Einfluss is glossed "say; influence": "say" does not mean influence.
    expect(judge('en', en, 'influence', regionHint as never, pool).alternatives).toEqual([]);
  });

  it('finds the Italian word in the English hint through the Italian glossary (BBC)', () => {
    const hints = {
      en: [
        'Russia has sold weapons to Syria.',
        {
          Russia: ['Russia', 'propn'],
          sold: ['sell', 'verb'],
          weapons: ['weapon', 'noun'],
          Syria: ['Syria', 'propn'],
        },
      ],
    } as const;
    const it = [
      'La Russia ha venduto armi alla Siria.',
      {
        Russia: ['Russia', 'propn'],
        venduto: ['vendere', 'verb'],
        armi: ['arma', 'noun', 'f', 'pl'],
        Siria: ['Siria', 'propn'],
      },
    ] as [string, Record<string, Reading>];
    expect(marked(judge('it', it, 'armi', hints as never), hints as never)).toEqual({
      en: 'weapons',
    });
    // And back: the English blank finds armi in the Italian hint.
    const en = hints.en as unknown as [string, Record<string, Reading>];
    expect(marked(judge('en', en, 'weapons', { it } as never), { it } as never)).toEqual({
      it: 'armi',
    });
  });

  it('accepts an Italian synonym glossed with the same word (davvero / veramente)', () => {
    const hints = {
      en: ['It is really hard.', { really: ['really', 'adv'], hard: ['hard', 'adj'] }],
    } as const;
    const j = judge(
      'it',
      ['È davvero difficile.', { davvero: ['davvero', 'adv'], difficile: ['difficile', 'adj'] }],
      'davvero',
      hints as never,
      [{ text: 'veramente', info: { lemma: 'veramente', pos: 'adv' }, own: true }],
    );
    expect(j.alternatives).toEqual(['veramente']);
    expect(j.ambiguous).toBe(false);
  });

  it('drops an Italian blank whose synonym the article uses in a form that does not fit', () => {
    const hints = { en: ['It was an agreement.', { agreement: ['agreement', 'noun'] }] } as const;
    const j = judge(
      'it',
      ['Era un accordo.', { Era: ['essere', 'verb'], accordo: ['accordo', 'noun', 'm', 'sg'] }],
      'accordo',
      hints as never,
      [
        {
          text: 'intesa',
          info: { lemma: 'intesa', pos: 'noun', gender: 'f', number: 'sg' },
          own: true,
        },
      ],
    );
    expect(j.alternatives).toEqual([]);
    expect(j.ambiguous).toBe(true);
  });

  it('widens an English noun by the Italian hint word, never a verb (dire: say; tell)', () => {
    const region = [
      'The region is at war.',
      { region: ['region', 'noun', undefined, 'sg'], war: ['war', 'noun'] },
    ] as [string, Record<string, Reading>];
    const regione = {
      it: [
        'La regione è in guerra.',
        { regione: ['regione', 'noun', 'f', 'sg'], guerra: ['guerra', 'noun', 'f', 'sg'] },
      ],
    } as const;
    const area: Candidate = { text: 'area', info: { lemma: 'area', pos: 'noun', number: 'sg' } };
    expect(judge('en', region, 'region', regione as never, [area]).alternatives).toEqual(['area']);
    const says = ['She says it is over.', { says: ['say', 'verb'], over: ['over', 'adj'] }] as [
      string,
      Record<string, Reading>,
    ];
    const dice = {
      it: ['Dice che è finita.', { Dice: ['dire', 'verb'], finita: ['finire', 'verb'] }],
    } as const;
    const tells: Candidate = { text: 'tells', info: { lemma: 'tell', pos: 'verb' }, own: true };
    const j = judge('en', says, 'says', dice as never, [tells]);
    expect(marked(j, dice as never)).toEqual({ it: 'Dice' });
    expect(j.alternatives).toEqual([]);
    expect(j.ambiguous).toBe(false);
  });
});

describe('alignmentCounts', () => {
  it('counts per language what was aligned, left unaligned, dropped or widened', () => {
    const aligned: ClozeJudgement = { spans: { en: [[0, 3]] }, alternatives: [], ambiguous: false };
    const none: ClozeJudgement = { spans: {}, alternatives: [], ambiguous: false };
    const alt: ClozeJudgement = {
      spans: { en: [[0, 3]] },
      alternatives: ['Abmachung'],
      ambiguous: false,
    };
    const dropped: ClozeJudgement = { spans: { en: [[0, 3]] }, alternatives: [], ambiguous: true };
    const idiom: ClozeJudgement = { ...none, idiom: true };
    expect(
      alignmentCounts([
        { lang: 'de', judgement: aligned },
        { lang: 'de', judgement: alt },
        { lang: 'de', judgement: dropped },
        { lang: 'de', judgement: idiom },
        { lang: 'it', judgement: none },
      ]),
    ).toEqual({
      de: {
        clozes: 2,
        aligned: 2,
        notAligned: 0,
        ambiguousDropped: 1,
        idiomDropped: 1,
        withAlternatives: 1,
      },
      it: {
        clozes: 1,
        aligned: 0,
        notAligned: 1,
        ambiguousDropped: 0,
        idiomDropped: 0,
        withAlternatives: 0,
      },
    });
  });
});

describe('thesaurusAlternatives', () => {
  const MYTHES = {
    de: `UTF-8
abmachung|1
-|Abmachung|Vereinbarung|Absprache
vereinbarung|1
-|Vereinbarung|Abmachung|Absprache
absprache|1
-|Absprache|Abmachung|Vereinbarung
westlich|1
-|westlich|abendländisch
abendländisch|1
-|abendländisch|westlich
`,
    it: `UTF-8
davvero|1
(avv.)|veramente|realmente
veramente|1
(avv.)|davvero|realmente
realmente|1
(avv.)|davvero|veramente
lasciare|2
(v.)|cedere|abbandonare
(v.)|rendere
cedere|1
(v.)|lasciare|abbandonare
abbandonare|1
(v.)|lasciare|cedere
`,
    en: `UTF-8
weapon|1
(noun)|arm
arm|2
(noun)|limb
(noun)|weapon
add|1
(verb)|append|say
append|1
(verb)|add
say|1
(verb)|state|tell
`,
  } as const;
  const th = (lang: 'de' | 'it' | 'en', words: string) => {
    const set = new Set(words.split(' '));
    return createThesaurus(
      restrictThesaurus(readMythes(MYTHES[lang]), (w) => set.has(w.toLowerCase()), {
        lang,
        source: 't',
        license: 't',
      }),
    );
  };
  const info = (lemma: string, pos: WordInfo['pos'], extra: Partial<WordInfo> = {}): WordInfo => ({
    lemma,
    pos,
    ...extra,
  });

  it('accepts an unambiguous word’s synonym in the answer’s form (de, CNN: Vereinbarung)', () => {
    const de = th('de', 'abmachung vereinbarung absprache');
    const out = thesaurusAlternatives(
      'de',
      { text: 'Vereinbarung', info: info('Vereinbarung', 'noun', { gender: 'f', number: 'sg' }) },
      de,
      [
        [
          { text: 'Abmachung', info: info('Abmachung', 'noun', { gender: 'f', number: 'sg' }) },
          { text: 'Absprachen', info: info('Absprache', 'noun', { gender: 'f', number: 'pl' }) },
        ],
        [{ text: 'Absprache', info: info('Absprache', 'noun', { gender: 'f', number: 'sg' }) }],
      ],
      { singleSense: true },
    );
    // The plural Absprachen does not fit a singular slot; the dictionary's singular does.
    expect(out).toEqual(['Abmachung', 'Absprache']);
  });

  it('builds a German adjective from the lemma and the answer’s ending (new: westlichen)', () => {
    const de = th('de', 'westlich abendländisch');
    const out = thesaurusAlternatives(
      'de',
      { text: 'westlichen', info: info('westlich', 'adj') },
      de,
      [[{ text: 'abendländische', info: info('abendländisch', 'adj') }]],
      { singleSense: true },
    );
    expect(out).toEqual(['abendländischen']);
  });

  it('takes Italian synonyms of a one-sense word only (davvero yes, lasciare no)', () => {
    const it_ = th('it', 'davvero veramente realmente lasciare cedere abbandonare rendere');
    const adverbs = [
      { text: 'veramente', info: info('veramente', 'adv') },
      { text: 'realmente', info: info('realmente', 'adv') },
    ];
    expect(
      thesaurusAlternatives(
        'it',
        { text: 'davvero', info: info('davvero', 'adv') },
        it_,
        [adverbs],
        {
          singleSense: true,
        },
      ),
    ).toEqual(['realmente', 'veramente']);
    // BBC it "Tutto ciò [lascia] …": lasciare has two senses, and cedere is no "leave" here.
    const verbs = [{ text: 'cede', info: info('cedere', 'verb') }];
    expect(
      thesaurusAlternatives(
        'it',
        { text: 'lascia', info: info('lasciare', 'verb') },
        it_,
        [verbs],
        {
          singleSense: true,
        },
      ),
    ).toEqual([]);
  });

  it('keeps the verb form and wants the synonym to say the answer back (en)', () => {
    const en = th('en', 'weapon arm limb add append say state tell');
    expect(
      thesaurusAlternatives(
        'en',
        { text: 'weapons', info: info('weapon', 'noun', { number: 'pl' }) },
        en,
        [[{ text: 'arms', info: info('arm', 'noun', { number: 'pl' }) }]],
      ),
    ).toEqual([]);
    // arm's main sense is the limb: weapon → arm is one way only, so arms is not accepted here
    // (the glossary's Waffen "weapon; arm" accepts it where the hint is German).
    const verbs = [
      { text: 'appends', info: info('append', 'verb') },
      { text: 'append', info: info('append', 'verb') },
      { text: 'says', info: info('say', 'verb') },
    ];
    expect(
      thesaurusAlternatives('en', { text: 'adds', info: info('add', 'verb') }, en, [verbs]),
    ).toEqual(['appends']);
  });
});
