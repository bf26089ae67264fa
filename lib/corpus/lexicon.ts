import {
  IT_AUX_PARTICIPLES,
  isDeterminer,
  isFunctionWord,
  isItalianPluralDeterminer,
  isNumberWord,
} from './function-words';
import type { Lang, Token } from './types';

export type Pos = 'noun' | 'verb' | 'adj' | 'adv' | 'propn' | 'num' | 'func' | 'other';
/** The parts of speech a dictionary can confirm: the only ones worth testing. */
export type ContentPos = 'noun' | 'verb' | 'adj' | 'adv';
export type Gender = 'm' | 'f' | 'n';
export type GrammaticalNumber = 'sg' | 'pl';

export interface WordInfo {
  readonly lemma: string;
  readonly pos: Pos;
  readonly gender?: Gender;
  readonly number?: GrammaticalNumber;
  /** Frequency rank, 1 = most common; absent when no list has the form or its lemma. */
  readonly rank?: number;
}

export interface LookupContext {
  readonly lang: Lang;
  readonly prev?: Token;
  readonly next?: Token;
  readonly sentenceStart: boolean;
  /** The aligned sentences in the other languages, for spotting names. */
  readonly otherSides: readonly string[];
}

/** A word a dictionary knows, as written, for distractors beyond the corpus. */
export interface VocabularyEntry {
  readonly text: string;
  readonly info: WordInfo;
}

export interface Lexicon {
  lookup(token: Token, ctx: LookupContext): WordInfo;
  /** Every form the dictionaries know in a language, sorted: typing one is not a typo. */
  wordList(lang: Lang): readonly string[];
  /** Ranked content words with their analysis, most common first. */
  vocabulary(lang: Lang): readonly VocabularyEntry[];
}

/** One dictionary reading of a form; context picks among several. */
export interface Analysis {
  readonly lemma: string;
  readonly pos: ContentPos;
  readonly gender?: Gender;
  readonly number?: GrammaticalNumber;
  /** A past participle: a verb after an auxiliary, an adjective before a noun. */
  readonly participle?: boolean;
  readonly infinitive?: boolean;
  /** Guessed from the spelling alone (English has no dictionary here). */
  readonly guessed?: boolean;
}

/** What the build-time dictionaries provide; createLexicon adds the context rules. */
export interface Dictionary {
  /** Readings of a form exactly as written (German nouns only match capitalised). */
  analyse(lang: Lang, form: string): readonly Analysis[];
  /** Frequency rank of a lower-cased form, 1 = most common. */
  rank(lang: Lang, norm: string): number | undefined;
  wordList(lang: Lang): readonly string[];
  vocabulary(lang: Lang): readonly VocabularyEntry[];
}

export function isContentPos(pos: Pos): pos is ContentPos {
  return pos === 'noun' || pos === 'verb' || pos === 'adj' || pos === 'adv';
}

export function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

function lowerFirst(text: string): string {
  return text.slice(0, 1).toLocaleLowerCase('und') + text.slice(1);
}

// A capital after an opening quote, a colon or a list dash starts a clause, like
// a sentence's first word (sagt: „Putin …“; - die offizielle …).
const CLAUSE_OPENERS = new Set(['"', "'", '„', '“', '”', '«', '»', '‚', '‘', ':', '-', '–', '—', '(']);

function opensClause(prev: Token | undefined): boolean {
  return prev !== undefined && CLAUSE_OPENERS.has(prev.text);
}

const ACRONYM_RE = /^\p{Lu}{2,}$/u;
// al-Assad, anti-Assad, pro-Assad, al-Qaida: a name inside a hyphenated word.
const NAMED_PART_RE = /[-‐]\p{Lu}/u;
const LETTER_RUN_RE = /\p{L}[\p{L}\p{M}]*/gu;

/**
 * Whether a capitalised word also stands capitalised in the aligned translations,
 * which marks a name (Assad, Putin, Reeve, Light, Instagram). German capitalises
 * every noun and every language its first word, so a word the dictionary knows
 * needs stronger evidence: capitalised in every other side, mid-sentence in one.
 */
export function echoedInOtherSides(
  text: string,
  otherSides: readonly string[],
  known: boolean,
): boolean {
  if (!isCapitalised(text) || [...text].filter((c) => /\p{L}/u.test(c)).length < 3) return false;
  const target = text.toLocaleLowerCase('und');
  const sides = otherSides.filter((s) => s.trim() !== '');
  if (sides.length === 0) return false;
  let anyMid = false;
  let inAll = true;
  let inAny = false;
  for (const side of sides) {
    let found = false;
    let first = true;
    for (const m of side.matchAll(LETTER_RUN_RE)) {
      const word = m[0];
      if (isCapitalised(word) && word.toLocaleLowerCase('und') === target) {
        found = true;
        if (!first) anyMid = true;
      }
      first = false;
    }
    inAny ||= found;
    inAll &&= found;
  }
  return known ? inAll && anyMid : inAny;
}

