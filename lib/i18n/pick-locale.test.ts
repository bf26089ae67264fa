import { describe, expect, it } from 'vitest';
import { pickLocale } from './pick-locale';

describe('pickLocale', () => {
  const supported = ['en', 'de', 'it'];
  it('takes the first supported preference by primary subtag', () => {
    expect(pickLocale(['fr-FR', 'de-AT', 'it'], supported, 'en')).toBe('de');
  });
  it('falls back to English when nothing matches', () => {
    expect(pickLocale(['fr', 'es'], supported, 'en')).toBe('en');
    expect(pickLocale([], supported, 'en')).toBe('en');
  });
  it('ignores case', () => {
    expect(pickLocale(['IT-it'], supported, 'en')).toBe('it');
  });
});
