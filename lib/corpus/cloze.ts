import { isContentPos, type WordInfo } from './lexicon';
import type { Token } from './types';

export interface ClozeOptions {
  /** Most blanks per sentence (each becomes its own card). */
  readonly max?: number;
  /** The learner's vocabulary band: ranks up to this count as common words. */
  readonly band?: number;
}

export const DEFAULT_MAX_CLOZES = 3;
export const DEFAULT_BAND = 10_000;

const letters = (text: string): number => (text.match(/\p{L}/gu) ?? []).length;

/**
 * Whether a token may be blanked at all. Function words, names and numbers are
 * the anchors a learner needs to parse the sentence; very short words and pieces
 * of hyphenated or elided words make poor answers (Anti-Assad-Rebellen, dell').
 */
export function isClozeCandidate(token: Token, info: WordInfo, band = DEFAULT_BAND): boolean {
  if (token.kind !== 'word') return false;
  if (info.pos === 'func' || info.pos === 'propn' || info.pos === 'num') return false;
  if (letters(token.text) < 3 || !/^[\p{L}\p{M}]+$/u.test(token.text)) return false;
  // Mixed capitals (McDonald, BBCNewsbeat) are brands, whatever the lexicon says.
  if (/\p{Lu}/u.test(token.text.slice(1))) return false;
  // A word of unknown class must at least be common; rarer words must be known
  // to the dictionaries, which keeps typos and foreign words out.
  if (info.pos === 'other') return info.rank !== undefined && info.rank <= band;
  return isContentPos(info.pos);
}

/**
 * Indices of the tokens worth blanking, best first. Clozemaster's rule: the least
 * common word within the learner's band comes first (within the band, higher rank
 * first). Dictionary words beyond the band follow, the more common first, then
 * unranked dictionary words. One blank per lemma in a sentence.
 */
export function chooseClozes(
  tokens: readonly Token[],
  infos: readonly WordInfo[],
  opts: ClozeOptions = {},
): number[] {
  const max = opts.max ?? DEFAULT_MAX_CLOZES;
  const band = opts.band ?? DEFAULT_BAND;
  const candidates: { index: number; tier: number; key: number; text: string }[] = [];
  tokens.forEach((token, index) => {
    const info = infos[index];
    if (!info || !isClozeCandidate(token, info, band)) return;
    const rank = info.rank;
    if (rank === undefined) candidates.push({ index, tier: 2, key: 0, text: token.norm });
    else if (rank <= band) candidates.push({ index, tier: 0, key: -rank, text: token.norm });
    else candidates.push({ index, tier: 1, key: rank, text: token.norm });
  });
  candidates.sort(
    (a, b) =>
      a.tier - b.tier ||
      a.key - b.key ||
      (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) ||
      a.index - b.index,
  );
  const chosen: number[] = [];
  const lemmas = new Set<string>();
  for (const c of candidates) {
    if (chosen.length >= max) break;
    const lemma = infos[c.index]!.lemma.toLocaleLowerCase('und');
    if (lemmas.has(lemma)) continue;
    lemmas.add(lemma);
    chosen.push(c.index);
  }
  return chosen;
}

export interface DistractorSource {
  readonly text: string;
  readonly info: WordInfo;
  readonly articleId: string;
}

export interface DistractorOptions {
  /** Words from the frequency list or lexicon, used when the corpus has too few. */
  readonly fallback?: readonly { readonly text: string; readonly info: WordInfo }[];
  /** German→English glosses: a word with the answer's meaning would also be right. */
  readonly gloss?: (lemma: string) => string | undefined;
  /** Words not to offer, such as the rest of the sentence (visible next to the blank). */
  readonly exclude?: readonly string[];
}

// Distractor choice compares every corpus and vocabulary word with each answer;
// folding is the costly part, so it is remembered (a pure function of its input).
const folded = new Map<string, string>();

