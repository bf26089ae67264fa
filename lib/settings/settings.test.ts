import { describe, expect, it } from 'vitest';
import { defaultSettings, hintLanguage, parseSettings } from './settings';

describe('settings', () => {
  it('has Anki-like defaults', () => {
    expect(defaultSettings).toMatchObject({
      newPerDay: 20,
      reviewsPerDay: 200,
      desiredRetention: 0.9,
      rolloverHour: 4,
      clozeMode: 'typed',
    });
  });

  it('keeps valid fields of a damaged row and defaults the rest', () => {
    const s = parseSettings({ newPerDay: 5, desiredRetention: 3, rolloverHour: 'x' });
    expect(s.newPerDay).toBe(5);
    expect(s.desiredRetention).toBe(0.9);
    expect(s.rolloverHour).toBe(4);
    expect(parseSettings(null)).toEqual(defaultSettings);
  });

  it('picks the hint language: choice, then UI language, then English', () => {
    expect(hintLanguage({ ...defaultSettings, hint: { de: 'it' } }, 'de', 'en')).toBe('it');
    expect(hintLanguage(defaultSettings, 'de', 'it')).toBe('it');
    expect(hintLanguage(defaultSettings, 'de', 'de')).toBe('en');
    expect(hintLanguage(defaultSettings, 'en', 'en')).toBe('de');
  });
});
