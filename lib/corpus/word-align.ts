/**
 * Word alignment between a cloze sentence and its hints: which word of each hint sentence
 * translates the blank, and whether that word points to more than one answer.
 *
 * Evidence, strongest first: the German and Italian glossaries (de→en, it→en, read both ways), a
 * cognate or shared
 * spelling (Assad, Konflikt/conflitto/conflict, Russland/Russia), and the third language as a
 * witness (de↔it through the English word both point to). Position only breaks a tie between
 * two words of the same strength and caps how far a partner may sit. Where nothing is sure the
 * answer is "no alignment": a missing highlight costs little, a wrong one teaches a wrong word.
 */
import type { AnalyzedToken } from './cards';
import { isContentPos, type WordInfo } from './lexicon';
import type { Thesaurus } from './thesaurus';
import type { Lang } from './types';

export type Span = readonly [number, number];

/** What the aligner needs of the resources: a German or Italian lemma → its English gloss ("a; b; c"). */
export type GlossOf = (lang: Lang, lemma: string) => string | undefined;

/** The languages glossed into English. */
const GLOSSED: ReadonlySet<Lang> = new Set<Lang>(['de', 'it']);

/** A word of the learner's library that could stand in the blank instead of the answer. */
export interface Candidate {
  readonly text: string;
  readonly info: WordInfo;
  /** From the cloze's own article: a synonym the article itself uses makes the blank ambiguous. */
  readonly own?: boolean;
}

export interface ClozeJudgement {
  /** Character spans, per hint language, of the words that translate the answer. */
  readonly spans: Partial<Record<Lang, readonly Span[]>>;
  /** Other forms that fill the slot with the same meaning: accepted as synonyms. */
  readonly alternatives: readonly string[];
  /** The hint points to another word as well and no form of it fits the slot: no cloze. */
  readonly ambiguous: boolean;
  /** The light verb of a fixed phrase with no hint word marked (daran liegen): no cloze. */
  readonly idiom?: boolean;
}

export interface AlignInput {
  readonly lang: Lang;
  /** The sentence's tokens and the index of the answer among them. */
  readonly tokens: readonly AnalyzedToken[];
  readonly index: number;
  /** The hint sentences by language (the unit's other texts), analysed. */
  readonly hints: Partial<Record<Lang, readonly AnalyzedToken[]>>;
  readonly gloss: GlossOf;
  /** Words of the same language the slot could take instead (the article first, then the library). */
  readonly candidates: readonly Candidate[];
  /** The answer's language's thesaurus: synonyms of its main sense that fit are accepted too. */
  readonly thesaurus?: Thesaurus;
  /** Dictionary words (forms with readings) where a synonym's fitting form may be found. */
  readonly vocabulary?: readonly Candidate[];
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und').replace(/ß/g, 'ss');

/** Spelling folded so that related words across the three languages look alike. */
function cognateKey(s: string): string {
  return fold(s)
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/k/g, 'c')
    .replace(/y/g, 'i')
    .replace(/(.)\1/g, '$1');
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const g of x) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of y) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Cognates: the same name, or related spellings. Short words must be equal once folded (a
 * four-letter look-alike is chance: arm/arma is, but also rote/rotte is not); names, which keep
 * their stem and change their ending (Russland/Russia/Russia, Syrien/Siria), may share a prefix.
 */
export function isCognate(a: string, b: string, names = false): boolean {
  const x = cognateKey(a);
  const y = cognateKey(b);
  if (x === y) return x.length >= 3;
  const short = Math.min(x.length, y.length);
  if (short < 5) return false;
  // A name's ending changes, its length hardly: Syrian is not Syrien-Konflikts.
  const close = Math.max(x.length, y.length) - short <= 3;
  if (names && close && commonPrefix(x, y) >= Math.max(3, Math.ceil(0.6 * short))) return true;
  return dice(x, y) >= 0.65;
}

const sensesCache = new Map<string, readonly string[]>();

/** The senses of a gloss as comparable keys: "to take hold of" → "take hold of". */
export function glossSenses(gloss: string | undefined): readonly string[] {
  if (!gloss) return [];
  const cached = sensesCache.get(gloss);
  if (cached) return cached;
  const senses = gloss
    .split(/[;,]/)
    .map((s) =>
      s
        .trim()
        .toLocaleLowerCase('en')
        .replace(/^(to|a|an|the) /, '')
        .replace(/ sth\.?$| sb\.?$/, '')
        .trim(),
    )
    .filter(Boolean);
  sensesCache.set(gloss, senses);
  return senses;
}

