/**
 * Frequency ranks from several word lists. The lists count different things
 * (film subtitles, password-cracking lists built from subtitles, Wikipedia), so a
 * rank in one is not a rank in another: each extra list is put on the reference
 * list's scale by the median ratio of ranks over the words both contain, and a
 * word's rank is the smallest scaled rank any list gives it. Subtitles under-rank
 * news vocabulary (Konflikt 8638, but 2181 in Wikipedia), which the minimum fixes.
 */

export interface RankList {
  readonly name: string;
  /** Words, most common first. Case is folded; the first occurrence counts. */
  readonly words: readonly string[];
  /** Entries that are artefacts of how the list was made (curid, https). */
  readonly drop?: ReadonlySet<string>;
}

export interface FrequencyTable {
  rank(norm: string): number | undefined;
  /** Every ranked word with its rank, most common first (ties by word). */
  entries(): readonly (readonly [string, number])[];
  /** Multiplier applied to each list's ranks, for the record. */
  readonly scales: Readonly<Record<string, number>>;
}

function firstRanks(list: RankList): Map<string, number> {
  const out = new Map<string, number>();
  list.words.forEach((raw, i) => {
    const word = raw.trim().toLocaleLowerCase('und');
    if (word === '' || list.drop?.has(word) || out.has(word)) return;
    out.set(word, i + 1);
  });
  return out;
}

/** Median of reference rank ÷ list rank over the words both lists hold. */
export function scaleToReference(
  reference: ReadonlyMap<string, number>,
  list: ReadonlyMap<string, number>,
): number {
  const ratios: number[] = [];
  for (const [word, r] of list) {
    const ref = reference.get(word);
    if (ref !== undefined) ratios.push(ref / r);
  }
  if (ratios.length === 0) return 1;
  ratios.sort((a, b) => a - b);
  const mid = ratios.length >> 1;
  return ratios.length % 2 ? ratios[mid]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
}

export function buildFrequencyTable(
  reference: RankList,
  others: readonly RankList[],
): FrequencyTable {
  const ref = firstRanks(reference);
  const ranks = new Map(ref);
  const scales: Record<string, number> = { [reference.name]: 1 };
  for (const list of others) {
    const own = firstRanks(list);
    const scale = scaleToReference(ref, own);
    scales[list.name] = Math.round(scale * 1000) / 1000;
    for (const [word, r] of own) {
      const scaled = Math.max(1, Math.round(r * scale));
      const prev = ranks.get(word);
      if (prev === undefined || scaled < prev) ranks.set(word, scaled);
    }
  }
  let sorted: (readonly [string, number])[] | undefined;
  return {
    rank: (norm) => ranks.get(norm),
    entries: () =>
      (sorted ??= [...ranks].sort(
        (a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
      )),
    scales,
  };
}
