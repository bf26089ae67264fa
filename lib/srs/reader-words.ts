/**
 * A Reader that knows your words (issue 12): which tokens of a sentence are words the
 * learner has cards for, how much of an article is known, and how close an article is
 * to the learner's level. Pure: the Reader's query passes in the tokens, the unit's
 * clozes (content rows) and the word statuses it read through indexes.
 */
import type { Token } from '@/lib/corpus/types';
import type { WordStatus } from './words';

/** What the Reader needs of a cloze: where it sits in the sentence and its word facts. */
export interface ReaderCloze {
  readonly start: number;
  readonly end: number;
  readonly lemma: string;
  readonly gender?: 'm' | 'f' | 'n';
  readonly gloss?: string;
}

export interface ReaderToken<C extends ReaderCloze = ReaderCloze> {
  readonly token: Token;
  /** The cloze this token is the blank of; absent for words that are not a card (shown plain). */
  readonly cloze?: C;
}

/**
 * Each token with the cloze it falls in. Offsets, not spellings, decide: the same
 * form may be a card in one sentence and not another, and a separable verb's blank
 * spans its particle too (both tokens then map to the one lemma).
 */
export function tokensWithWords<C extends ReaderCloze>(
  tokens: readonly Token[],
  clozes: readonly C[],
): ReaderToken<C>[] {
  const sorted = [...clozes].sort((a, b) => a.start - b.start || a.end - b.end);
  return tokens.map((token) => {
    if (token.kind !== 'word') return { token };
    const cloze = sorted.find((c) => c.start < token.end && token.start < c.end);
    return cloze ? { token, cloze } : { token };
  });
}

export interface KnownShare {
  /** Content-word tokens (those that are a card's word) whose word is known or ignored. */
  readonly known: number;
  readonly total: number;
  /** known / total, or undefined for an article with no content words. */
  readonly share: number | undefined;
}

/**
 * The share of an article's content-word tokens whose word is known (as `wordStatus`
 * defines it: in review). An ignored word (a name, a loanword) counts as known: the
 * learner has said it needs no learning. Tokens, not distinct lemmas, so a word met
 * ten times weighs ten times, as it does when reading.
 */
export function knownShare(
  lemmas: readonly string[],
  status: (lemma: string) => WordStatus,
): KnownShare {
  let known = 0;
  for (const lemma of lemmas) {
    const s = status(lemma);
    if (s === 'known' || s === 'ignored') known += 1;
  }
  return { known, total: lemmas.length, share: lemmas.length ? known / lemmas.length : undefined };
}

/**
 * The words an article would teach: its lemmas not yet known or ignored, most
 * frequent in the article first (ties by first appearance), at most `limit`.
 */
export function wordsToLearn(
  lemmas: readonly string[],
  status: (lemma: string) => WordStatus,
  limit = 8,
): string[] {
  const count = new Map<string, number>();
  for (const lemma of lemmas) {
    const s = status(lemma);
    if (s === 'known' || s === 'ignored') continue;
    count.set(lemma, (count.get(lemma) ?? 0) + 1);
  }
  // Map keeps insertion order and sort is stable: ties stay in order of first appearance.
  return [...count.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([lemma]) => lemma);
}

/** The band of known share where reading is comfortable and still teaches (extensive reading's 95–98 %). */
export const LEVEL_BAND = { low: 0.95, high: 0.98 } as const;

/** How far a share lies from the band: 0 inside it. Articles without content words sort last. */
export function levelDistance(share: number | undefined): number {
  if (share === undefined) return Infinity;
  if (share < LEVEL_BAND.low) return LEVEL_BAND.low - share;
  if (share > LEVEL_BAND.high) return share - LEVEL_BAND.high;
  return 0;
}

/**
 * Articles ordered by how close they are to the learner's level: the band first,
 * then nearest to it; ties keep the given order (the library's), so the list is stable.
 */
export function byLevel<T>(items: readonly T[], share: (item: T) => number | undefined): T[] {
  return items
    .map((item, i) => ({ item, i, d: levelDistance(share(item)) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map(({ item }) => item);
}

/**
 * Of an article's shares (one per language it has cards in), the one nearest the
 * band: the language the article would suit best, by which Home orders it.
 */
export function nearestShare(shares: readonly (number | undefined)[]): number | undefined {
  let best: number | undefined;
  for (const s of shares) {
    if (s !== undefined && (best === undefined || levelDistance(s) < levelDistance(best))) best = s;
  }
  return best;
}
