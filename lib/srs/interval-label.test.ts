import { describe, expect, it } from 'vitest';
import { formatInterval } from './interval-label';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('formatInterval', () => {
  it.each([
    [0, '0s'],
    [45 * S, '45s'],
    [1 * M, '1m'],
    [6 * M, '6m'],
    [10 * M, '10m'],
    [3 * H, '3h'],
    [1 * D, '1d'],
    [3 * D, '3d'],
    [30 * D, '30d'],
    [31 * D, '1mo'],
    [60 * D, '2mo'],
    [45 * D, '1.5mo'],
    [365 * D, '1y'],
    [438 * D, '1.2y'],
    [100 * 365 * D, '100y'],
  ])('%d ms → %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });

  it('moves to the next unit when rounding reaches it', () => {
    expect(formatInterval(59.6 * M)).toBe('1h');
    expect(formatInterval(23.6 * H)).toBe('1d');
    expect(formatInterval(59.4 * M)).toBe('59m');
    expect(formatInterval(364.9 * D)).toBe('1y');
  });

  it('reads an overdue (negative) span as 0s and rejects NaN with a code', () => {
    expect(formatInterval(-5 * M)).toBe('0s');
    expect(() => formatInterval(Number.NaN)).toThrow(
      expect.objectContaining({ code: 'INVALID_INTERVAL' }),
    );
  });
});
