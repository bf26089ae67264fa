import type { Lang } from '@/lib/corpus/types';
import type { Grade } from '@/lib/srs/grade';
import { checkAnswer, normalizeAnswer } from './check';

/** One word of a dictation, in the sentence's order, with what the learner typed for it. */
export type DictationWord =
  | { readonly kind: 'right'; readonly expected: string; readonly typed: string }
  /** A typo or a missing accent by the cloze checker's rules: counts half. */
  | { readonly kind: 'almost'; readonly expected: string; readonly typed: string }
  | { readonly kind: 'wrong'; readonly expected: string; readonly typed: string }
  | { readonly kind: 'missing'; readonly expected: string }
  | { readonly kind: 'extra'; readonly typed: string };

export interface DictationResult {
  readonly words: readonly DictationWord[];
  /** Right words plus half the almost ones, over the sentence's words and any extra typed ones. */
  readonly share: number;
  readonly proposed: Extract<Grade, 1 | 2 | 3>;
}

// Italian elisions split after the apostrophe (l'anno → l' anno), so "l' anno" typed with a
// space still lines up; elsewhere an apostrophe stays inside its word (don't, geht's).
const WORD_IT = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*'?/gu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of a text, punctuation dropped; case is left to the checker, which ignores it. */
export function dictationWords(text: string, lang: Lang): string[] {
  return normalizeAnswer(text).match(lang === 'it' ? WORD_IT : WORD) ?? [];
}

type Pair = 'right' | 'almost' | 'wrong';

// Lengths this far apart are never one word mistyped (ä typed as ae adds one letter, ß as ss
// one): such pairs skip the checker, which is most of a long sentence's pairs.
const MAX_LENGTH_GAP = 4;

function pairKind(typed: string, expected: string, lang: Lang): Pair {
  if (Math.abs(typed.length - expected.length) > MAX_LENGTH_GAP) return 'wrong';
  const v = checkAnswer(typed, expected, lang);
  if (v.kind === 'right' || v.kind === 'synonym') return v.kind === 'right' ? 'right' : 'wrong';
  return v.kind === 'almost' ? 'almost' : 'wrong';
}

// A wrong word costs as much as a missing plus an extra one would not: 1.5 < 2, so a mistyped
// word stays paired with its slot, while an unrelated insertion is not forced onto a word.
const COST: Readonly<Record<Pair | 'gap', number>> = { right: 0, almost: 0.5, wrong: 1.5, gap: 1 };

/** Lowest thresholds of the share for Good and Hard; any wrong or missing word rules out Good. */
export const DICTATION_HARD_SHARE = 0.75;

/**
 * Aligns the typed words to the sentence's words (edit distance over words, each pair judged by
 * `checkAnswer`: case, ä/ae, a small typo or a missing accent tolerated) and proposes a grade:
 * Good when every word is right, Hard when the share is at least 3/4, otherwise Again.
 */
export function gradeDictation(typed: string, sentence: string, lang: Lang): DictationResult {
  const want = dictationWords(sentence, lang);
  const got = dictationWords(typed, lang);
  const n = want.length;
  const m = got.length;
  // Sentences repeat words (die, di, the): each distinct pair is judged once.
  const judged = new Map<string, Pair>();
  const kindOf = (g: string, w: string) => {
    const key = `${g}\u0000${w}`;
    let k = judged.get(key);
    if (k === undefined) judged.set(key, (k = pairKind(g, w, lang)));
    return k;
  };
  const kinds: Pair[][] = want.map((w) => got.map((g) => kindOf(g, w)));
  // cost[i][j]: aligning want[i..] with got[j..].
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n && j === m) continue;
      let best = Infinity;
      if (i < n && j < m) best = COST[kinds[i]![j]!] + cost[i + 1]![j + 1]!;
      if (i < n) best = Math.min(best, COST.gap + cost[i + 1]![j]!);
      if (j < m) best = Math.min(best, COST.gap + cost[i]![j + 1]!);
      cost[i]![j] = best;
    }
  }
  const words: DictationWord[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const here = cost[i]![j]!;
    if (i < n && j < m && here === COST[kinds[i]![j]!] + cost[i + 1]![j + 1]!) {
      words.push({ kind: kinds[i]![j]!, expected: want[i]!, typed: got[j]! });
      i++;
      j++;
    } else if (i < n && here === COST.gap + cost[i + 1]![j]!) {
      words.push({ kind: 'missing', expected: want[i]! });
      i++;
    } else {
      words.push({ kind: 'extra', typed: got[j]! });
      j++;
    }
  }
  const right = words.filter((w) => w.kind === 'right').length;
  const almost = words.filter((w) => w.kind === 'almost').length;
  const extra = words.filter((w) => w.kind === 'extra').length;
  const total = n + extra;
  const share = total === 0 ? 0 : (right + almost / 2) / total;
  const proposed =
    total > 0 && right === total ? 3 : share >= DICTATION_HARD_SHARE && right + almost > 0 ? 2 : 1;
  return { words, share, proposed };
}

/** A short stable tag for the review log, like verdictTag: 'dictation:7/9'. */
export function dictationTag(result: DictationResult): string {
  const expected = result.words.filter((w) => w.kind !== 'extra').length;
  const right = result.words.filter((w) => w.kind === 'right').length;
  return `dictation:${right}/${expected}`;
}
