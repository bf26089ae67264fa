import { isStopword } from './stopwords';

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

/** The anchor keys of a sentence, in order, with repeats. */
export function anchorKeys(sentence: string): AnchorKey[] {
  const keys: AnchorKey[] = [];
  for (const m of sentence.matchAll(NUMBER_RE)) keys.push(numberKey(m[1], m[2] ?? '', m[3]));
  for (const [word] of sentence.matchAll(WORD_RE)) {
    if (isStopword(word)) continue;
    if (word.length >= MIN_COGNATE_LETTERS) keys.push(foldWord(word));
    else if (word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase()) {
      keys.push(`=${word}`);
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
      row[j] =
        x.charCodeAt(i - 1) === y.charCodeAt(j - 1) ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
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
   * Anchors shared by a[a0..a1) and b[b0..b1), each key used at most once (greedy
   * one-to-one matching, so a name repeated on one side is not counted twice).
   */
  matches(a0: number, a1: number, b0: number, b1: number): number;
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
  const size = words.length;

  const related = new Map<number, boolean>();
  const relates = (u: number, v: number): boolean => {
    if (u === v) return true;
    const key = u * size + v;
    let r = related.get(key);
    if (r === undefined) {
      r = keysMatch(words[u]!, words[v]!);
      related.set(key, r);
    }
    return r;
  };

  // Each sentence pair is looked at by several candidate beads; its token-by-token
  // relation is computed once.
  const pairs = new Map<number, Uint8Array>();
  const pairRelation = (i: number, j: number): Uint8Array => {
    const key = i * b.length + j;
    let rel = pairs.get(key);
    if (!rel) {
      const ka = keysA[i]!;
      const kb = keysB[j]!;
      rel = new Uint8Array(ka.length * kb.length);
      for (let k = 0; k < ka.length; k++) {
        for (let l = 0; l < kb.length; l++) rel[k * kb.length + l] = relates(ka[k]!, kb[l]!) ? 1 : 0;
      }
      pairs.set(key, rel);
    }
    return rel;
  };

  return {
    keyCount: (side, i) => (side === 'a' ? keysA[i] : keysB[i])?.length ?? 0,
    matches(a0, a1, b0, b1) {
      const used: Uint8Array[] = [];
      for (let j = b0; j < b1; j++) used.push(new Uint8Array(keysB[j]!.length));
      let count = 0;
      for (let i = a0; i < a1; i++) {
        const na = keysA[i]!.length;
        for (let k = 0; k < na; k++) {
          search: for (let j = b0; j < b1; j++) {
            const nb = keysB[j]!.length;
            if (nb === 0) continue;
            const rel = pairRelation(i, j);
            const u = used[j - b0]!;
            for (let l = 0; l < nb; l++) {
              if (u[l] === 0 && rel[k * nb + l] === 1) {
                u[l] = 1;
                count++;
                break search;
              }
            }
          }
        }
      }
      return count;
    },
  };
}
