import { describe, expect, it } from 'vitest';
import { canonicalText, contentHash } from './hash';

describe('contentHash', () => {
  it('is stable, 14 characters, and differs for different text', () => {
    expect(contentHash('Waffen')).toBe(contentHash('Waffen'));
    expect(contentHash('Waffen')).toMatch(/^[0-9a-z]{14}$/);
    expect(contentHash('Waffen')).not.toBe(contentHash('Waffe'));
    const many = new Set(Array.from({ length: 10_000 }, (_, i) => contentHash(`sentence ${i}`)));
    expect(many.size).toBe(10_000);
  });

  it('ignores whitespace and quote style through canonicalText', () => {
    expect(canonicalText('  „Sie werden  nicht“ ')).toBe(canonicalText('"Sie werden nicht"'));
  });
});
