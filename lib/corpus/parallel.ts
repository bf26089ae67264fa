import { clamp01, pearson } from './stats';

/**
 * Are two aligned texts translations of each other? The aligner always finds
 * *some* path, and for unrelated texts it fits the lengths by merging sentences
 * (2:1, 2:2), which makes plain length statistics of its output look good. So each
 * signal here is measured in a way that charges for that fitting. Figures: see
 * lib/corpus/README.md.
 */

export interface BeadEvidence {
  readonly sizeA: number;
  readonly sizeB: number;
  readonly lengthA: number;
  readonly lengthB: number;
  /** Every sentence of the bead shares an anchor with the other side (false if one-sided). */
  readonly anchored: boolean;
  /** |δ| of a 1:1 bead as unlikely as this one (length and shape), from equivalentZ. */
  readonly zEquivalent: number;
}

export interface ParallelStats {
  /** Pearson r of the character lengths over 1:1 beads; null under 3 or without variance. */
  readonly r: number | null;
  /** Share of beads in which every sentence shares an anchor with the other side. */
  readonly anchorShare: number;
  /** Mean equivalent |z| per bead, each capped at Z_CAP. */
  readonly meanAbsZ: number;
}

export interface ParallelVerdict {
  readonly parallel: boolean;
  /** 0..1: the mean of three sub-scores, each 0.5 at its gate threshold. */
  readonly score: number;
  readonly stats: ParallelStats;
}

// Thresholds after the measurements in shared/notes/corpus-nlp.md §2 (de–it
// translation r 0.90, anchors on 11/12 lines, mean |z| 0.38; unrelated de–en
// −0.04, 1/12, 0.80).
const R_MIN = 0.7;
const ANCHOR_MIN = 0.5;
const Z_MAX = 1;
// One wild bead (a 3-line paragraph left unpaired) should not outweigh forty good ones.
const Z_CAP = 3;

export function parallelStats(beads: readonly BeadEvidence[]): ParallelStats {
  if (beads.length === 0) return { r: null, anchorShare: 0, meanAbsZ: 0 };
  const ones = beads.filter((b) => b.sizeA === 1 && b.sizeB === 1);
  const r = pearson(
    ones.map((b) => b.lengthA),
    ones.map((b) => b.lengthB),
  );
  const anchored = beads.filter((b) => b.anchored).length;
  const z = beads.reduce((sum, b) => sum + Math.min(Z_CAP, b.zEquivalent), 0);
  return { r, anchorShare: anchored / beads.length, meanAbsZ: z / beads.length };
}

/**
 * Gate: r > 0.7 and anchor share ≥ 0.5 and mean |z| < 1; without a defined r (tiny
 * inputs) the other two decide. Score: sub-scores clipped to 0..1, r mapped
 * 0.5→0, 0.9→1; anchors 0.25→0, 0.75→1; |z| 1.5→0, 0.5→1. Without r its sub-score
 * is replaced by the |z| one.
 */
export function judgeParallel(beads: readonly BeadEvidence[]): ParallelVerdict {
  const stats = parallelStats(beads);
  const twoSided = beads.some((b) => b.sizeA > 0 && b.sizeB > 0);
  if (!twoSided) return { parallel: false, score: 0, stats };
  const sZ = clamp01(1.5 - stats.meanAbsZ);
  const sA = clamp01((stats.anchorShare - 0.25) / 0.5);
  const sR = stats.r === null ? sZ : clamp01((stats.r - 0.5) / 0.4);
  const parallel =
    (stats.r === null || stats.r > R_MIN) &&
    stats.anchorShare >= ANCHOR_MIN &&
    stats.meanAbsZ < Z_MAX;
  return { parallel, score: (sR + sA + sZ) / 3, stats };
}
