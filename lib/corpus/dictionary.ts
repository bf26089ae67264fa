/**
 * The dictionary lookups behind `createLexicon`, on plain tables: German and
 * Italian noun, adjective and verb readings per form, and frequency ranks. Node
 * builds the tables from the RosaeNLG packages (scripts/lexicon/build-lexicon.ts);
 * the browser decodes them from public/lexicon (lexicon-file.ts). Both go through
 * this module, so the two give the same answers.
 */
import { analyseEnglish, hasTellingEnding } from './english';
import { isFunctionWord, isNumberWord, SEPARABLE_PARTICLES } from './function-words';
import {
  isCapitalised,
  type Analysis,
  type Dictionary,
  type Gender,
  type GrammaticalNumber,
  type VocabularyEntry,
} from './lexicon';
import type { Lang } from './types';

/** A lemma a noun form belongs to; gender and number as the tables give them. */

/** Comparatives that are adjectives of their own meaning: früher "former", später "later". */
const DE_OWN_COMPARATIVES = ['früher', 'später'];

export interface NounReading {
  readonly lemma: string;
  readonly gender?: Gender;
  readonly number?: GrammaticalNumber;
}

export interface AdjReading {
  readonly lemma: string;
  /** morph-it lists past participles as adjectives under the verb (ridotta → ridurre). */
  readonly fromVerb?: true;
}

export interface VerbReading {
  readonly lemma: string;
  readonly participle?: true;
  readonly infinitive?: true;
  /** The form is the stem half of a separable verb (greife … an → angreifen). */
  readonly split?: true;
  /** Only a du/ihr form or an imperative, rare in news (äußerst is not "you utter"). */
  readonly secondPerson?: true;
}

/** Everything the dictionaries say about one form as written. */
export interface FormEntry {
  /** Every lemma the form can belong to (Zielen: Ziel and Zielen); the most frequent wins. */
  readonly nouns?: readonly NounReading[];
  /**
   * The form is in the noun form list (german-dict-helper, morph-it), not only in a
   * declension table: only those count as known words and as compound first parts.
   */
  readonly listedNoun?: true;
  readonly adj?: AdjReading;
  /** In the order the conjugation tables give them: ties in rank keep it. */
  readonly verbs?: readonly VerbReading[];
}

