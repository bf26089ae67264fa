import { describe, expect, it } from 'vitest';
import { contentStats, judgeParallel, parallelStats, type BeadEvidence } from './parallel';

function bead(lengthA: number, lengthB: number, anchored: boolean, z: number): BeadEvidence {
  return { sizeA: 1, sizeB: 1, lengthA, lengthB, anchored, zEquivalent: z };
}

const LENGTHS = [40, 120, 75, 200, 60, 150, 90];
const translation = LENGTHS.map((l, i) =>
  bead(l, Math.round(l * 0.93) + (i % 2 ? 3 : -3), i !== 3, 0.3),
);
const unrelated = LENGTHS.map((l, i) =>
  bead(l, [160, 50, 210, 45, 130, 70, 100][i]!, i === 0, 1.8),
);
// A faithful German–Italian translation without names: one bead in seven anchored.
const fewAnchors = translation.map((b, i) => ({ ...b, anchored: i === 2 }));
const omitted = (sizeA: number, sizeB: number, length: number): BeadEvidence => ({
  sizeA,
  sizeB,
  lengthA: sizeA * length,
  lengthB: sizeB * length,
  anchored: false,
  zEquivalent: 2.6,
});

describe('judgeParallel', () => {
  it('accepts a translation', () => {
    const verdict = judgeParallel(translation);
    expect(verdict.parallel).toBe(true);
    expect(verdict.stats.route).toBe('anchors');
    expect(verdict.score).toBeGreaterThan(0.9);
    expect(verdict.stats.r).toBeGreaterThan(0.99);
    expect(verdict.stats.anchorShare).toBeCloseTo(6 / 7, 10);
  });

  it('keeps the anchor-led score: the mean of r, anchor and |z| sub-scores', () => {
    // 5 of 8 anchored: anchor sub-score 0.75, the other two 1.
    const beads = [...translation, bead(110, 102, false, 0.3)].map((b, i) => ({
      ...b,
      anchored: i < 5,
    }));
    expect(judgeParallel(beads).score).toBeCloseTo((1 + 0.75 + 1) / 3, 10);
  });

  it('lets strong anchors excuse a poor length fit', () => {
    // Every bead anchored, the fit spoilt by two glued-on sentences.
    const glued = translation.map((b) => ({ ...b, anchored: true, zEquivalent: 1.3 }));
    expect(judgeParallel(glued)).toMatchObject({ parallel: true, stats: { route: 'anchors' } });
    expect(judgeParallel(glued.map((b) => ({ ...b, zEquivalent: 1.6 }))).parallel).toBe(false);
    // At the plain anchor threshold the limit stays at |z| < 1.
    const half = glued.map((b, i) => ({ ...b, anchored: i < 4, zEquivalent: 1.05 }));
    expect(half.filter((b) => b.anchored).length / half.length).toBeCloseTo(4 / 7, 10);
    expect(judgeParallel(half).parallel).toBe(true);
    const plain = [...half, { ...half[6]!, anchored: false }];
    expect(judgeParallel(plain).stats.anchorShare).toBe(0.5);
    expect(judgeParallel(plain).parallel).toBe(false);
  });

  it('rejects unrelated texts with a low score', () => {
    const verdict = judgeParallel(unrelated);
    expect(verdict.parallel).toBe(false);
    expect(verdict.stats.route).toBeNull();
    expect(verdict.score).toBeLessThan(0.2);
  });

  it('needs some anchors: good lengths without any are not enough', () => {
    const verdict = judgeParallel(translation.map((b) => ({ ...b, anchored: false })));
    expect(verdict.parallel).toBe(false);
    expect(verdict.score).toBeLessThan(0.5);
  });

  it('accepts few anchors when the lengths fit without merging', () => {
    const verdict = judgeParallel(fewAnchors);
    expect(verdict).toMatchObject({ parallel: true, stats: { route: 'lengths' } });
    expect(verdict.score).toBeGreaterThanOrEqual(0.5);
    // Length evidence never scores like a well-anchored translation.
    expect(verdict.score).toBeLessThanOrEqual(0.9);
    // The same anchors with a loose fit are refused.
    const loose = judgeParallel(fewAnchors.map((b) => ({ ...b, zEquivalent: 0.7 })));
    expect(loose.parallel).toBe(false);
    expect(loose.score).toBeLessThan(0.5);
  });

  it('wants six content beads for the length reading', () => {
    expect(judgeParallel(fewAnchors.slice(0, 6)).parallel).toBe(true);
    expect(judgeParallel(fewAnchors.slice(0, 5)).parallel).toBe(false);
  });

  it('leaves headings and list items out of the length reading', () => {
    // A layout twin: headings and list items that fit, prose that fits loosely.
    const layout = LENGTHS.map(() => ({ ...bead(20, 19, false, 0.1), layout: true }));
    const loose = fewAnchors.map((b, i) => ({ ...b, anchored: i < 2, zEquivalent: 1 }));
    const twin = [...layout, ...loose];
    expect(contentStats(twin)).toMatchObject({ beads: 7, meanAbsZ: 1 });
    expect(judgeParallel(twin).parallel).toBe(false);
    // Counted as content, the layout would have carried it.
    expect(judgeParallel(twin.map((b) => ({ ...b, layout: false }))).stats.route).toBe('lengths');
    // Badly fitting headings do not spoil a translation.
    const headed = [...fewAnchors, ...layout.map((b) => ({ ...b, zEquivalent: 2.5 }))];
    expect(judgeParallel(headed).stats.route).toBe('lengths');
  });

  it('accepts a paragraph or two missing on one side, not many', () => {
    const partial = [...fewAnchors.slice(0, 4), omitted(2, 0, 90), ...fewAnchors.slice(4)];
    const stats = contentStats(partial);
    expect(stats.omitted).toBeCloseTo(2 / 16, 10);
    expect(stats.meanAbsZ).toBeCloseTo(0.3, 10);
    expect(judgeParallel(partial).stats.route).toBe('lengths');
    const holes = [...partial, omitted(0, 1, 50), omitted(2, 0, 80), omitted(0, 2, 60)];
    expect(contentStats(holes).omitted).toBeGreaterThan(0.25);
    expect(judgeParallel(holes).parallel).toBe(false);
  });

  it('reads the paragraph alignment of a free translation', () => {
    // Sentences merged in pairs (2:1 at |z| ≈ 1.6), paragraphs 1:1.
    const merged = LENGTHS.map((l, i) => ({ ...bead(l, l, i < 2, 1.7), sizeA: 2 }));
    expect(judgeParallel(merged).parallel).toBe(false);
    const verdict = judgeParallel(merged, fewAnchors);
    expect(verdict).toMatchObject({ parallel: true, stats: { route: 'paragraphs' } });
    expect(verdict.stats.paragraphs).toMatchObject({ beads: 7, omitted: 0 });
  });

  it('gives a score of at least 0.5 exactly to the pairs it accepts', () => {
    const cases: [BeadEvidence[], BeadEvidence[] | null][] = [
      [translation, null],
      [unrelated, null],
      [fewAnchors, null],
      [fewAnchors.map((b) => ({ ...b, zEquivalent: 0.59 })), null],
      [fewAnchors.map((b) => ({ ...b, zEquivalent: 0.61 })), null],
      [unrelated, fewAnchors],
      [translation.map((b) => ({ ...b, zEquivalent: 0.99 })), null],
      [translation.map((b) => ({ ...b, zEquivalent: 1.01 })), null],
    ];
    for (const [beads, paragraphs] of cases) {
      const verdict = judgeParallel(beads, paragraphs);
      expect(verdict.score >= 0.5).toBe(verdict.parallel);
    }
  });

  it('caps one wild bead', () => {
    const stats = parallelStats([...translation, { ...translation[0]!, zEquivalent: 40 }]);
    expect(stats.meanAbsZ).toBeLessThan(1);
  });

  it('decides tiny inputs without r and never returns NaN', () => {
    const one = judgeParallel([bead(50, 47, true, 0.2)]);
    expect(one).toMatchObject({ parallel: true, stats: { r: null, route: 'anchors' } });
    expect(Number.isNaN(one.score)).toBe(false);
    const empty = judgeParallel([]);
    expect(empty).toMatchObject({
      parallel: false,
      score: 0,
      stats: { r: null, anchorShare: 0, meanAbsZ: 0, paragraphs: null, route: null },
    });
    expect(empty.stats.content).toEqual({
      beads: 0,
      r: null,
      anchorShare: 0,
      meanAbsZ: 0,
      omitted: 0,
    });
    const oneSided = judgeParallel([{ ...bead(50, 0, false, 2.6), sizeB: 0 }]);
    expect(oneSided).toMatchObject({ parallel: false, score: 0 });
  });
});
