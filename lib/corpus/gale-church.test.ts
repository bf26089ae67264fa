import { describe, expect, it } from 'vitest';
import { BEAD_SHAPES, equivalentZ, lengthCost, lengthDelta, ONE_TO_ONE_COST } from './gale-church';

describe('lengthDelta', () => {
  it('is 0 for lengths in the expected ratio and grows with the mismatch', () => {
    expect(lengthDelta(100, 100, 1)).toBe(0);
    expect(lengthDelta(100, 90, 0.9)).toBeCloseTo(0, 10);
    expect(lengthDelta(100, 130, 1)).toBeGreaterThan(lengthDelta(100, 115, 1));
    expect(lengthDelta(100, 70, 1)).toBeLessThan(0);
  });

  it('is defined when a side is empty', () => {
    expect(lengthDelta(0, 0, 1)).toBe(0);
    expect(Number.isFinite(lengthDelta(50, 0, 1))).toBe(true);
  });
});

describe('priors', () => {
  it('follow Gale–Church', () => {
    const prior = (da: number, db: number) =>
      BEAD_SHAPES.find((s) => s.da === da && s.db === db)?.prior;
    expect(prior(1, 1)).toBe(0.89);
    expect(prior(2, 1)).toBe(0.089);
    expect(prior(0, 1)).toBe(0.0099);
    expect(ONE_TO_ONE_COST).toBeCloseTo(-Math.log(0.89), 12);
  });
});

describe('equivalentZ', () => {
  it('inverts the length cost', () => {
    for (const z of [0.5, 1, 2, 3]) expect(equivalentZ(lengthCost(z))).toBeCloseTo(z, 6);
    expect(equivalentZ(0)).toBe(0);
    expect(equivalentZ(-1)).toBe(0);
  });

  it('puts a perfectly fitting 2:1 bead at about |z| = 1.6', () => {
    expect(equivalentZ(Math.log(0.89 / 0.089))).toBeCloseTo(1.64, 1);
  });
});
