import { describe, expect, it } from 'vitest';
import { mergeAlignments } from './units';

describe('mergeAlignments', () => {
  it('joins pivot↔it and pivot↔en beads into three-way units', () => {
    const units = mergeAlignments('de', 3, [
      {
        lang: 'it',
        count: 3,
        alignment: {
          beads: [
            { a: [0], b: [0], score: 0.9 },
            { a: [1], b: [1], score: 0.8 },
            { a: [2], b: [2], score: 0.7 },
          ],
        },
      },
      {
        lang: 'en',
        count: 4,
        alignment: {
          beads: [
            { a: [0], b: [0, 1], score: 0.6 },
            { a: [1], b: [2], score: 0.95 },
            { a: [2], b: [3], score: 0.9 },
          ],
        },
      },
    ]);
    expect(units.map((u) => u.sentences)).toEqual([
      { de: [0], it: [0], en: [0, 1] },
      { de: [1], it: [1], en: [2] },
      { de: [2], it: [2], en: [3] },
    ]);
    expect(units.map((u) => u.score)).toEqual([0.6, 0.8, 0.7]);
  });

  it('keeps a sentence with no partner as its own unit, in text order', () => {
    const units = mergeAlignments('de', 2, [
      {
        lang: 'it',
        count: 3,
        alignment: {
          beads: [
            { a: [0], b: [0], score: 0.9 },
            { a: [], b: [1], score: 0.2 },
            { a: [1], b: [2], score: 0.9 },
          ],
        },
      },
    ]);
    expect(units.map((u) => u.sentences)).toEqual([
      { de: [0], it: [0] },
      { de: [], it: [1] },
      { de: [1], it: [2] },
    ]);
  });
});
