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

/** The typo budget the answer checker allows for a word of this length. */
export function typoBudget(word: string): number {
  const n = Array.from(word).length;
  return n <= 3 ? 0 : n <= 7 ? 1 : 2;
}

function deletions(word: string): string[] {
  const letters = Array.from(word);
  const out = [word];
  for (let i = 0; i < letters.length; i++) out.push([...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
  return out;
}

/**
 * For each cloze answer, the other real words a typo-tolerant checker must not
 * accept: forms of the same lemma, and dictionary words within the typo budget
 * (Waffe for Waffen, ribelle for ribelli, arma for armi). Words that differ from
 * the answer only by case or accents are left out: those are graded as accents.
 *
 * Candidates come from a one-deletion index (SymSpell's idea), which finds every
 * word within one edit, and most within two, without comparing against the
 * whole word list.
 */
export function neighbourFinder(
  words: (lang: Lang) => readonly string[],
  sameLemma: (lang: Lang, lemma: string) => readonly string[],
): (lang: Lang, answer: string, info: WordInfo) => string[] {
  const indexes = new Map<Lang, Map<string, Set<string>>>();
  const indexFor = (lang: Lang) => {
    let index = indexes.get(lang);
    if (!index) {
      index = new Map();
      for (const w of words(lang)) {
        const word = w.toLocaleLowerCase('und');
        if (Array.from(word).length < 3) continue;
        for (const d of deletions(word)) {
          let bucket = index.get(d);
          if (!bucket) index.set(d, (bucket = new Set()));
          bucket.add(word);
        }
      }
      indexes.set(lang, index);
    }
    return index;
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
      const index = indexFor(lang);
      for (const d of deletions(lower)) {
        for (const candidate of index.get(d) ?? []) {
          if (foldWord(candidate) === folded) continue;
          if (osaDistance(candidate, lower) <= budget) out.add(candidate);
        }
      }
    }
    return [...out].sort();
  };
}
