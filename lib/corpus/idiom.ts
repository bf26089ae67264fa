import type { Token } from './types';

/**
 * German fixed phrases whose verb no hint can point to: "daran liegen" (be due to), "es geht
 * um", "als … dastehen". The verb carries little meaning of its own there, so a blank on it is
 * a guess unless the word alignment found its translation in the hint.
 */

// da(r) + a preposition: daran, darüber, dafür, damit, dazu …
const PRONOMINAL_ADVERB_RE =
  /^da(?:r?(?:an|auf|aus|in|um|unter|über)|bei|durch|für|gegen|hinter|mit|nach|neben|von|vor|zu|zwischen)$/u;

// Verbs that are light in a phrase with a pronominal adverb (liegen an, kommen auf, gehen um).
const LIGHT_VERBS = new Set([
  'liegen',
  'gehen',
  'kommen',
  'stehen',
  'halten',
  'machen',
  'geben',
  'lassen',
  'setzen',
  'stellen',
  'bringen',
]);

// Verbs with the particle da- are idioms whole (gut dastehen "look good", dasein).
const DA_VERBS = new Set(['dastehen', 'dasein', 'dahinterstecken', 'dabeihaben']);

/** The tokens of the clause around `index`: to the nearest punctuation either side. */
function clause(tokens: readonly Token[], index: number): readonly Token[] {
  let start = index;
  while (start > 0 && tokens[start - 1]!.kind !== 'punct') start--;
  let end = index;
  while (end < tokens.length - 1 && tokens[end + 1]!.kind !== 'punct') end++;
  return tokens.slice(start, end + 1);
}

/** Whether the verb at `index` (lemma `lemma`) is the light verb of a German fixed phrase. */
export function isGermanFixedPhraseVerb(
  tokens: readonly Token[],
  index: number,
  lemma: string,
): boolean {
  if (DA_VERBS.has(lemma)) return true;
  if (!LIGHT_VERBS.has(lemma)) return false;
  const words = clause(tokens, index).filter((t) => t.kind === 'word');
  if (words.some((t) => PRONOMINAL_ADVERB_RE.test(t.norm))) return true;
  // es geht um …
  return (
    lemma === 'gehen' && words.some((t) => t.norm === 'es') && words.some((t) => t.norm === 'um')
  );
}