/** Candidates grouped by part of speech once per array, so a build stays linear. */
const byPosCache = new WeakMap<readonly Candidate[], Map<string, Candidate[]>>();
function byPos(candidates: readonly Candidate[], pos: string): readonly Candidate[] {
  let grouped = byPosCache.get(candidates);
  if (!grouped) {
    grouped = new Map();
    for (const c of candidates) {
      const list = grouped.get(c.info.pos) ?? [];
      list.push(c);
      grouped.set(c.info.pos, list);
    }
    byPosCache.set(candidates, grouped);
  }
  return grouped.get(pos) ?? [];
}

interface Word {
  readonly text: string;
  readonly norm: string;
  readonly info: WordInfo;
}

const isName = (w: Word) => w.info.pos === 'propn' || /^\p{Lu}/u.test(w.text);

/** True when the word `w` (German or Italian, `lang`) is glossed with the English word `en`. */
function glossed(lang: Lang, w: Word, en: Word, gloss: GlossOf): boolean {
  const senses = glossSenses(gloss(lang, w.info.lemma));
  if (senses.length === 0) return false;
  const keys = new Set([en.norm, fold(en.info.lemma)]);
  return senses.some((s) => keys.has(s));
}

/** Direct evidence that `a` (in `la`) and `b` (in `lb`) translate each other, 0 for none. */
function direct(la: Lang, a: Word, lb: Lang, b: Word, gloss: GlossOf): number {
  if (GLOSSED.has(la) && lb === 'en' && glossed(la, a, b, gloss)) return 3;
  if (la === 'en' && GLOSSED.has(lb) && glossed(lb, b, a, gloss)) return 3;
  if (isCognate(a.text, b.text, isName(a) && isName(b))) return 2;
  if (isCognate(a.info.lemma, b.info.lemma)) return 2;
  return 0;
}

const isWord = (t: AnalyzedToken) =>
  t.token.kind === 'word' && (isContentPos(t.info.pos) || t.info.pos === 'propn');
const word = (t: AnalyzedToken): Word => ({ text: t.token.text, norm: t.token.norm, info: t.info });

/** Where a token sits in its sentence, 0..1, by content-word index. */
function positions(tokens: readonly AnalyzedToken[]): Map<number, number> {
  const idx = tokens.flatMap((t, i) => (isWord(t) ? [i] : []));
  return new Map(idx.map((i, k) => [i, idx.length > 1 ? k / (idx.length - 1) : 0.5]));
}

// A partner further than this from the answer's relative place is a coincidence (a name said twice).
const MAX_SHIFT = 0.5;
// Two equally strong partners are told apart by position only when one is clearly nearer.
const TIE_MARGIN = 0.25;

interface Link {
  readonly index: number;
  readonly strength: number;
  /** The English word the link went through (or is), for finding other answers. */
  readonly via?: Word;
}

/** The hint tokens that translate `tokens[index]`, with the evidence; null when unsure. */
export function alignToken(
  lang: Lang,
  tokens: readonly AnalyzedToken[],
  index: number,
  hintLang: Lang,
  hint: readonly AnalyzedToken[],
  witness: { lang: Lang; tokens: readonly AnalyzedToken[] } | undefined,
  gloss: GlossOf,
): Link | null {
  const src = tokens[index];
  if (!src || !isWord(src)) return null;
  const a = word(src);
  const here = positions(tokens).get(index) ?? 0.5;
  const there = positions(hint);
  const links: Link[] = [];
  for (const [i, pos] of there) {
    if (Math.abs(pos - here) > MAX_SHIFT) continue;
    const b = word(hint[i]!);
    let strength = direct(lang, a, hintLang, b, gloss);
    let via: Word | undefined = hintLang === 'en' ? b : lang === 'en' ? a : undefined;
    if (strength === 0 && witness) {
      // The third language agrees with both: Konflikt → conflict → conflitto.
      for (const w of witness.tokens) {
        if (!isWord(w)) continue;
        const c = word(w);
        if (
          direct(lang, a, witness.lang, c, gloss) &&
          direct(witness.lang, c, hintLang, b, gloss)
        ) {
          strength = 1;
          via = witness.lang === 'en' ? c : via;
          break;
        }
      }
    }
    if (strength > 0) links.push({ index: i, strength, ...(via ? { via } : {}) });
  }
  if (links.length === 0) return null;
  const top = Math.max(...links.map((l) => l.strength));
  const best = links.filter((l) => l.strength === top);
  const lemmas = new Set(best.map((l) => fold(hint[l.index]!.info.lemma)));
  const shift = (l: Link) => Math.abs((there.get(l.index) ?? 0.5) - here);
  best.sort((x, y) => shift(x) - shift(y) || x.index - y.index);
  if (lemmas.size > 1 && shift(best[1]!) - shift(best[0]!) < TIE_MARGIN) return null;
  return best[0]!;
}

