import { describe, expect, it } from 'vitest';
import { clamp01, pearson, twoSidedTailCost } from './stats';

describe('pearson', () => {
  it('measures linear correlation', () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toBeCloseTo(1, 10);
    expect(pearson([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1, 10);
    expect(pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 10);
  });

  it('is null when undefined', () => {
    expect(pearson([1, 2], [1, 2])).toBeNull();
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});

describe('twoSidedTailCost', () => {
  it('matches −ln(2(1 − Φ(|z|)))', () => {
    expect(twoSidedTailCost(0)).toBeCloseTo(0, 6);
    expect(twoSidedTailCost(1)).toBeCloseTo(-Math.log(0.3173105), 5);
    expect(twoSidedTailCost(-1.96)).toBeCloseTo(-Math.log(0.0499958), 4);
    expect(twoSidedTailCost(3)).toBeCloseTo(-Math.log(0.0026998), 4);
  });

  it('stays finite and grows far in the tail', () => {
    expect(twoSidedTailCost(40)).toBeGreaterThan(twoSidedTailCost(20));
    expect(Number.isFinite(twoSidedTailCost(1e4))).toBe(true);
  });
});

describe('clamp01', () => {
  it('clips to 0..1', () => {
    expect([clamp01(-1), clamp01(0.3), clamp01(2)]).toEqual([0, 0.3, 1]);
  });
});
