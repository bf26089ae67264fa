import { twoSidedTailCost } from './stats';

/**
 * The length model of Gale & Church (1993), "A program for aligning sentences in
 * bilingual corpora": the length of a translation is roughly proportional to the
 * length of its source, with a variance that grows with the length.
 */

/** Variance of the length difference per character (their s²). */
export const S2 = 6.8;

/**
 * Bead shapes with their priors. As in their program, 2:1 and 1:2 each get the
 * combined 2:1/1:2 probability (0.089), and 1:0 and 0:1 the combined 0.0099, so the
 * penalties relative to 1:1 are theirs (230, 440, 450 in −100·ln units).
 */
export const BEAD_SHAPES = [
  { da: 1, db: 1, prior: 0.89 },
  { da: 1, db: 0, prior: 0.0099 },
  { da: 0, db: 1, prior: 0.0099 },
  { da: 2, db: 1, prior: 0.089 },
  { da: 1, db: 2, prior: 0.089 },
  { da: 2, db: 2, prior: 0.011 },
] as const;

export const ONE_TO_ONE_COST = -Math.log(0.89);

/**
 * δ = (lb − c·la) / √(s²·mean) with their symmetric mean (la + lb/c)/2, so a bead
 * with an empty side still has a defined δ. ~N(0, 1) for true translations.
 */
export function lengthDelta(la: number, lb: number, ratio: number): number {
  if (la === 0 && lb === 0) return 0;
  const mean = (la + lb / ratio) / 2;
  return (lb - ratio * la) / Math.sqrt(S2 * mean);
}

/** −ln P(|Z| ≥ |δ|): how surprising the length difference is, in nats. */
export function lengthCost(delta: number): number {
  return twoSidedTailCost(delta);
}

/**
 * The |δ| a 1:1 bead would need to be as unlikely as a bead costing `extra` nats
 * more than an ideal 1:1 bead. Puts merges and omissions on the δ scale, so a 2:1
 * bead with a perfect length fit still counts as |z| ≈ 1.6 (prior 0.089 vs 0.89).
 */
export function equivalentZ(extra: number): number {
  if (extra <= 0) return 0;
  let lo = 0;
  let hi = 40;
  for (let k = 0; k < 50; k++) {
    const mid = (lo + hi) / 2;
    if (lengthCost(mid) < extra) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
