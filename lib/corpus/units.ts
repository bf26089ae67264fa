import type { Lang } from './types';

/** A pairwise alignment of the pivot language's sentences (a) with another's (b). */
export interface PairBeads {
  readonly beads: readonly {
    readonly a: readonly number[];
    readonly b: readonly number[];
    readonly score: number;
  }[];
}

export interface AlignedUnit {
  /** Sentence indices per language; a language may have none (its translation is missing). */
  readonly sentences: Readonly<Record<Lang, readonly number[]>>;
  /** The weakest bead score that went into this unit. */
  readonly score: number;
}

/**
 * Merge pivot↔X alignments into units across all languages: sentences linked by
 * any bead, directly or through the pivot, form one unit. This keeps 1:2 and 2:1
 * beads together in every language instead of cutting a translation in half.
 */
export function mergeAlignments(
  pivot: Lang,
  pivotCount: number,
  others: readonly { readonly lang: Lang; readonly count: number; readonly alignment: PairBeads }[],
): AlignedUnit[] {
  const keys: string[] = [];
  const index = new Map<string, number>();
  const node = (lang: Lang, i: number) => {
    const key = `${lang}:${i}`;
    let id = index.get(key);
    if (id === undefined) {
      id = keys.length;
      keys.push(key);
      index.set(key, id);
    }
    return id;
  };
  const parent: number[] = [];
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const ensure = (id: number) => {
    while (parent.length <= id) parent.push(parent.length);
  };
  const union = (x: number, y: number) => {
    ensure(Math.max(x, y));
    const [rx, ry] = [find(x), find(y)];
    if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
  };

  // Where each sentence sits along the pivot text, to order units that have no pivot sentence.
  const position = new Map<number, number>();
  const score = new Map<number, number>();
  for (let i = 0; i < pivotCount; i++) {
    const id = node(pivot, i);
    ensure(id);
    position.set(id, i);
  }
  for (const { lang, alignment } of others) {
    let lastPivot = -1;
    for (const bead of alignment.beads) {
      const ids = [...bead.a.map((i) => node(pivot, i)), ...bead.b.map((i) => node(lang, i))];
      for (const id of ids) ensure(id);
      const pos = bead.a.length > 0 ? Math.min(...bead.a) : lastPivot + 0.5;
      if (bead.a.length > 0) lastPivot = Math.max(...bead.a);
      for (const id of ids) {
        if (!position.has(id)) position.set(id, pos);
        score.set(id, Math.min(score.get(id) ?? 1, bead.score));
      }
      for (const id of ids.slice(1)) union(ids[0]!, id);
    }
  }

  const groups = new Map<number, number[]>();
  for (let id = 0; id < keys.length; id++) {
    const root = find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  const langs: Lang[] = [pivot, ...others.map((o) => o.lang)];
  const units = [...groups.values()].map((ids) => {
    const sentences = Object.fromEntries(langs.map((l) => [l, [] as number[]])) as Record<
      Lang,
      number[]
    >;
    let unitScore = 1;
    let order = Infinity;
    for (const id of ids) {
      const [lang, i] = keys[id]!.split(':') as [Lang, string];
      sentences[lang].push(Number(i));
      unitScore = Math.min(unitScore, score.get(id) ?? 0);
      order = Math.min(order, position.get(id) ?? Infinity);
    }
    for (const l of langs) sentences[l].sort((x, y) => x - y);
    return { sentences, score: unitScore, order };
  });
  units.sort((x, y) => x.order - y.order);
  return units.map(({ sentences, score: s }) => ({ sentences, score: s }));
}
