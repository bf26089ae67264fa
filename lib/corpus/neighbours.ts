import { typoBudget } from '@/lib/answer/check';
import { osaDistance } from '@/lib/answer/osa';
import type { WordInfo } from './lexicon';
import type { Lang } from './types';

/** Letters of a word with case, accents and German transliteration folded away. */
export function foldWord(word: string): string {
  return word
    .normalize('NFC')
    .toLocaleLowerCase('und')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, "'");
}

const ALPHABET: Readonly<Record<Lang, readonly string[]>> = {
  de: Array.from('abcdefghijklmnopqrstuvwxyzäöüß'),
  it: Array.from("abcdefghijklmnopqrstuvwxyzàèéìíòóùú'"),
  en: Array.from("abcdefghijklmnopqrstuvwxyz'"),
};

// Inflection lives at the end of a word, so a two-letter slip there (Regierung
// for Regierungen, grande for grandi) is worth catching beyond one edit.
const ENDINGS: Readonly<Record<Lang, readonly string[]>> = {
  de: ['', 'e', 'n', 'en', 'er', 'es', 'em', 's', 'st', 't', 'te', 'ten'],
  it: ['', 'a', 'e', 'i', 'o', 'he', 'hi', 'ti', 'te', 'ta', 'to'],
  en: ['', 's', 'es', 'ed', 'ing', 'er', 'd'],
};

/** Every string one edit (insert, delete, replace, swap) away from `word`. */
function edits1(word: string, alphabet: readonly string[]): Set<string> {
  const w = Array.from(word);
  const out = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    const head = w.slice(0, i).join('');
    const tail = w.slice(i);
    if (tail.length > 0) out.add(head + tail.slice(1).join(''));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2).join(''));
    for (const c of alphabet) {
      out.add(head + c + tail.join(''));
      if (tail.length > 0) out.add(head + c + tail.slice(1).join(''));
    }
  }
  return out;
}

function endingVariants(word: string, lang: Lang): Set<string> {
  const out = new Set<string>();
  const w = Array.from(word);
  for (let cut = 0; cut <= 2 && cut < w.length - 2; cut++) {
    const stem = w.slice(0, w.length - cut).join('');
    for (const e of ENDINGS[lang]) out.add(stem + e);
  }
  return out;
}

/**
 * For each cloze answer, the other real words a typo-tolerant checker must not
 * accept: forms of the same lemma, and dictionary words within the typo budget
 * (Waffe for Waffen, ribelle for ribelli, arma for armi). Words that differ from
 * the answer only by case or accents are left out: those are graded as accents.
 *
 * Candidates are generated, not searched: every word one edit away, plus
 * changed endings, looked up in a set of the dictionary's forms. That costs a
 * few hundred lookups per answer instead of a pass over 400,000 forms.
 */
export function neighbourFinder(
  words: (lang: Lang) => readonly string[],
  sameLemma: (lang: Lang, lemma: string) => readonly string[],
): (lang: Lang, answer: string, info: WordInfo) => string[] {
  const sets = new Map<Lang, Set<string>>();
  const known = (lang: Lang) => {
    let set = sets.get(lang);
    if (!set) {
      set = new Set(words(lang).map((w) => w.toLocaleLowerCase('und')));
      sets.set(lang, set);
    }
    return set;
  };

  return (lang, answer, info) => {
    const lower = answer.toLocaleLowerCase('und');
    const folded = foldWord(answer);
    const budget = typoBudget(answer);
    const out = new Set<string>();
    for (const form of sameLemma(lang, info.lemma)) {
      const f = form.toLocaleLowerCase('und');
      if (foldWord(f) !== folded) out.add(f);
    }
    if (budget > 0) {
      const set = known(lang);
      const candidates = edits1(lower, ALPHABET[lang]);
      if (budget > 1) for (const v of endingVariants(lower, lang)) candidates.add(v);
      for (const candidate of candidates) {
        if (!set.has(candidate) || foldWord(candidate) === folded) continue;
        if (osaDistance(candidate, lower) <= budget) out.add(candidate);
      }
    }
    return [...out].sort();
  };
}
