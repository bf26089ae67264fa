import { describe, expect, it } from 'vitest';
import { guessLanguage } from './language';

describe('guessLanguage', () => {
  it.each([
    ['de', 'Aber im Moment lässt Russland seine Unterstützung nicht fallen.'],
    ['it', 'Ma al momento, la Russia non sta lasciando cadere il suo sostegno.'],
    ['en', 'But for now Russia is not dropping its support for the regime.'],
  ] as const)('recognises %s', (lang, text) => {
    expect(guessLanguage(text).lang).toBe(lang);
  });

  it('is confident on a paragraph', () => {
    const guess = guessLanguage(
      'Die russischen Beziehungen zu Syrien begannen sich aufgrund ihrer früheren Beziehungen ' +
        'aus dem Kalten Krieg zu verstärken, und das ist nicht überraschend.',
    );
    expect(guess).toMatchObject({ lang: 'de' });
    expect(guess.confidence).toBeGreaterThan(0.8);
  });

  it('falls back to English with zero confidence when there is no evidence', () => {
    expect(guessLanguage('')).toEqual({ lang: 'en', confidence: 0 });
    expect(guessLanguage('2011 – Assad, Putin')).toEqual({ lang: 'en', confidence: 0 });
  });
});
