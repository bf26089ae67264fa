/**
 * English is the third language and none of the installed dictionaries covers it,
 * so this is deliberately modest: strip a regular suffix when the result is a
 * known word (countries → country, attacking → attack, involved → involve) and
 * guess the part of speech from the ending. Irregular forms (went, children) keep
 * themselves as lemma. Readings are marked `guessed` so context can overrule them.
 */
import type { Analysis, ContentPos } from './lexicon';

const NOUN_SUFFIXES = [
  'tion',
  'sion',
  'ment',
  'ness',
  'ity',
  'ism',
  'ship',
  'ance',
  'ence',
  'hood',
];
const ADJ_SUFFIXES = [
  'ous',
  'ive',
  'ful',
  'less',
  'able',
  'ible',
  'ical',
  'ic',
  'al',
  'ary',
  'ish',
];

// Candidate lemmas per suffix, tried in order.
const RULES: readonly {
  readonly suffix: string;
  readonly add: readonly string[];
  readonly kind: 'pl' | 'ed' | 'ing';
}[] = [
  { suffix: 'ies', add: ['y'], kind: 'pl' },
  { suffix: 'es', add: ['e', ''], kind: 'pl' },
  { suffix: 's', add: [''], kind: 'pl' },
  { suffix: 'ied', add: ['y'], kind: 'ed' },
  { suffix: 'ed', add: ['e', ''], kind: 'ed' },
  { suffix: 'd', add: [''], kind: 'ed' },
  { suffix: 'ing', add: ['', 'e'], kind: 'ing' },
];

function undouble(stem: string): string {
  // stopped → stop, getting → get
  return /([bdfgklmnprtvz])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

export function lemmatiseEnglish(
  norm: string,
  known: (word: string) => boolean,
): { lemma: string; kind?: 'pl' | 'ed' | 'ing' } {
  const word = norm.replace(/'s$/, '');
  for (const rule of RULES) {
    if (!word.endsWith(rule.suffix) || word.length - rule.suffix.length < 3) continue;
    if (rule.kind === 'pl' && /(ss|us|is)$/.test(word)) continue;
    const stem = word.slice(0, -rule.suffix.length);
    for (const add of rule.add) {
      for (const base of [stem + add, undouble(stem) + add]) {
        if (base.length >= 3 && known(base)) return { lemma: base, kind: rule.kind };
      }
    }
  }
  return { lemma: word };
}

function guessPos(word: string, kind: 'pl' | 'ed' | 'ing' | undefined): ContentPos {
  if (kind === 'ed' || kind === 'ing' || /(?:ed|ing)$/.test(word)) return 'verb';
  if (word.endsWith('ly') && word.length > 4) return 'adv';
  if (NOUN_SUFFIXES.some((s) => word.endsWith(s))) return 'noun';
  if (ADJ_SUFFIXES.some((s) => word.endsWith(s))) return 'adj';
  return 'noun';
}

/** Whether the spelling alone says what the word is (an ending), not just the default. */
export function hasTellingEnding(norm: string, known: (word: string) => boolean): boolean {
  const { lemma, kind } = lemmatiseEnglish(norm, known);
  if (kind) return true;
  return (
    /(?:ed|ing|ly)$/.test(lemma) ||
    NOUN_SUFFIXES.some((s) => lemma.endsWith(s)) ||
    ADJ_SUFFIXES.some((s) => lemma.endsWith(s))
  );
}

export function analyseEnglish(norm: string, known: (word: string) => boolean): Analysis[] {
  if (!/^\p{L}[\p{L}'-]*$/u.test(norm)) return [];
  const { lemma, kind } = lemmatiseEnglish(norm, known);
  if (!known(norm) && !known(lemma)) return [];
  const pos = guessPos(lemma === norm ? norm : lemma, kind);
  return [
    {
      lemma,
      pos,
      guessed: true,
      ...(pos === 'noun' ? { number: kind === 'pl' ? 'pl' : 'sg' } : {}),
      ...(kind === 'ed' ? { participle: true } : {}),
    },
  ];
}
