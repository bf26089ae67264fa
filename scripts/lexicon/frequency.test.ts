import { describe, expect, it } from 'vitest';
import { buildFrequencyTable, scaleToReference } from './frequency';

describe('buildFrequencyTable', () => {
  it('scales a list by the median rank ratio and keeps the smallest rank', () => {
    const reference = { name: 'subtitles', words: ['ich', 'du', 'Krieg', 'ja', 'Konflikt'] };
    // Wikipedia ranks the shared words at half their subtitle rank.
    const wikipedia = {
      name: 'wikipedia',
      words: ['ich', 'Konflikt', 'curid', 'Regierung'],
      drop: new Set(['curid']),
    };
    const table = buildFrequencyTable(reference, [wikipedia]);
    // ich: 1 vs 1 → ratio 1; konflikt: 5 vs 2 → 2.5; median of [1, 2.5] = 1.75
    expect(table.scales['wikipedia']).toBe(1.75);
    expect(table.rank('konflikt')).toBe(4);
    expect(table.rank('krieg')).toBe(3);
    expect(table.rank('regierung')).toBe(7);
    expect(table.rank('curid')).toBeUndefined();
    expect(table.entries()[0]).toEqual(['ich', 1]);
  });

  it('folds case and keeps the first occurrence', () => {
    const table = buildFrequencyTable({ name: 'a', words: ['Ich', 'ist', 'ich'] }, []);
    expect(table.rank('ich')).toBe(1);
    expect(table.rank('ist')).toBe(2);
  });

  it('scales by 1 when the lists share nothing', () => {
    expect(scaleToReference(new Map([['a', 1]]), new Map([['b', 5]]))).toBe(1);
  });
});
