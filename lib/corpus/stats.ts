/** Small numeric helpers for the aligner. */

/** Pearson correlation, or null when it is undefined (under 3 points or no variance). */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * −ln P(|Z| ≥ |z|) for a standard normal Z: the Gale–Church length cost.
 * Computed in log space (Numerical Recipes' erfc, fractional error < 1.2e-7) so a
 * large |z| gives a large finite cost instead of −ln(0) = ∞.
 */
export function twoSidedTailCost(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  let poly = 0;
  for (let k = ERFC_COEFFS.length - 1; k >= 0; k--) poly = ERFC_COEFFS[k]! + t * poly;
  // erfc(x) = t · exp(−x² + poly), and 2·(1 − Φ(|z|)) = erfc(|z|/√2).
  return Math.max(0, -(Math.log(t) - x * x + poly));
}

const ERFC_COEFFS = [
  -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587,
  -0.82215223, 0.17087277,
];

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
