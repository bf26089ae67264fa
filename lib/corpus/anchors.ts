import { isFunctionWord } from './function-words';
import { LANGS } from './types';

/**
 * Anchors: evidence that two sentences in different languages say the same thing,
 * without a dictionary. Numbers (normalised), acronyms, and names or cognates
 * (tokens of ≥ 4 letters whose folded forms share most letters: Russland/Russia,
 * Präsidenten/presidente, Konflikt/conflitto).
 */

/** Keys starting with `#` are numbers and `=` acronyms; both only match identically. */
export type AnchorKey = string;

// LCS/max-length threshold from the measurements in shared/notes/corpus-nlp.md §2.
const COGNATE_RATIO = 0.58;
const MIN_COGNATE_LETTERS = 4;

// A number with thousands separators, a decimal part, and a decade marker: ’70, 1970er, 1970s.
const NUMBER_RE =
  /(['’‘])?(\d+(?:[.,\u00a0\u202f]\d{3})*(?:[.,]\d+)?)(ern|er|s|st|nd|rd|th)?(?!\p{L})/gu;
const DECADE_SUFFIX = /^(?:ern|er|s)$/;
const WORD_RE = /\p{L}[\p{L}\p{M}]*/gu;
// U.S., U.S.A., U.N.: dotted acronyms, read before words split them into letters.
const DOTTED_ACRONYM_RE = /(?<!\p{L})(?:\p{Lu}\.){2,}/gu;
// The same body under its de/it/en acronyms.
const ACRONYM_ALIASES: Readonly<Record<string, string>> = {
  USA: 'US',
  UNO: 'UN',
  ONU: 'UN',
  UE: 'EU',
  OTAN: 'NATO',
};

function numberKey(apostrophe: string | undefined, digits: string, suffix: string | undefined) {
  // Separators differ by language (5,6 / 5.6; 400.000 / 400,000); digits alone agree.
  let n = digits.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  // ’70, 70er, 70s: a decade, written as the full year so it meets "1970er".
  if (n.length === 2 && (apostrophe !== undefined || DECADE_SUFFIX.test(suffix ?? ''))) {
    n = (Number(n) >= 30 ? '19' : '20') + n;
  }
  return `#${n}`;
}

/**
 * Fold spelling differences that are regular between de/it/en (ß, accents, y/i,
 * k/c, w/v, ph/f, th/t) so Syrien/Siria and Wladimir/Vladimir compare closely.
 */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/y/g, 'i')
    .replace(/k/g, 'c')
    .replace(/w/g, 'v');
}

// Function words are no anchors, and some look like cognates across languages
// (sich/such, wenn/when, dies/dice).
function isStopword(word: string): boolean {
  const lower = word.toLowerCase();
  return LANGS.some((lang) => isFunctionWord(lower, lang));
}

function acronymKey(letters: string): AnchorKey {
  return `=${ACRONYM_ALIASES[letters] ?? letters}`;
}

/** The anchor keys of a sentence, in order, with repeats. */
export function anchorKeys(sentence: string): AnchorKey[] {
  const keys: AnchorKey[] = [];
  for (const m of sentence.matchAll(NUMBER_RE)) keys.push(numberKey(m[1], m[2] ?? '', m[3]));
  for (const [dotted] of sentence.matchAll(DOTTED_ACRONYM_RE)) {
    keys.push(acronymKey(dotted.replace(/\./g, '')));
  }
  for (const [word] of sentence.replace(DOTTED_ACRONYM_RE, ' ').matchAll(WORD_RE)) {
    // Acronyms first: "US" and "IS" are also the function words "us" and "is".
    if (word.length >= 2 && word.length <= 5 && word === word.toUpperCase()) {
      keys.push(acronymKey(word));
    } else if (word.length >= MIN_COGNATE_LETTERS && !isStopword(word)) {
      keys.push(foldWord(word));
    }
  }
  return keys;
}

/** Length of the longest common subsequence. */
export function lcsLength(x: string, y: string): number {
  let prev = new Uint16Array(y.length + 1);
  let row = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const same = x.charCodeAt(i - 1) === y.charCodeAt(j - 1);
      row[j] = same ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  return prev[y.length]!;
}

