/**
 * Optimal string alignment (restricted Damerau–Levenshtein): insertions, deletions,
 * replacements and swaps of two adjacent letters each cost 1, and no substring is edited twice.
 * Swaps matter for typing: "Untertsützung" is one slip, where plain Levenshtein counts two.
 * Works on code points, so callers should NFC-normalise first (ä is then one letter).
 */

export type DiffOp = 'same' | 'insert' | 'delete' | 'replace' | 'swap';

/**
 * One stretch of the alignment, from the expected word to what was typed:
 * 'insert' = typed has extra letters (expected is ''), 'delete' = typed lacks them (typed is ''),
 * 'replace' = different letters in place, 'swap' = two neighbours in the wrong order.
 */
export interface DiffPart {
  readonly op: DiffOp;
  readonly expected: string;
  readonly typed: string;
}

export interface Alignment {
  readonly distance: number;
  readonly diff: DiffPart[];
}

export type LetterEquality = (a: string, b: string) => boolean;

const strictEqual: LetterEquality = (a, b) => a === b;

export function osaDistance(a: string, b: string, same: LetterEquality = strictEqual): number {
  return table(Array.from(a), Array.from(b), same).at(-1)!;
}

/**
 * Distance plus a diff for highlighting. Letters in the diff are taken from the inputs as given,
 * so a case-insensitive `same` still shows the learner's own capitals.
 */
export function osaAlign(
  expected: string,
  typed: string,
  same: LetterEquality = strictEqual,
): Alignment {
  const a = Array.from(expected);
  const b = Array.from(typed);
  const d = table(a, b, same);
  const w = b.length + 1;
  const at = (i: number, j: number) => d[i * w + j]!;

  const steps: DiffPart[] = [];
  let i = a.length;
  let j = b.length;
  // Walk back along one cheapest path, preferring matches, then swaps, so a slip is named as such.
  while (i > 0 || j > 0) {
    const here = at(i, j);
    const x = a[i - 1] ?? '';
    const y = b[j - 1] ?? '';
    if (i > 0 && j > 0 && same(x, y) && here === at(i - 1, j - 1)) {
      steps.push({ op: 'same', expected: x, typed: y });
      i--;
      j--;
    } else if (i > 1 && j > 1 && isSwap(a, b, i, j, same) && here === at(i - 2, j - 2) + 1) {
      steps.push({ op: 'swap', expected: a[i - 2]! + x, typed: b[j - 2]! + y });
      i -= 2;
      j -= 2;
    } else if (i > 0 && j > 0 && here === at(i - 1, j - 1) + 1) {
      steps.push({ op: 'replace', expected: x, typed: y });
      i--;
      j--;
    } else if (i > 0 && here === at(i - 1, j) + 1) {
      steps.push({ op: 'delete', expected: x, typed: '' });
      i--;
    } else {
      steps.push({ op: 'insert', expected: '', typed: y });
      j--;
    }
  }
  return { distance: d.at(-1)!, diff: merge(steps.reverse()) };
}

function isSwap(a: string[], b: string[], i: number, j: number, same: LetterEquality): boolean {
  return same(a[i - 1]!, b[j - 2]!) && same(a[i - 2]!, b[j - 1]!) && !same(a[i - 1]!, b[j - 1]!);
}

/** The full (|a|+1)×(|b|+1) cost table, row-major. Answers are words, so size is no concern. */
function table(a: string[], b: string[], same: LetterEquality): Int32Array {
  const w = b.length + 1;
  const d = new Int32Array((a.length + 1) * w);
  for (let i = 0; i <= a.length; i++) d[i * w] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = same(a[i - 1]!, b[j - 1]!) ? 0 : 1;
      let best = Math.min(
        d[(i - 1) * w + j]! + 1,
        d[i * w + j - 1]! + 1,
        d[(i - 1) * w + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && isSwap(a, b, i, j, same))
        best = Math.min(best, d[(i - 2) * w + j - 2]! + 1);
      d[i * w + j] = best;
    }
  }
  return d;
}

/** Joins neighbouring parts of the same kind (but not swaps: each is its own slip). */
function merge(steps: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const step of steps) {
    const last = out.at(-1);
    if (last && last.op === step.op && step.op !== 'swap') {
      out[out.length - 1] = {
        op: step.op,
        expected: last.expected + step.expected,
        typed: last.typed + step.typed,
      };
    } else {
      out.push(step);
    }
  }
  return out;
}
