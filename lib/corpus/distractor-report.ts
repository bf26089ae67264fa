/**
 * Distractors by agreement check, per language, for the quality report: how many
 * options were inflected into the slot's form, agree as found, or could not be
 * checked, and how many candidates each rule turned down. It makes the article's
 * cards and listens to each choice, so the counts describe exactly those cards.
 */
import type { FitCheck, RejectReason } from './agreement';
import type { DistractorChoice } from './cloze';
import type { Relatedness } from './plausibility';
import { articleCardsHeard, type AnalyzedArticle, type CardResources } from './pipeline';
import { LANGS, type Lang } from './types';

export type DistractorCheckKey =
  | 'clozes'
  | 'inflected to slot'
  | 'agrees'
  | 'unchecked'
  | 'short of options'
  | `related:${Relatedness}`
  | 'clozes with a related option'
  | `rejected:${RejectReason}`;

export type DistractorCounts = Record<Lang, Partial<Record<DistractorCheckKey, number>>>;

const CHECK_KEY: Readonly<Record<FitCheck, DistractorCheckKey>> = {
  inflected: 'inflected to slot',
  agrees: 'agrees',
  unchecked: 'unchecked',
};

export const emptyDistractorCounts = (): DistractorCounts =>
  Object.fromEntries(LANGS.map((l) => [l, {}])) as DistractorCounts;

/** Adds one cloze's distractor choice to `out` (the hook `makeCards` calls). */
export function countDistractorChoice(
  out: DistractorCounts,
  lang: Lang,
  choice: DistractorChoice,
): void {
  const add = (key: DistractorCheckKey, n = 1) => {
    if (n > 0) out[lang][key] = (out[lang][key] ?? 0) + n;
  };
  add('clozes');
  for (const check of choice.checks) add(CHECK_KEY[check]);
  // Plausibility (plausibility.ts): options by their tie in meaning to the answer.
  for (const tie of choice.relatedness) add(`related:${tie}`);
  if (choice.relatedness.some((t) => t === 'co-hyponym' || t === 'related')) {
    add('clozes with a related option');
  }
  add('short of options', 3 - choice.options.length);
  for (const [reason, n] of Object.entries(choice.rejected)) {
    add(`rejected:${reason as RejectReason}`, n);
  }
}

/** Counts of one article's distractors by check; languages it lacks stay empty. */
export function distractorCounts(a: AnalyzedArticle, res: CardResources): DistractorCounts {
  const out = emptyDistractorCounts();
  articleCardsHeard(a, res, {
    onDistractors: (lang, choice) => countDistractorChoice(out, lang, choice),
  });
  return out;
}

/** The counts of several articles added up. */
export function sumDistractorCounts(all: readonly DistractorCounts[]): DistractorCounts {
  const out = emptyDistractorCounts();
  for (const counts of all) {
    for (const lang of LANGS) {
      for (const [key, n] of Object.entries(counts[lang]) as [DistractorCheckKey, number][]) {
        out[lang][key] = (out[lang][key] ?? 0) + n;
      }
    }
  }
  return out;
}