/** Do two anchor keys count as the same name, number or cognate? */
export function keysMatch(x: AnchorKey, y: AnchorKey): boolean {
  if (x === y) return true;
  if (/^[#=]/.test(x) || /^[#=]/.test(y)) return false;
  const longer = Math.max(x.length, y.length);
  if (Math.min(x.length, y.length) < MIN_COGNATE_LETTERS) return false;
  if (Math.min(x.length, y.length) < COGNATE_RATIO * longer) return false;
  return lcsLength(x, y) >= COGNATE_RATIO * longer;
}

export interface AnchorIndex {
  /** Number of anchor keys in sentence i of side a or b. */
  keyCount(side: 'a' | 'b', i: number): number;
  /**
   * Weighted Dice of a[a0..a1) against b[b0..b1): the weight of the keys on both
   * sides that have a partner on the other side, over the weight of all keys;
   * null when neither side has a key. A key's weight falls with the number of
   * sentences of its own text that contain it, so "Russland" in half of the
   * sentences says less than "Sowjetunion" in two.
   */
  overlap(a0: number, a1: number, b0: number, b1: number): number | null;
  /** Does sentence k of `side` share any anchor with o0..o1 of the other side? */
  shares(side: 'a' | 'b', k: number, o0: number, o1: number): boolean;
}

interface PairFlags {
  /** 1 where the key of the a sentence has a partner in the b sentence. */
  readonly a: Uint8Array;
  readonly b: Uint8Array;
  readonly any: boolean;
}

// Weight = ln((N+1)/df) / ln(N+1), floored: a name in every sentence still counts a little.
const MIN_WEIGHT = 0.25;

function keyWeights(keys: readonly Int32Array[]): Float64Array[] {
  const df = new Map<number, number>();
  for (const ks of keys) for (const k of new Set(ks)) df.set(k, (df.get(k) ?? 0) + 1);
  const n = keys.length + 1;
  return keys.map((ks) =>
    Float64Array.from(ks, (k) => Math.max(MIN_WEIGHT, Math.log(n / df.get(k)!) / Math.log(n))),
  );
}

/** Precomputes keys for both texts; relations are computed lazily and cached per sentence pair. */
export function anchorIndex(a: readonly string[], b: readonly string[]): AnchorIndex {
  const vocab = new Map<AnchorKey, number>();
  const words: AnchorKey[] = [];
  const ids = (s: string) =>
    Int32Array.from(anchorKeys(s), (k) => {
      let id = vocab.get(k);
      if (id === undefined) {
        id = words.length;
        words.push(k);
        vocab.set(k, id);
      }
      return id;
    });
  const keysA = a.map(ids);
  const keysB = b.map(ids);
  const weightsA = keyWeights(keysA);
  const weightsB = keyWeights(keysB);
  const size = words.length;

  // Key-pair relations, memoised: a flat table while it stays small (−1 = unknown),
  // a map for very large texts.
  const table = size <= 3000 ? new Int8Array(size * size).fill(-1) : null;
  const related = new Map<number, boolean>();
  const relates = (u: number, v: number): boolean => {
    if (u === v) return true;
    const key = u * size + v;
    if (table) {
      if (table[key] === -1) table[key] = keysMatch(words[u]!, words[v]!) ? 1 : 0;
      return table[key] === 1;
    }
    let r = related.get(key);
    if (r === undefined) {
      r = keysMatch(words[u]!, words[v]!);
      related.set(key, r);
    }
    return r;
  };

  // Candidate beads overlap, so each sentence pair is compared once and cached.
  const pairs = new Map<number, PairFlags>();
  const pair = (i: number, j: number): PairFlags => {
    const key = i * b.length + j;
    let flags = pairs.get(key);
    if (!flags) {
      const ka = keysA[i]!;
      const kb = keysB[j]!;
      const fa = new Uint8Array(ka.length);
      const fb = new Uint8Array(kb.length);
      let any = false;
      for (let k = 0; k < ka.length; k++) {
        for (let l = 0; l < kb.length; l++) {
          if (relates(ka[k]!, kb[l]!)) {
            fa[k] = 1;
            fb[l] = 1;
            any = true;
          }
        }
      }
      flags = { a: fa, b: fb, any };
      pairs.set(key, flags);
    }
    return flags;
  };

  // Weight of sentence k's keys that have a partner in any of the other side's
  // sentences o0..o1. Scratch flags instead of fresh arrays: this is the hot loop.
  let scratch = new Uint8Array(64);
  const covered = (side: 'a' | 'b', k: number, o0: number, o1: number, sums: number[]) => {
    const weights = side === 'a' ? weightsA[k]! : weightsB[k]!;
    if (scratch.length < weights.length) scratch = new Uint8Array(weights.length * 2);
    scratch.fill(0, 0, weights.length);
    for (let o = o0; o < o1; o++) {
      const flags = side === 'a' ? pair(k, o).a : pair(o, k).b;
      for (let t = 0; t < flags.length; t++) scratch[t]! |= flags[t]!;
    }
    for (let t = 0; t < weights.length; t++) {
      sums[1]! += weights[t]!;
      if (scratch[t]) sums[0]! += weights[t]!;
    }
  };

  return {
    keyCount: (side, i) => (side === 'a' ? keysA[i] : keysB[i])?.length ?? 0,
    overlap(a0, a1, b0, b1) {
      const sums = [0, 0];
      for (let i = a0; i < a1; i++) covered('a', i, b0, b1, sums);
      for (let j = b0; j < b1; j++) covered('b', j, a0, a1, sums);
      return sums[1] === 0 ? null : sums[0]! / sums[1]!;
    },
    shares(side, k, o0, o1) {
      for (let o = o0; o < o1; o++) if ((side === 'a' ? pair(k, o) : pair(o, k)).any) return true;
      return false;
    },
  };
}
