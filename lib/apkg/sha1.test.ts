import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { sha1First32 } from './sha1';

it('is the first 32 bits of SHA-1, for any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      const expected = createHash('sha1').update(text, 'utf8').digest().readUInt32BE(0);
      expect(sha1First32(text)).toBe(expected);
    }),
  );
  for (const text of ['', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'Häuser']) {
    expect(sha1First32(text)).toBe(
      createHash('sha1').update(text, 'utf8').digest().readUInt32BE(0),
    );
  }
});
