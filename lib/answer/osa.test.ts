import { describe, expect, it } from 'vitest';
import { osaAlign, osaDistance } from './osa';

const caseless = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

describe('osaDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['Waffen', 'Waffen', 0],
    ['Waffen', 'Waffn', 1],
    ['Waffen', 'Waffeen', 1],
    ['Waffen', 'Waffan', 1],
    ['ab', 'ba', 1],
    ['Unterstützung', 'Untertsützung', 1],
    ['governo', 'govenro', 1],
    // OSA never edits a swapped pair again: 3 here, where unrestricted Damerau gives 2.
    ['ca', 'abc', 3],
    ['kämpfen', 'kampfen', 1],
  ])('%j → %j = %d', (a, b, d) => {
    expect(osaDistance(a, b)).toBe(d);
    expect(osaDistance(b, a)).toBe(d);
  });

  it('takes a letter equality, e.g. ignoring case', () => {
    expect(osaDistance('Waffen', 'waffen')).toBe(1);
    expect(osaDistance('Waffen', 'waffen', caseless)).toBe(0);
  });

  it('counts code points, so an NFC umlaut is one letter', () => {
    expect(osaDistance('ü', 'u')).toBe(1);
    expect(osaDistance('😀a', 'a😀')).toBe(1);
  });
});

describe('osaAlign', () => {
  it('names a missing letter', () => {
    expect(osaAlign('Waffen', 'Waffn')).toEqual({
      distance: 1,
      diff: [
        { op: 'same', expected: 'Waff', typed: 'Waff' },
        { op: 'delete', expected: 'e', typed: '' },
        { op: 'same', expected: 'n', typed: 'n' },
      ],
    });
  });

  it('names an extra letter (the first of a doubled run, where any would do)', () => {
    expect(osaAlign('crollo', 'crolllo').diff).toEqual([
      { op: 'same', expected: 'cro', typed: 'cro' },
      { op: 'insert', expected: '', typed: 'l' },
      { op: 'same', expected: 'llo', typed: 'llo' },
    ]);
  });

  it('names a swap as one slip', () => {
    expect(osaAlign('Unterstützung', 'Untertsützung')).toEqual({
      distance: 1,
      diff: [
        { op: 'same', expected: 'Unter', typed: 'Unter' },
        { op: 'swap', expected: 'st', typed: 'ts' },
        { op: 'same', expected: 'ützung', typed: 'ützung' },
      ],
    });
  });

  it('names a wrong letter and keeps both spellings as given', () => {
    expect(osaAlign('Regierung', 'regiarung', caseless)).toEqual({
      distance: 1,
      diff: [
        { op: 'same', expected: 'Regi', typed: 'regi' },
        { op: 'replace', expected: 'e', typed: 'a' },
        { op: 'same', expected: 'rung', typed: 'rung' },
      ],
    });
  });

  it('rebuilds both strings from the diff', () => {
    for (const [a, b] of [
      ['Zusammenbruch', 'Zusamenbruhc'],
      ['perché', 'percheè'],
      ['', 'abc'],
      ['abc', ''],
      ['ribelli', 'rbielle'],
    ] as const) {
      const { distance, diff } = osaAlign(a, b);
      expect(diff.map((p) => p.expected).join('')).toBe(a);
      expect(diff.map((p) => p.typed).join('')).toBe(b);
      expect(distance).toBe(osaDistance(a, b));
    }
  });
});