function fold(text: string): string {
  let out = folded.get(text);
  if (out === undefined) {
    out = text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und');
    folded.set(text, out);
  }
  return out;
}

/** FNV-1a over UTF-16 units, 32 bits: a stable, cheap shuffle key. */
function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

const NO_SENSES: ReadonlySet<string> = new Set();
const sensesOf = new Map<string, ReadonlySet<string>>();

function senses(gloss: string | undefined): ReadonlySet<string> {
  if (!gloss) return NO_SENSES;
  let out = sensesOf.get(gloss);
  if (!out) {
    out = new Set(
      gloss
        .split(/[;,]/)
        .map((s) => s.trim().toLocaleLowerCase('und'))
        .filter((s) => s !== ''),
    );
    sensesOf.set(gloss, out);
  }
  return out;
}

/**
 * A cheap stand-in for the inflection: what follows the part shared with the lemma
 * (syrisch+en, kämpf+t, sosten+uti) and whether the whole lemma is kept (attacca
 * is not the infinitive attaccare), or the last two letters when the form is
 * irregular (gekämpft, ridotta). Same class means the distractor fits the slot.
 */
export function endingClass(text: string, lemma: string): string {
  const a = text.toLocaleLowerCase('und');
  const b = lemma.toLocaleLowerCase('und');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const suffix = a.slice(i);
  if (i < 3 || suffix.length > 3) return `~${a.slice(-2)}`;
  return `${i === b.length ? '=' : '<'}${suffix}`;
}

/** 0: same ending class; 1: at least the same last letter (number, gender); 2: neither. */
function formDistance(answerClass: string, answerLast: string, c: Prepared): number {
  if (c.ending === answerClass) return 0;
  return c.last === answerLast ? 1 : 2;
}

function withInitial(text: string, upper: boolean): string {
  const head = text.slice(0, 1);
  return (upper ? head.toLocaleUpperCase('und') : head.toLocaleLowerCase('und')) + text.slice(1);
}

/** A candidate with what every comparison needs, computed once per list. */
interface Prepared {
  readonly text: string;
  readonly info: WordInfo;
  readonly articleId: string | undefined;
  readonly folded: string;
  readonly lemma: string;
  readonly ending: string;
  readonly last: string;
}

function bucketOf(info: WordInfo): string {
  return info.pos === 'noun' ? `noun|${info.gender ?? ''}|${info.number ?? ''}` : info.pos;
}

// The corpus pool and the vocabulary are the same arrays for every cloze of a
// build: group them by part of speech (and gender and number) once.
const preparedLists = new WeakMap<object, Map<string, Prepared[]>>();

