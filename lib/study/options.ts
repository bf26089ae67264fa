import { contentHash } from '@/lib/corpus/hash';

/**
 * The choices in an order that looks random but is the same each time the card
 * is shown, so a reload does not reshuffle under the learner's finger.
 */
export function shuffledOptions(options: readonly string[], seed: string): string[] {
  return [...options]
    .map((o) => ({ o, key: contentHash(`${seed}\u241f${o}`) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ o }) => o);
}
