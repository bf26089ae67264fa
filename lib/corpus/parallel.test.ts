import { describe, expect, it } from 'vitest';
import { judgeParallel, parallelStats, type BeadEvidence } from './parallel';

function bead(lengthA: number, lengthB: number, anchored: boolean, z: number): BeadEvidence {
  return { sizeA: 1, sizeB: 1, lengthA, lengthB, anchored, zEquivalent: z };
}

const translation = [40, 120, 75, 200, 60, 150, 90].map((l, i) =>
  bead(l, Math.round(l * 0.93) + (i % 2 ? 3 : -3), i !== 3, 0.3),
);
const unrelated = [40, 120, 75, 200, 60, 150, 90].map((l, i) =>
  bead(l, [160, 50, 210, 45, 130, 70, 100][i]!, i === 0, 1.8),
);

describe('judgeParallel', () => {
  it('accepts a translation', () => {
    const verdict = judgeParallel(translation);
    expect(verdict.parallel).toBe(true);
    expect(verdict.score).toBeGreaterThan(0.9);
    expect(verdict.stats.r).toBeGreaterThan(0.99);
    expect(verdict.stats.anchorShare).toBeCloseTo(6 / 7, 10);
  });

  it('rejects unrelated texts with a low score', () => {
    const verdict = judgeParallel(unrelated);
    expect(verdict.parallel).toBe(false);
    expect(verdict.score).toBeLessThan(0.2);
  });

  it('needs every signal: good lengths without anchors are not enough', () => {
    const verdict = judgeParallel(translation.map((b) => ({ ...b, anchored: false })));
    expect(verdict.parallel).toBe(false);
    expect(verdict.score).toBeGreaterThan(0.5);
  });

  it('caps one wild bead', () => {
    const stats = parallelStats([...translation, { ...translation[0]!, zEquivalent: 40 }]);
    expect(stats.meanAbsZ).toBeLessThan(1);
  });

  it('decides tiny inputs without r and never returns NaN', () => {
    const one = judgeParallel([bead(50, 47, true, 0.2)]);
    expect(one).toMatchObject({ parallel: true, stats: { r: null } });
    expect(Number.isNaN(one.score)).toBe(false);
    const empty = judgeParallel([]);
    expect(empty).toEqual({
      parallel: false,
      score: 0,
      stats: { r: null, anchorShare: 0, meanAbsZ: 0 },
    });
    const oneSided = judgeParallel([{ ...bead(50, 0, false, 2.6), sizeB: 0 }]);
    expect(oneSided).toMatchObject({ parallel: false, score: 0 });
  });
});