/** The part of a form after what it shares with its lemma: sagt/sagen → t, Waffen/Waffe → n. */
function ending(form: string, lemma: string): string {
  const f = fold(form);
  return f.slice(commonPrefix(f, fold(lemma)));
}

/** True when `c` could stand where `answer` stands: same class and the same inflection. */
function fitsSlot(answer: Word, c: Candidate): boolean {
  const a = answer.info;
  const b = c.info;
  if (a.pos !== b.pos) return false;
  if (a.pos === 'noun') {
    if (a.number !== b.number) return false;
    // In the plural the article is the same for every gender (den Ländern / den Staaten), but a
    // dative plural ends in -n.
    if (a.number === 'pl') return !/n$/u.test(answer.text) || /n$/u.test(c.text);
    return (a.gender ?? '') === (b.gender ?? '');
  }
  if (a.pos === 'verb' || a.pos === 'adj') {
    return ending(answer.text, a.lemma) === ending(c.text, b.lemma);
  }
  return true;
}

/**
 * The other lemmas the aligned hint word points to. German and Italian: lemmas glossed with the
 * same English word (Abmachung and Vereinbarung: "agreement"; davvero and veramente: "really").
 * English: the other one-word senses of the German or Italian hint word (Waffen: "weapon; arm").
 */
function otherMeanings(
  lang: Lang,
  answer: Word,
  link: Link,
  hintWord: Word,
  hintLang: Lang,
  gloss: GlossOf,
  candidates: readonly Candidate[],
): { lemmas: Set<string>; forms: string[] } {
  const lemmas = new Set<string>();
  const forms: string[] = [];
  const own = fold(answer.info.lemma);
  const seen = new Set<string>();
  // A German or English adjective is its lemma plus the answer's ending (unterschiedlichen →
  // verschiedenen); Italian changes the lemma's own last vowel, and verbs are irregular.
  const regular =
    answer.info.pos === 'adj' &&
    (lang === 'de' || lang === 'en') &&
    fold(answer.text).startsWith(own);
  const suffix = fold(answer.text).slice(own.length);
  const consider = (c: Candidate, match: boolean) => {
    const lemma = fold(c.info.lemma);
    if (lemma === own || !match || c.info.pos !== answer.info.pos) return;
    if (!fitsSlot(answer, c)) {
      if (regular) c = { text: c.info.lemma + suffix, info: c.info };
      else {
        if (c.own) lemmas.add(lemma);
        return;
      }
    }
    const key = fold(c.text);
    lemmas.add(lemma);
    if (!seen.has(key) && key !== fold(answer.text)) {
      seen.add(key);
      forms.push(/^\p{Lu}/u.test(answer.text) ? c.text : c.text.toLocaleLowerCase(lang));
    }
  };
  // Only a gloss link says what the word means; a cognate says only that it is the same word.
  if (link.strength !== 3 && link.strength !== 1) return { lemmas, forms };
  if (GLOSSED.has(lang) && link.via) {
    // The shared word must be the candidate's first sense: Zustand "condition; state" is no
    // synonym of Staat "state".
    const keys = new Set([link.via.norm, fold(link.via.info.lemma)]);
    for (const c of byPos(candidates, answer.info.pos)) {
      const first = glossSenses(gloss(lang, c.info.lemma))[0];
      consider(c, first !== undefined && keys.has(first));
    }
  } else if (lang === 'en' && GLOSSED.has(hintLang)) {
    // Only where the answer is the German word's main sense and the other word its second:
    // Region "region; area" allows area, Einfluss "say; influence" does not make say mean
    // influence, and a third sense is usually a stretch.
    // Ergane's Italian verb senses are broad (dire "say; tell", fare "do; make"): she tells
    // is no second answer for she says, so an Italian hint widens only nouns and adjectives.
    if (hintLang === 'it' && answer.info.pos === 'verb') return { lemmas, forms };
    const [first, second] = glossSenses(gloss(hintLang, hintWord.info.lemma));
    const lemma = fold(answer.info.lemma);
    if (!second || second.includes(' ') || (first !== lemma && first !== answer.norm)) {
      return { lemmas, forms };
    }
    const senses = new Set([second]);
    for (const c of byPos(candidates, answer.info.pos)) consider(c, senses.has(fold(c.info.lemma)));
  }
  return { lemmas, forms };
}