function infoOf(a: Analysis): WordInfo {
  return {
    lemma: a.lemma,
    pos: a.pos,
    ...(a.gender ? { gender: a.gender } : {}),
    ...(a.number ? { number: a.number } : {}),
  };
}

function isContentToken(t: Token | undefined, lang: Lang): boolean {
  return (
    t !== undefined &&
    t.kind === 'word' &&
    !isFunctionWord(t.norm, lang) &&
    !/[-‐']/u.test(t.norm) &&
    !isCapitalised(t.text)
  );
}

function first(readings: readonly Analysis[], pos: ContentPos): Analysis | undefined {
  return readings.find((r) => r.pos === pos);
}

const DE_ADJ_ENDING_RE = /(?:e|en|er|em|es)$/u;
const DE_SEIN = new Set(['ist', 'sind', 'war', 'waren', 'wäre', 'wären', 'sei', 'seien']);
const DE_PERFECT_AUX = new Set(
  'wird werden wurde wurden worden würde würden hat haben hatte hatten habe hätte hätten'.split(' '),
);
const IT_PREPOSITIONS = new Set(['di', 'a', 'da', 'in', 'con', 'su', 'per', 'tra', 'fra', 'contro', 'senza']);

/** Pick among a lower-case German word's readings (verbs and adjectives). */
function pickGerman(
  form: string,
  readings: readonly Analysis[],
  ctx: LookupContext,
  rank: (norm: string) => number,
): Analysis {
  const verb = first(readings, 'verb');
  const adj = first(readings, 'adj');
  const infinitive = readings.find((r) => r.pos === 'verb' && r.infinitive);
  if (ctx.prev?.norm === 'zu' && infinitive) return infinitive;
  // Only an inflected adjective or participle stands before its noun (syrischen
  // Präsidenten, gehaltenen Stadt); versucht Russland is a verb and its object.
  const beforeNoun = ctx.next?.kind === 'word' && isCapitalised(ctx.next.text);
  if (adj && beforeNoun && DE_ADJ_ENDING_RE.test(form) && form !== adj.lemma) return adj;
  // Before a form of sein a participle is a state (kompliziert ist), before
  // werden a passive (unterstützt wird).
  if (adj && verb && ctx.next && DE_SEIN.has(ctx.next.norm)) return adj;
  const nextNorm = ctx.next?.norm ?? '';
  if (verb?.participle && (DE_PERFECT_AUX.has(nextNorm) || DE_PERFECT_AUX.has(ctx.prev?.norm ?? ''))) {
    return verb;
  }
  const finite = readings.some((r) => r.pos === 'verb' && !r.participle);
  if (verb && adj && !finite) {
    // kompliziert is an adjective of its own, getötet the participle of töten:
    // the more frequent lemma wins.
    return rank(adj.lemma) < rank(verb.lemma) ? adj : verb;
  }
  return verb ?? adj ?? readings[0]!;
}

/** Pick among an Italian word's readings by the words around it. */
function pickItalian(
  readings: readonly Analysis[],
  ctx: LookupContext,
  nextIsNoun: () => boolean,
): Analysis {
  const noun = first(readings, 'noun');
  const adj = first(readings, 'adj');
  const verb = first(readings, 'verb');
  const adv = first(readings, 'adv');
  const prev = ctx.prev;
  const determined =
    prev !== undefined && (prev.kind === 'number' || isDeterminer(prev.norm, 'it'));
  if (determined) {
    // la scorsa settimana, un sospetto attacco: an adjective before its noun.
    if (adj && noun && isContentToken(ctx.next, 'it') && nextIsNoun()) return adj;
    return noun ?? adj ?? verb ?? adv ?? readings[0]!;
  }
  // in teoria, una serie di rivolte: a bare noun after a preposition.
  if (noun && prev && IT_PREPOSITIONS.has(prev.norm)) return noun;
  if (verb && (verb.participle || verb.infinitive)) return verb;
  // presidente siriano, è semplice: without an article, an adjective.
  return adj ?? noun ?? verb ?? adv ?? readings[0]!;
}

const EN_VERB_CUES = new Set([
  'to', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'did', 'does', 'do',
  'not', "n't", "didn't", "don't", "doesn't", 'they', 'we', 'i', 'you',
]);
// it sends, he says: a third-person subject makes an -s form a verb.
const EN_SUBJECTS_3SG = new Set(['he', 'she', 'it', 'who', 'which', 'that']);

function pickEnglish(readings: readonly Analysis[], ctx: LookupContext): Analysis {
  const r = readings[0]!;
  if (!r.guessed) return r;
  const prev = ctx.prev?.norm;
  if (prev && EN_SUBJECTS_3SG.has(prev) && r.number === 'pl') {
    return { lemma: r.lemma, pos: 'verb', guessed: true };
  }
  if (prev && EN_VERB_CUES.has(prev) && r.number !== 'pl') {
    return { lemma: r.lemma, pos: 'verb', guessed: true };
  }
  if (prev && isDeterminer(prev, 'en') && r.pos === 'verb' && !r.participle) {
    return { lemma: r.lemma, pos: 'noun', number: 'sg', guessed: true };
  }
  return r;
}

function withItalianNumber(a: Analysis, ctx: LookupContext): Analysis {
  // Invariable nouns (la/le città) take their number from the determiner.
  if (a.pos !== 'noun' || a.number || !ctx.prev || !isDeterminer(ctx.prev.norm, 'it')) return a;
  return { ...a, number: isItalianPluralDeterminer(ctx.prev.norm) ? 'pl' : 'sg' };
}

/**
 * The lexicon proper: function words, numbers and names by rule, content words
 * by the dictionaries, ambiguity settled by the neighbouring tokens.
 */
export function createLexicon(dict: Dictionary): Lexicon {
  const rankOrInf = (norm: string) => dict.rank('de', norm.toLocaleLowerCase('und')) ?? Infinity;
  function classify(token: Token, ctx: LookupContext): WordInfo {
    const { lang } = ctx;
    const norm = token.norm;
    if (token.kind === 'number' || isNumberWord(norm, lang)) return { lemma: norm, pos: 'num' };
    if (token.kind === 'punct') return { lemma: token.text, pos: 'other' };
    if (isFunctionWord(norm, lang)) return { lemma: norm, pos: 'func' };
    if (lang === 'it' && IT_AUX_PARTICIPLES.has(norm)) {
      if (!ctx.prev || !isDeterminer(ctx.prev.norm, 'it')) return { lemma: 'essere', pos: 'func' };
    }
    const capital = isCapitalised(token.text);
    const initial = ctx.sentenceStart || opensClause(ctx.prev);
    const propn: WordInfo = { lemma: token.text, pos: 'propn' };
    if (ACRONYM_RE.test(token.text)) return propn;

    if (lang === 'de') {
      const asWritten = dict.analyse(lang, token.text);
      if (capital) {
        const noun = first(asWritten, 'noun');
        const lowerReadings = dict.analyse(lang, lowerFirst(token.text));
        // Kalten Krieges, Islamischer Staat, Nahen Osten: a capitalised adjective
        // before a noun is part of a name.
        const nameAdjective =
          !initial &&
          lowerReadings.some((r) => r.pos === 'adj') &&
          DE_ADJ_ENDING_RE.test(token.text) &&
          ctx.next?.kind === 'word' &&
          dict.analyse(lang, ctx.next.text).some((r) => r.pos === 'noun');
        if (nameAdjective) return propn;
        if (noun) return echoedInOtherSides(token.text, ctx.otherSides, true) ? propn : infoOf(noun);
        if (!initial) return propn;
        // A sentence's first word: read it as written in lower case (Zunächst, Wichtig).
        if (echoedInOtherSides(token.text, ctx.otherSides, lowerReadings.length > 0)) return propn;
        if (lowerReadings.length > 0) {
          return infoOf(pickGerman(lowerFirst(token.text), lowerReadings, ctx, rankOrInf));
        }
        // Unknown in any case: a name (Russland ist …) more often than an adverb.
        return propn;
      }
      if (asWritten.length > 0) return infoOf(pickGerman(token.text, asWritten, ctx, rankOrInf));
      if (NAMED_PART_RE.test(token.text)) return propn;
      // Lower-case German words that are no noun, verb or adjective are mostly adverbs
      // (überhaupt, zunächst); the remaining closed classes are function words.
      return dict.rank(lang, norm) !== undefined ? { lemma: norm, pos: 'adv' } : { lemma: norm, pos: 'other' };
    }

    if (capital && !initial) return propn;
    if (NAMED_PART_RE.test(token.text)) return propn;
    const readings = dict.analyse(lang, norm);
    if (capital && echoedInOtherSides(token.text, ctx.otherSides, readings.length > 0)) return propn;
    if (readings.length > 0) {
      // Only a word that can be nothing but a noun: i ribelli siriani is noun + adjective.
      const nextIsNoun = () => {
        const next = ctx.next ? dict.analyse(lang, ctx.next.norm) : [];
        return next.some((r) => r.pos === 'noun') && !next.some((r) => r.pos === 'adj');
      };
      const picked =
        lang === 'it'
          ? withItalianNumber(pickItalian(readings, ctx, nextIsNoun), ctx)
          : pickEnglish(readings, ctx);
      return infoOf(picked);
    }
    if (capital && dict.rank(lang, norm) === undefined) return propn;
    return { lemma: norm, pos: 'other' };
  }

  return {
    lookup(token, ctx) {
      const info = classify(token, ctx);
      if (token.kind !== 'word' || info.pos === 'num') return info;
      const rank =
        dict.rank(ctx.lang, token.norm) ?? dict.rank(ctx.lang, info.lemma.toLocaleLowerCase('und'));
      return rank === undefined ? info : { ...info, rank };
    },
    wordList: (lang) => dict.wordList(lang),
    vocabulary: (lang) => dict.vocabulary(lang),
  };
}
