import type { Lang } from '@/lib/corpus/types';
import { assertNever } from '@/lib/assert';
import type { Grade } from '@/lib/srs/grade';
import { osaAlign, type Alignment, type DiffPart } from './osa';

// Part of Verdict's shape, so callers of checkAnswer need not know about osa.ts.
export type { DiffOp, DiffPart } from './osa';

export type Verdict =
  | { readonly kind: 'right'; readonly how: 'exact' | 'case' | 'transliteration' | 'variant' }
  /** Another word that fits the blank with the same meaning; `expected` is what the text says. */
  | { readonly kind: 'synonym'; readonly alternative: string }
  | { readonly kind: 'almost'; readonly how: 'accent'; readonly expected: string }
  | { readonly kind: 'almost'; readonly how: 'typo'; readonly diff: DiffPart[] }
  | { readonly kind: 'wrong'; readonly why: 'other-form' | 'different' | 'empty' };

export interface CheckOptions {
  /**
   * Other real forms of this language near the expected word (edit distance <= 2), shipped per
   * card: typing one of them is a wrong answer, not a typo (Waffe for Waffen, ribelle for ribelli).
   */
  readonly neighbours?: readonly string[];
  /**
   * Other words that fit the blank with the same meaning (from the card's word alignment):
   * typed with right capitals or spelling, they are a synonym, never wrong.
   */
  readonly alternatives?: readonly string[];
}

/** Where the proposed grade for a synonym comes from: the learner's setting (default Good). */
export interface GradeOptions {
  readonly synonym?: 2 | 3;
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

// Duden's accepted variant spellings (whole-word parts, lower case), plural pairs first.
const DE_VARIANTS: readonly (readonly [string, string])[] = [
  ['webseiten', 'websites'],
  ['webseite', 'website'],
  ['photo', 'foto'],
  ['graphik', 'grafik'],
  ['delphin', 'delfin'],
  ['portemonnaie', 'portmonee'],
];

// British and American spellings: theatre/theater, defence/defense, colour/color, organise/organize.
const EN_VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/tre(s?)$/u, 'ter$1'],
  [/ter(s?)$/u, 'tre$1'],
  [/ence$/u, 'ense'],
  [/ense$/u, 'ence'],
  // Not four/for, tour/tor: only words of two syllables or more (colour, honour, behaviour).
  [/^(.{3,}[^o])our(s|ed|ing)?$/u, '$1or$2'],
  [/^(.{2,}[^o])or(s|ed|ing)?$/u, '$1our$2'],
  [/is(e|es|ed|ing|ation|ations)$/u, 'iz$1'],
  [/iz(e|es|ed|ing|ation|ations)$/u, 'is$1'],
];

/**
 * Other correct spellings of `word` (lower case): German genitive -es/-s (Krieges, Kriegs: a
 * capitalised word, so a noun, whose stem does not end in a hissing sound), Duden's variants
 * (Webseite/Website), British/American English.
 */
export function spellingVariants(word: string, lang: Lang): string[] {
  const w = lower(word);
  const out = new Set<string>();
  if (lang === 'de') {
    if (/^\p{Lu}/u.test(word)) {
      if (/[^sßxz]es$/u.test(w) && !/sch$|tz$/u.test(w.slice(0, -2))) out.add(`${w.slice(0, -2)}s`);
      // Only after a plosive: Kurs, Hals, Zins are nominatives, Kriegs, Landes, Amts genitives.
      if (/[aeiouäöüy][^aeiouäöüy]*[bdgt]s$/u.test(w)) out.add(`${w.slice(0, -1)}es`);
    }
    for (const [a, b] of DE_VARIANTS) {
      if (w.includes(a)) out.add(w.replace(a, b));
      else if (w.includes(b)) out.add(w.replace(b, a));
    }
  } else if (lang === 'en') {
    for (const [re, to] of EN_VARIANTS) if (re.test(w)) out.add(w.replace(re, to));
  }
  out.delete(w);
  return [...out];
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
  const target = normalizeAnswer(expected);
  const targets = [target];
  const german = lang === 'de';

  if (typed === target) return { kind: 'right', how: 'exact' };
  if (lower(typed) === lower(target)) return { kind: 'right', how: 'case' };
  const spelt = (s: string) => lower(transliterate(s));
  if (german && spelt(target) === spelt(typed)) return { kind: 'right', how: 'transliteration' };
  // Before the neighbours: Kriegs is a real form near Krieges, and right.
  const variants = (s: string) => spellingVariants(s, lang).map((v) => (german ? spelt(v) : v));
  const typedKey0 = german ? spelt(typed) : lower(typed);
  if (variants(target).includes(typedKey0)) return { kind: 'right', how: 'variant' };

  for (const raw of opts.alternatives ?? []) {
    const alternative = normalizeAnswer(raw);
    if (!alternative) continue;
    const same =
      lower(alternative) === lower(typed) ||
      (german && spelt(alternative) === spelt(typed)) ||
      variants(alternative).includes(typedKey0);
    if (same) return { kind: 'synonym', alternative };
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
export function proposeGrade(verdict: Verdict, opts: GradeOptions = {}): Extract<Grade, 1 | 2 | 3> {
  switch (verdict.kind) {
    case 'wrong':
      return 1;
    case 'almost':
      return 2;
    case 'synonym':
      // Never Again: the learner knew a word that fits.
      return opts.synonym ?? 3;
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
    case 'synonym':
      return 'synonym';
    default:
      return assertNever(verdict, 'verdict');
  }
}