export interface LexiconTables {
  readonly lang: Lang;
  /** Every ranked lower-case word with its rank, most common first (ties by word). */
  readonly ranks: readonly (readonly [string, number])[];
  /** Maps, not objects: a plain object answers "constructor" with a function. */
  readonly forms: ReadonlyMap<string, FormEntry>;
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

const VOCABULARY_SIZE = 20_000;

/** A lemma ranked this far is a real word (Muslim 41,717), not a rare homograph's lemma. */
const PLURAL_LEMMA_RANK = 50_000;

/**
 * Genders the German tables get wrong for a noun's common sense (die Ebene, der Moment "instant",
 * der Teil "part"): checked by hand against the shipped articles, a test holds each.
 */
export const GERMAN_GENDER_FIXES: ReadonlyMap<string, Gender> = new Map([
  ['Ebene', 'f'],
  ['Moment', 'm'],
  ['Teil', 'm'],
]);

/**
 * Italian nouns in -zione/-sione are feminine (l'azione, la missione), whatever the tables say:
 * Morph-it tags some of them masculine (azione), and the article check then offers the wrong forms.
 */
export function italianGenderFix(lemma: string): Gender | undefined {
  return /(?:z|s)ione$/u.test(lemma) ? 'f' : undefined;
}

const NO_FORMS: ReadonlyMap<string, FormEntry> = new Map();

/** The lookups on a language's tables; a language without tables has no readings. */
export function makeDictionary(tables: Partial<Record<Lang, LexiconTables>>): Dictionary {
  const rankMaps: Partial<Record<Lang, ReadonlyMap<string, number>>> = {};
  const rankOf = (lang: Lang, norm: string): number | undefined =>
    (rankMaps[lang] ??= new Map(tables[lang]?.ranks ?? [])).get(norm);
  const formsOf = (lang: Lang) => tables[lang]?.forms ?? NO_FORMS;
  const de = formsOf('de');
  const it = formsOf('it');
  const byRank = (lang: Lang) => (a: VerbReading, b: VerbReading) =>
    (rankOf(lang, a.lemma) ?? Infinity) - (rankOf(lang, b.lemma) ?? Infinity) ||
    (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0);

  /**
   * Of several lemmas a form can belong to, the most frequent (Zielen → Ziel). A lemma spelt
   * like the form takes the form's own frequency, so the plural of a common noun comes
   * first: Fragen is Frage's plural, not das Fragen; Muslime Muslim's, not the old feminine.
   */
  const bestNoun = (lang: Lang, form: string, all: readonly NounReading[] | undefined) => {
    const pluralOfCommon = all?.some(
      (n) =>
        n.lemma !== form &&
        n.number === 'pl' &&
        (rankOf(lang, n.lemma.toLocaleLowerCase(lang)) ?? Infinity) <= PLURAL_LEMMA_RANK,
    );
    const nouns = pluralOfCommon ? all!.filter((n) => n.lemma !== form) : all;
    const best =
      nouns && nouns.length > 1
        ? [...nouns].sort(
            ({ lemma: a }, { lemma: b }) =>
              (rankOf(lang, a.toLocaleLowerCase(lang)) ?? Infinity) -
                (rankOf(lang, b.toLocaleLowerCase(lang)) ?? Infinity) ||
              Number(b === form) - Number(a === form) ||
              (a < b ? -1 : a > b ? 1 : 0),
          )[0]
        : nouns?.[0];
    const gender = !best
      ? undefined
      : lang === 'de'
        ? GERMAN_GENDER_FIXES.get(best.lemma)
        : lang === 'it'
          ? italianGenderFix(best.lemma)
          : undefined;
    return best && gender ? { ...best, gender } : best;
  };

  let deAdjLemmas: ReadonlySet<string> | undefined;
  const isGermanAdjLemma = (word: string) => {
    if (!deAdjLemmas) {
      const lemmas = new Set<string>();
      for (const entry of de.values()) if (entry.adj) lemmas.add(entry.adj.lemma);
      deAdjLemmas = lemmas;
    }
    return deAdjLemmas.has(word);
  };

  function germanNoun(form: string): Analysis | undefined {
    const noun = bestNoun('de', form, de.get(form)?.nouns);
    if (!noun?.lemma) return undefined;
    const { lemma, gender, number } = noun;
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
      const noun = de.get(upperFirst(lower))?.listedNoun === true && common(lower);
      const adj = isGermanAdjLemma(lower) && common(lower);
      const verb = [`${lower}en`, `${lower}n`].some(
        (inf) => de.get(inf)?.verbs?.some((r) => r.infinitive) && common(inf),
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
    // ihrer früheren Beziehungen: an inflected comparative that is an adjective of its own
    // ("former", "later"), not a degree of früh, spät.
    const own = DE_OWN_COMPARATIVES.find(
      (c) => form.startsWith(c) && /^(e|en|em|er|es)$/u.test(form.slice(c.length)),
    );
    if (own) return { lemma: own, pos: 'adj' };
    const lemma = de.get(form)?.adj?.lemma;
    if (lemma) return { lemma, pos: 'adj' };
    for (const suffix of GRADE_SUFFIXES) {
      if (!form.endsWith(suffix)) continue;
      const stem = form.slice(0, -suffix.length);
      for (const base of [stem, deUmlaut(stem)]) {
        if (base.length < 3 || !isGermanAdjLemma(base)) continue;
        // An uninflected superlative is an adverb of its own: längst "long since",
        // äußerst "extremely", höchst; an adjective is inflected or takes "am …sten".
        if (suffix === 'st' || suffix === 'est') return { lemma: form, pos: 'adv' };
        return { lemma: base, pos: 'adj' };
      }
    }
    // sechsjährigen → sechs + jährig
    for (let i = 2; i <= form.length - 5; i++) {
      const head = de.get(form.slice(i))?.adj?.lemma;
      if (head) return { lemma: form.slice(0, i) + head, pos: 'adj' };
    }
    return undefined;
  }

  /** The separable verb a stem form makes with a particle (greift + an → angreifen). */
  function separableLemma(form: string, particle: string): string | undefined {
    let best: string | undefined;
    for (const r of de.get(form)?.verbs ?? []) {
      // zugreifen, not zurückgreifen, for zu: the shortest lemma with that particle.
      if (r.split && r.lemma.startsWith(particle) && (!best || r.lemma.length < best.length)) {
        best = r.lemma;
      }
    }
    return best;
  }

  /** A lemma's separable particle, when the rest is a verb of its own (zurück|kehren). */
  function particleOf(lemma: string): string | undefined {
    return SEPARABLE_PARTICLES.find((p) => {
      if (!lemma.startsWith(p) || lemma.length - p.length < 4) return false;
      const rest = lemma.slice(p.length);
      return de.get(rest)?.verbs?.some((r) => r.infinitive && r.lemma === rest) ?? false;
    });
  }

  function germanVerb(form: string): (Analysis & { secondPerson: boolean })[] {
    const readings = de.get(form)?.verbs ?? [];
    // Without the clause-final particle a stem reads as the plain verb: greifen … an
    // gives greifen, not angreifen, unless no plain verb has the form.
    const plain = readings.filter((r) => !r.split);
    if (plain.length === 0) {
      // A subordinate clause joins the particle to the finite verb (ansieht, herkam), a
      // form the conjugation tables do not list: the stem's separable reading with it.
      for (const particle of SEPARABLE_PARTICLES) {
        if (!form.startsWith(particle) || form.length - particle.length < 3) continue;
        const lemma = separableLemma(form.slice(particle.length), particle);
        if (lemma) {
          return [
            { lemma, pos: 'verb', secondPerson: false, separable: { particle, joined: true } },
          ];
        }
      }
    }
    let chosen = plain.length > 0 ? plain : readings;
    if (chosen.some((r) => !r.secondPerson)) chosen = chosen.filter((r) => !r.secondPerson);
    return chosen
      .slice()
      .sort(byRank('de'))
      .map((r) => {
        const particle = r.split ? undefined : particleOf(r.lemma);
        return {
          lemma: r.lemma,
          pos: 'verb',
          secondPerson: Boolean(r.secondPerson),
          ...(r.participle ? { participle: true } : {}),
          ...(r.infinitive ? { infinitive: true } : {}),
          // zurückkehren, angegriffen: the particle is part of the form.
          ...(particle ? { separable: { particle, joined: true } } : {}),
        };
      });
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
    let readings = it.get(form)?.verbs;
    if (!readings) {
      // The tables store gerunds with clitics only (cercandovi): rebuild the infinitive.
      const gerund = /^(.{2,})(ando|endo)$/u.exec(form);
      if (gerund) {
        const ends = gerund[2] === 'ando' ? ['are'] : ['ere', 'ire', 'rre'];
        for (const end of ends) {
          const lemma = gerund[1]! + end;
          if (it.get(lemma)?.verbs?.some((r) => r.infinitive)) {
            readings = [{ lemma }];
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
          const found = it.get(base)?.verbs?.filter((r) => r.infinitive || base.endsWith('ndo'));
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
    const entry = it.get(form);
    const noun = bestNoun('it', form, entry?.nouns);
    if (noun?.lemma) {
      const { lemma, gender, number } = noun;
      out.push({
        lemma,
        pos: 'noun',
        ...(gender ? { gender } : {}),
        ...(number ? { number } : {}),
      });
    }
    const adj = entry?.adj;
    if (adj && !adj.fromVerb) out.push({ lemma: adj.lemma, pos: 'adj' });
    out.push(...italianVerb(form));
    if (form.endsWith('mente') && form.length > 7) {
      const stem = form.slice(0, -5);
      const base = [`${stem}e`, stem.endsWith('a') ? `${stem.slice(0, -1)}o` : '', stem].find(
        (b) => b && it.get(b)?.adj,
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
      const all = new Set<string>((tables[lang]?.ranks ?? []).map(([w]) => w));
      for (const [form, entry] of formsOf(lang)) {
        if ((entry.listedNoun || entry.adj || entry.verbs) && /^\p{L}/u.test(form)) all.add(form);
      }
      list = [...all].sort();
      wordLists.set(lang, list);
    }
    return list;
  };

  /**
   * Whether a noun reading is an adjective standing for a noun: Italian forms whose
   * adjective reading has the noun's lemma (semplice, minimo), German capitalised forms
   * whose lower case is an adjective and whose noun lemma is that adjective's (Mittlere).
   */
  const nominalisedAdjective = (
    lang: Lang,
    text: string,
    noun: Analysis,
    readings: readonly Analysis[],
  ): boolean => {
    if (lang === 'it') return readings.some((r) => r.pos === 'adj' && r.lemma === noun.lemma);
    if (lang !== 'de' || !isCapitalised(text)) return false;
    const lower = analyse('de', lowerFirst(text));
    const lemma = noun.lemma.toLocaleLowerCase('de');
    // Mittlere ← mittler(e), not Arme ← arm: the noun's lemma keeps the adjective's -e.
    return lower.some(
      (r) => r.pos === 'adj' && /e$/u.test(lemma) && (lemma === r.lemma || lemma === `${r.lemma}e`),
    );
  };

  const vocabularies = new Map<Lang, readonly VocabularyEntry[]>();
  const vocabulary = (lang: Lang): readonly VocabularyEntry[] => {
    let entries = vocabularies.get(lang);
    if (!entries) {
      const out: VocabularyEntry[] = [];
      for (const [word, rank] of tables[lang]?.ranks ?? []) {
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
          // A nominalised adjective (i semplici, die Mittleren) is read as the adjective in
          // almost any slot: offered as a noun, it stands out as the wrong class.
          if (a.pos === 'noun' && nominalisedAdjective(lang, text, a, readings)) continue;
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

  return {
    analyse,
    rank: rankOf,
    wordList,
    vocabulary,
    separable: (lang, form, particle) =>
      lang === 'de' ? separableLemma(form, particle) : undefined,
  };
}
