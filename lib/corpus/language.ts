import { isFunctionWord } from './function-words';
import { LANGS, type Lang } from './types';

export interface LanguageGuess {
  readonly lang: Lang;
  /** Share of the counted function words that belong to the winner, 0..1 (0: no evidence). */
  readonly confidence: number;
}

/**
 * Guess among de/it/en by counting each language's function words. A few hundred
 * characters are plenty: shared words (in, a, so) count for several languages and
 * cancel out. With no evidence at all
 * (digits, names only) the guess is English, the safest segmenter for unknown text.
 */
export function guessLanguage(text: string): LanguageGuess {
  const counts: Record<Lang, number> = { de: 0, it: 0, en: 0 };
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const lang of LANGS) if (isFunctionWord(word, lang)) counts[lang] += 1;
  }
  let best: Lang = 'en';
  for (const lang of LANGS) if (counts[lang] > counts[best]) best = lang;
  const total = counts.de + counts.it + counts.en;
  return { lang: best, confidence: total === 0 ? 0 : counts[best] / total };
}