const ALTERNATIVES_MAX = 4;

/** A main sense listing more words than this is a loose cluster (äußerst: sehr, stark, enorm…). */
const MAX_MAIN_SENSE = 6;

/**
 * What follows the part a form shares with its lemma, and whether the whole lemma is kept
 * (lascia < lasciare, cedere = cedere); an irregular form (dà/dare) by its last two letters.
 */
function endingClassOf(text: string, lemma: string): string {
  const a = text.toLowerCase();
  const b = lemma.toLowerCase();
  const i = commonPrefix(a, b);
  const suffix = a.slice(i);
  if (i < 3 || suffix.length > 3) return `~${a.slice(-2)}`;
  return `${i === b.length ? '=' : '<'}${suffix}`;
}

const byLemmaCache = new WeakMap<readonly Candidate[], Map<string, Map<string, Candidate[]>>>();
/** Candidates of one class by folded lemma, grouped once per array. */
function byLemma(candidates: readonly Candidate[], pos: string): ReadonlyMap<string, Candidate[]> {
  let perPos = byLemmaCache.get(candidates);
  if (!perPos) {
    perPos = new Map();
    byLemmaCache.set(candidates, perPos);
  }
  let out = perPos.get(pos);
  if (!out) {
    out = new Map();
    for (const c of byPos(candidates, pos)) {
      const k = fold(c.info.lemma);
      const list = out.get(k);
      if (list) list.push(c);
      else out.set(k, [c]);
    }
    perPos.set(pos, out);
  }
  return out;
}

/**
 * The thesaurus's synonyms of the answer's main sense (its only sense, or the first its own
 * entry lists: davvero → veramente, Abmachung → Vereinbarung) in a form that fits the slot,
 * found among the library's and the dictionary's forms (same class, number and gender, the
 * same ending after the lemma; a German or English adjective is built as lemma + the answer's
 * ending). A synonym without a fitting form gives nothing: a missed synonym costs less than
 * accepting a word in the wrong form.
 */
export function thesaurusAlternatives(
  lang: Lang,
  answer: { readonly text: string; readonly info: WordInfo },
  thesaurus: Thesaurus,
  /** Where to look for forms, each list grouped once (the library, the vocabulary). */
  lists: readonly (readonly Candidate[])[],
  /**
   * `singleSense`: only an answer with one sense of its class (the thesaurus lists senses in no
   * telling order: Italian, German), unless `confirms` vouches for the synonym (German: the same
   * first gloss sense, Vereinbarung and Abmachung "agreement"). English (WordNet) lists the
   * commonest sense first, so its first sense is taken.
   */
  opts: { readonly singleSense: boolean; readonly confirms?: (lemma: string) => boolean } = {
    singleSense: false,
  },
): string[] {
  const pos = answer.info.pos;
  if (!isContentPos(pos)) return [];
  const lemmaOfAnswer = answer.info.lemma;
  // A synonym must say the answer back in its own main sense (objective → object is one way
  // only: an object is first a thing), and a long list of "synonyms" is a cluster of related
  // words, not one meaning.
  const listed = thesaurus.mainSynonyms(lemmaOfAnswer, pos);
  if (listed.length === 0 || listed.length > MAX_MAIN_SENSE) return [];
  const oneSense = thesaurus.senses(lemmaOfAnswer, pos).length === 1;
  const main = new Set(
    listed
      .filter((w) => thesaurus.mainSynonyms(w, pos).some((x) => fold(x) === fold(lemmaOfAnswer)))
      .filter((w) => !opts.singleSense || oneSense || opts.confirms?.(w) === true)
      .map(fold),
  );
  if (main.size === 0) return [];
  const answerClass = endingClassOf(answer.text, lemmaOfAnswer);
  const own = fold(answer.info.lemma);
  const regular =
    pos === 'adj' && (lang === 'de' || lang === 'en') && fold(answer.text).startsWith(own);
  const suffix = fold(answer.text).slice(own.length);
  const a: Word = { text: answer.text, norm: fold(answer.text), info: answer.info };
  const out: string[] = [];
  const seen = new Set([fold(answer.text)]);
  const found = lists.flatMap((l) => [...main].flatMap((m) => byLemma(l, pos).get(m) ?? []));
  for (const c of found) {
    const lemma = fold(c.info.lemma);
    if (lemma === own) continue;
    let form: string | undefined;
    // Verbs and adjectives also keep the answer's ending class (lascia: not cedere, dà).
    const sameClass =
      (pos !== 'verb' && pos !== 'adj') || endingClassOf(c.text, c.info.lemma) === answerClass;
    if (fitsSlot(a, c) && sameClass) form = c.text;
    else if (regular) form = c.info.lemma + suffix;
    if (!form || !/^[\p{L}\p{M}]+$/u.test(form)) continue;
    const k = fold(form);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(/^\p{Lu}/u.test(answer.text) ? form : form.toLocaleLowerCase(lang));
  }
  return out;
}

