import { describe, expect, it } from 'vitest';
import { decodeIndexNumber, DictzipError } from './dictzip';

describe('decodeIndexNumber', () => {
  it('reads dictd base-64 numbers', () => {
    expect(decodeIndexNumber('A')).toBe(0);
    expect(decodeIndexNumber('c')).toBe(28);
    expect(decodeIndexNumber('5S')).toBe(57 * 64 + 18);
    expect(decodeIndexNumber('BpvyM')).toBe((((1 * 64 + 41) * 64 + 47) * 64 + 50) * 64 + 12);
  });

  it('rejects other characters with a code', () => {
    expect(() => decodeIndexNumber('A-B')).toThrowError(DictzipError);
    try {
      decodeIndexNumber('!');
    } catch (error) {
      expect((error as DictzipError).code).toBe('OUT_OF_RANGE');
    }
  });
});
