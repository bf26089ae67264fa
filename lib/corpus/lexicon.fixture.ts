import { createLexicon, type Analysis, type Dictionary, type Lexicon } from './lexicon';
import { analyzeSentence } from './pipeline';
import type { Lang, Token } from './types';
import type { WordInfo } from './lexicon';

// A hand-made dictionary for the words of a few sentences of the BBC article, so
// unit tests exercise the lexicon's rules without loading the real dictionaries.
// Ranks are the real combined ranks (scripts/lexicon) rounded.

type Entry = readonly [form: string, analysis: Analysis];

const noun = (lemma: string, gender: 'm' | 'f' | 'n', number?: 'sg' | 'pl'): Analysis => ({
  lemma,
  pos: 'noun',
  gender,
  ...(number ? { number } : {}),
});
const verb = (
  lemma: string,
  flags: { participle?: boolean; infinitive?: boolean } = {},
): Analysis => ({
  lemma,
  pos: 'verb',
  ...flags,
});
const adj = (lemma: string): Analysis => ({ lemma, pos: 'adj' });

const DE: readonly Entry[] = [
  ['Jahr', noun('Jahr', 'n', 'sg')],
  ['Jahren', noun('Jahr', 'n', 'pl')],
  ['Präsident', noun('Präsident', 'm', 'sg')],
  ['Geschichte', noun('Geschichte', 'f', 'sg')],
  ['Zeit', noun('Zeit', 'f', 'sg')],
  ['Krieges', noun('Krieg', 'm', 'sg')],
  ['Krieg', noun('Krieg', 'm', 'sg')],
  ['Einfluss', noun('Einfluss', 'm', 'sg')],
  ['Hilfe', noun('Hilfe', 'f', 'sg')],
  ['Waffen', noun('Waffe', 'f', 'pl')],
  ['Waffe', noun('Waffe', 'f', 'sg')],
  ['Gruppen', noun('Gruppe', 'f', 'pl')],
  ['Kräfte', noun('Kraft', 'f', 'pl')],
  ['Seiten', noun('Seite', 'f', 'pl')],
  ['Menschen', noun('Mensch', 'm', 'pl')],
  ['Sanktionen', noun('Sanktion', 'f', 'pl')],
  ['Bomben', noun('Bombe', 'f', 'pl')],
  ['Schusswaffen', noun('Schusswaffe', 'f', 'pl')],
  ['Light', noun('Light', 'n', 'sg')],
  ['reicht', verb('reichen')],
  ['gewann', verb('gewinnen')],
  ['lieferte', verb('liefern')],
  ['liefert', verb('liefern')],
  ['kämpft', verb('kämpfen')],
  ['kämpfen', verb('kämpfen', { infinitive: true })],
  ['unterstützt', verb('unterstützen', { participle: true })],
  ['unterstützt', verb('unterstützen')],
  ['gewinnt', verb('gewinnen')],
  ['sagt', verb('sagen')],
  ['kalten', adj('kalt')],
  ['syrischen', adj('syrisch')],
];

const IT: readonly Entry[] = [
  ['arriva', verb('arrivare')],
  ['sospetto', noun('sospetto', 'm', 'sg')],
  ['sospetto', adj('sospetto')],
  ['attacco', noun('attacco', 'm', 'sg')],
  ['attacco', verb('attaccare')],
  ['chimico', adj('chimico')],
  ['ucciso', verb('uccidere', { participle: true })],
  ['persone', noun('persona', 'f', 'pl')],
  ['siriane', adj('siriano')],
  ['città', noun('città', 'f')],
  ['tenuta', noun('tenuta', 'f', 'sg')],
  ['tenuta', verb('tenere', { participle: true })],
  ['ribelli', noun('ribelle', 'm', 'pl')],
  ['ribelli', adj('ribelle')],
  ['scorsa', adj('scorso')],
  ['settimana', noun('settimana', 'f', 'sg')],
  ['armi', noun('arma', 'f', 'pl')],
  ['arma', noun('arma', 'f', 'sg')],
  ['forze', noun('forza', 'f', 'pl')],
  ['truppe', noun('truppa', 'f', 'pl')],
  ['guerra', noun('guerra', 'f', 'sg')],
];

const RANKS: Readonly<Record<Lang, Readonly<Record<string, number>>>> = {
  de: {
    jahr: 50,
    jahren: 173,
    präsident: 924,
    geschichte: 223,
    zeit: 131,
    krieges: 2643,
    krieg: 695,
    einfluss: 2055,
    hilfe: 363,
    waffen: 805,
    waffe: 400,
    gruppen: 1500,
    kräfte: 900,
    seiten: 2000,
    menschen: 279,
    sanktionen: 3000,
    bomben: 1700,
    schusswaffen: 9000,
    reicht: 710,
    gewann: 458,
    lieferte: 8465,
    liefert: 3000,
    kämpft: 2000,
    kämpfen: 886,
    unterstützt: 1200,
    gewinnt: 1500,
    sagt: 264,
    mindestens: 2038,
    kalten: 6651,
    syrischen: 21255,
    russland: 2311,
    syrien: 10603,
    putin: 39307,
    light: 8786,
  },
  it: {
    arriva: 568,
    sospetto: 2143,
    attacco: 428,
    chimico: 3679,
    ucciso: 338,
    persone: 180,
    siriane: 22657,
    città: 48,
    tenuta: 1378,
    ribelli: 2200,
    scorsa: 1188,
    settimana: 408,
    armi: 822,
    arma: 600,
    forze: 273,
    truppe: 1900,
    guerra: 532,
    russia: 552,
  },
  en: {},
};

export function fakeDictionary(): Dictionary {
  const tables: Record<Lang, Map<string, Analysis[]>> = {
    de: new Map(),
    it: new Map(),
    en: new Map(),
  };
  for (const [lang, entries] of [
    ['de', DE],
    ['it', IT],
  ] as const) {
    for (const [form, analysis] of entries) {
      tables[lang].set(form, [...(tables[lang].get(form) ?? []), analysis]);
    }
  }
  return {
    analyse: (lang, form) => tables[lang].get(form) ?? [],
    rank: (lang, norm) => RANKS[lang][norm],
    wordList: (lang) => [...tables[lang].keys()].sort(),
    vocabulary: () => [],
  };
}

export function fakeLexicon(): Lexicon {
  return createLexicon(fakeDictionary());
}

/** Tokens and lexicon readings of a sentence, the way the corpus build makes them. */
export function analyse(
  lexicon: Lexicon,
  sentence: string,
  lang: Lang,
  otherSides: readonly string[] = [],
): { tokens: Token[]; infos: WordInfo[] } {
  const analyzed = analyzeSentence(lexicon, sentence, lang, otherSides);
  return { tokens: analyzed.map((a) => a.token), infos: analyzed.map((a) => a.info) };
}
