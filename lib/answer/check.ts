import type { Lang } from '@/lib/corpus/types';
import { assertNever } from '@/lib/assert';
import type { Grade } from '@/lib/srs/grade';
import { osaAlign, type Alignment, type DiffPart } from './osa';

// Part of Verdict's shape, so callers of checkAnswer need not know about osa.ts.
export type { DiffOp, DiffPart } from './osa';

export type Verdict =
  | { readonly kind: 'right'; readonly how: 'exact' | 'case' | 'transliteration' }
  | { readonly kind: 'almost'; readonly how: 'accent'; readonly expected: string }
  | { readonly kind: 'almost'; readonly how: 'typo'; readonly diff: DiffPart[] }
  | { readonly kind: 'wrong'; readonly why: 'other-form' | 'different' | 'empty' };

export interface CheckOptions {
  /**
   * Other real forms of this language near the expected word (edit distance <= 2), shipped per
   * card: typing one of them is a wrong answer, not a typo (Waffe for Waffen, ribelle for ribelli).
   */
  readonly neighbours?: readonly string[];
  /** Further answers that count as right, checked with the same tolerance as `expected`. */
  readonly alternatives?: readonly string[];
}

const APOSTROPHES = /[‘’ʼ´`]/gu;

/** Step 1: what "exactly the same" compares. NFC, one apostrophe, single spaces, trimmed. */
export function normalizeAnswer(s: string): string {
  return s.normalize('NFC').replace(APOSTROPHES, "'").replace(/\s+/gu, ' ').trim();
}

const lower = (s: string) => s.toLowerCase();
const sameLetter = (a: string, b: string) => a === b || a.toLowerCase() === b.toLowerCase();

const UMLAUTS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ẞ: 'SS',
};

/** German keyboard-less spelling, keeping case so a diff can still show the learner's capitals. */
export function transliterate(s: string): string {
  return s.replace(/[äöüßÄÖÜẞ]/gu, (c) => UMLAUTS[c] ?? c);
}

/**
 * Step 4: letters without their marks. In Italian a final vowel plus apostrophe is the old
 * typewriter accent (citta', perche'); morph-it itself spells città that way.
 */
function bare(s: string, lang: Lang): string {
  const stripped = s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return lang === 'it' ? stripped.replace(/([aeiou])'(?=\s|$)/gu, '$1') : stripped;
}

/** How many edits still count as a typo, by the letters in the expected answer. */
export function typoBudget(expected: string): number {
  const letters = expected.match(/\p{L}/gu)?.length ?? 0;
  if (letters <= 3) return 0;
  if (letters <= 7) return 1;
  return 2;
}

/**
 * Grades a typed cloze answer, most lenient verdict first: exact → case → (German) ä/ae ö/oe
 * ü/ue ß/ss → accents → typo within budget → wrong. A typed neighbour (another real form) is
 * wrong even within the typo budget. In Italian it does not override an accent-only difference
 * (e for è is the classic slip); in German it does, because an umlaut is a letter, not an accent:
 * wurde for würde or schon for schön is another word.
 */
export function checkAnswer(
  input: string,
  expected: string,
  lang: Lang,
  opts: CheckOptions = {},
): Verdict {
  const typed = normalizeAnswer(input);
  if (typed === '') return { kind: 'wrong', why: 'empty' };
  const targets = [expected, ...(opts.alternatives ?? [])].map(normalizeAnswer).filter(Boolean);
  const german = lang === 'de';

  if (targets.includes(typed)) return { kind: 'right', how: 'exact' };
  if (targets.some((t) => lower(t) === lower(typed))) return { kind: 'right', how: 'case' };
  const spelt = (s: string) => lower(transliterate(s));
  if (german && targets.some((t) => spelt(t) === spelt(typed))) {
    return { kind: 'right', how: 'transliteration' };
  }

  const key = (s: string) => (german ? spelt(s) : lower(s));
  const typedKey = key(typed);
  const isNeighbour = (opts.neighbours ?? []).some((n) => key(normalizeAnswer(n)) === typedKey);
  if (german && isNeighbour) return { kind: 'wrong', why: 'other-form' };

  const typedBare = bare(lower(typed), lang);
  const accented = targets.find((t) => bare(lower(t), lang) === typedBare);
  if (accented !== undefined) return { kind: 'almost', how: 'accent', expected: accented };

  if (isNeighbour) return { kind: 'wrong', why: 'other-form' };

  let best: Alignment | null = null;
  for (const t of targets) {
    const budget = typoBudget(t);
    // Someone typing without umlaut keys writes "ue" throughout; count their slips on that spelling.
    const pairs: [string, string][] = german
      ? [
          [t, typed],
          [transliterate(t), transliterate(typed)],
        ]
      : [[t, typed]];
    for (const [e, y] of pairs) {
      const a = osaAlign(e, y, sameLetter);
      if (a.distance <= budget && (best === null || a.distance < best.distance)) best = a;
    }
  }
  if (best !== null) return { kind: 'almost', how: 'typo', diff: best.diff };
  return { kind: 'wrong', why: 'different' };
}

/** The grade the answer buttons start on; the learner can still pick another. */
export function proposeGrade(verdict: Verdict): Extract<Grade, 1 | 2 | 3> {
  switch (verdict.kind) {
    case 'wrong':
      return 1;
    case 'almost':
      return 2;
    case 'right':
      return 3;
    default:
      return assertNever(verdict, 'verdict');
  }
}

/** A short stable tag for the review log, e.g. 'right:case', 'almost:typo', 'wrong:other-form'. */
export function verdictTag(verdict: Verdict): string {
  switch (verdict.kind) {
    case 'right':
    case 'almost':
      return `${verdict.kind}:${verdict.how}`;
    case 'wrong':
      return `wrong:${verdict.why}`;
    default:
      return assertNever(verdict, 'verdict');
  }
}