/**
 * For one cloze: the spans of its translation in each hint, and what else the hint allows.
 * A cloze is ambiguous when an aligned hint word means another lemma too and no form of that
 * lemma fitting the slot is known (so the learner's synonym could not be recognised).
 */
export function judgeCloze(input: AlignInput): ClozeJudgement {
  const { lang, tokens, index, hints, gloss, candidates } = input;
  const spans: Partial<Record<Lang, readonly Span[]>> = {};
  const alternatives: string[] = [];
  let ambiguous = false;
  const hintLangs = Object.keys(hints) as Lang[];
  const answer = word(tokens[index]!);
  for (const hl of hintLangs) {
    const hint = hints[hl]!;
    const wl = hintLangs.find((l) => l !== hl);
    const witness = wl ? { lang: wl, tokens: hints[wl]! } : undefined;
    const link = alignToken(lang, tokens, index, hl, hint, witness, gloss);
    if (!link) continue;
    const t = hint[link.index]!;
    spans[hl] = [[t.token.start, t.token.end]];
    const other = otherMeanings(lang, answer, link, word(t), hl, gloss, candidates);
    for (const f of other.forms) if (!alternatives.includes(f)) alternatives.push(f);
    // Another lemma the article itself uses for this meaning, and no form of it fits the slot.
    if (other.lemmas.size > 0 && other.forms.length === 0) ambiguous = true;
  }
  if (input.thesaurus) {
    const first = (lemma: string) => glossSenses(gloss(lang, lemma))[0];
    const answerSense = lang === 'de' ? first(answer.info.lemma) : undefined;
    const found = thesaurusAlternatives(
      lang,
      answer,
      input.thesaurus,
      [candidates, input.vocabulary ?? []],
      {
        singleSense: lang !== 'en',
        ...(answerSense
          ? {
              confirms: (lemma: string) =>
                [lemma, lemma.slice(0, 1).toUpperCase() + lemma.slice(1)].some(
                  (l) => first(l) === answerSense,
                ),
            }
          : {}),
      },
    );
    for (const f of found) if (!alternatives.includes(f)) alternatives.push(f);
  }
  return { spans, alternatives: alternatives.slice(0, ALTERNATIVES_MAX), ambiguous };
}

/** Per course: how many clozes were aligned, left without a highlight, dropped or widened. */
export interface AlignmentCounts {
  /** Clozes made (after dropping the ambiguous ones). */
  readonly clozes: number;
  /** Clozes with a highlight in at least one hint language. */
  readonly aligned: number;
  readonly notAligned: number;
  /** Clozes not made because the hint points to another word too. */
  readonly ambiguousDropped: number;
  /** Clozes not made: a fixed phrase's light verb with no hint word marked. */
  readonly idiomDropped: number;
  /** Clozes that accept alternatives (synonyms). */
  readonly withAlternatives: number;
}

type Tally = { -readonly [K in keyof AlignmentCounts]: AlignmentCounts[K] };

export function emptyCounts(): Tally {
  return {
    clozes: 0,
    aligned: 0,
    notAligned: 0,
    ambiguousDropped: 0,
    idiomDropped: 0,
    withAlternatives: 0,
  };
}

/** Folds the judgements of a build into counts per language, for the quality report. */
export function alignmentCounts(
  judged: Iterable<{ readonly lang: Lang; readonly judgement: ClozeJudgement }>,
): Partial<Record<Lang, AlignmentCounts>> {
  const out: Partial<Record<Lang, Tally>> = {};
  for (const { lang, judgement } of judged) {
    const c = out[lang] ?? emptyCounts();
    if (judgement.ambiguous) c.ambiguousDropped++;
    else if (judgement.idiom) c.idiomDropped++;
    else {
      c.clozes++;
      if (Object.keys(judgement.spans).length > 0) c.aligned++;
      else c.notAligned++;
      if (judgement.alternatives.length > 0) c.withAlternatives++;
    }
    out[lang] = c;
  }
  return out;
}