function prepare(
  list: readonly { readonly text: string; readonly info: WordInfo; readonly articleId?: string }[],
): Map<string, Prepared[]> {
  let buckets = preparedLists.get(list);
  if (buckets) return buckets;
  buckets = new Map();
  const seen = new Set<string>();
  for (const c of list) {
    const { text, info } = c;
    if (!isContentPos(info.pos) && info.pos !== 'other') continue;
    if (!/^[\p{L}\p{M}]+$/u.test(text) || letters(text) < 3) continue;
    if (/\p{Lu}/u.test(text.slice(1))) continue;
    const key = `${text}\u241f${info.lemma}\u241f${info.pos}\u241f${c.articleId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const bucket = bucketOf(info);
    const prepared: Prepared = {
      text,
      info,
      articleId: c.articleId,
      folded: fold(text),
      lemma: fold(info.lemma),
      ending: endingClass(text, info.lemma),
      last: text.slice(-1).toLocaleLowerCase('und'),
    };
    const items = buckets.get(bucket);
    if (items) items.push(prepared);
    else buckets.set(bucket, [prepared]);
  }
  preparedLists.set(list, buckets);
  return buckets;
}

type Key = readonly [number, number, number, string];

/** Whether a word starts with another word's lemma of four letters or more. */
function related(word: string, lemma: string): boolean {
  return lemma.length >= 4 && word.startsWith(lemma);
}

/**
 * Three wrong options for a cloze: same part of speech (and gender and number for
 * nouns), preferring the same ending for verbs and adjectives, then words from the
 * same article, then the rest of the corpus, then the fallback list, then words
 * within ±2× of the answer's frequency rank. Never the answer in any case or
 * accent, never a form of its lemma or a word with the same gloss (either would be
 * a correct alternative), never a function word, name or number. Ties are broken
 * by a stable hash of (answer, candidate), so builds are reproducible.
 */
export function chooseDistractors(
  answer: { readonly text: string; readonly info: WordInfo },
  pool: readonly DistractorSource[],
  articleId: string,
  n = 3,
  options: DistractorOptions = {},
): string[] {
  const { info } = answer;
  if (!isContentPos(info.pos) && info.pos !== 'other') return [];
  const answerFolded = fold(answer.text);
  const answerLemma = fold(info.lemma);
  const answerSenses = senses(options.gloss?.(info.lemma));
  const answerEnding = endingClass(answer.text, info.lemma);
  const answerLast = answer.text.slice(-1).toLocaleLowerCase('und');
  const upper = /^\p{Lu}/u.test(answer.text);
  const rank = info.rank;
  const bucket = bucketOf(info);

  const best = new Map<string, { text: string; lemma: string; key: Key }>();
  const answerKey = `${answer.text}\u241f`;
  const excluded = new Set((options.exclude ?? []).map(fold));
  const consider = (c: Prepared, tier: number) => {
    const ci = c.info;
    if (c.folded === answerFolded || c.lemma === answerLemma || excluded.has(c.folded)) return;
    // Militär/Militärische: a derivative of the answer is no fair wrong option.
    if (related(c.folded, answerLemma) || related(answerFolded, c.lemma)) return;
    if (info.pos === 'other' && (ci.rank === undefined || rank === undefined)) return;
    if (answerSenses.size > 0) {
      const cs = senses(options.gloss?.(ci.lemma));
      if ([...cs].some((s) => answerSenses.has(s))) return;
    }
    const formMiss =
      info.pos === 'verb' || info.pos === 'adj' ? formDistance(answerEnding, answerLast, c) : 0;
    const rankMiss =
      rank !== undefined && ci.rank !== undefined && ci.rank <= 2 * rank && ci.rank >= rank / 2
        ? 0
        : 1;
    const key: Key = [formMiss, tier, rankMiss, hash32(answerKey + c.folded)];
    const seen = best.get(c.folded);
    if (!seen || compareKeys(key, seen.key) < 0) {
      best.set(c.folded, { text: c.text, lemma: c.lemma, key });
    }
  };
  for (const c of prepare(pool).get(bucket) ?? []) consider(c, c.articleId === articleId ? 0 : 1);
  // The key puts the grammar fit first and the tier second: once the library gives n
  // lemmas that fit, no dictionary word (tier 2) can come before them. Skipping the
  // scan of the vocabulary then changes nothing, and it was most of an import's time.
  const fitting = new Set<string>();
  for (const c of best.values()) if (c.key[0] === 0) fitting.add(c.lemma);
  if (fitting.size < n) {
    for (const c of prepare(options.fallback ?? []).get(bucket) ?? []) consider(c, 2);
  }

  const ordered = [...best.values()].sort(
    (a, b) => compareKeys(a.key, b.key) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
  const out: string[] = [];
  const lemmas = new Set<string>();
  for (const c of ordered) {
    if (out.length >= n) break;
    // Three different words, not two forms of one (Staat, Staaten).
    if (lemmas.has(c.lemma)) continue;
    lemmas.add(c.lemma);
    out.push(withInitial(c.text, upper));
  }
  return out;
}

function compareKeys(a: Key, b: Key): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0);
}
