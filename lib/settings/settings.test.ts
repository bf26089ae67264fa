import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LANGS } from '@/lib/corpus/types';
import {
  NEW_PER_DAY_MAX,
  RETENTION_MAX,
  RETENTION_MIN,
  REVIEWS_PER_DAY_MAX,
} from '@/lib/srs/params';
import { defaultSettings, hintLanguage, parseSettingField, parseSettings } from './settings';

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

describe('parseSettings without zod', () => {
  // The zod schema settings were read with before issue 9: rows stored then must read back the same.
  const zodSchema = z.object({
    hint: z.partialRecord(z.enum(LANGS), z.enum(LANGS)).default({}),
    clozeMode: z.enum(['typed', 'choice']).default('typed'),
    newPerDay: z.number().int().min(0).max(NEW_PER_DAY_MAX).default(defaultSettings.newPerDay),
    reviewsPerDay: z
      .number()
      .int()
      .min(0)
      .max(REVIEWS_PER_DAY_MAX)
      .default(defaultSettings.reviewsPerDay),
    desiredRetention: z
      .number()
      .min(RETENTION_MIN)
      .max(RETENTION_MAX)
      .default(defaultSettings.desiredRetention),
    rolloverHour: z.number().int().min(0).max(23).default(defaultSettings.rolloverHour),
  });
  function zodParse(raw: unknown): unknown {
    const out: Record<string, unknown> = { ...defaultSettings };
    if (raw && typeof raw === 'object') {
      for (const [key, field] of Object.entries(zodSchema.shape)) {
        const parsed = field.safeParse((raw as Record<string, unknown>)[key]);
        if (parsed.success) out[key] = parsed.data;
      }
    }
    return out;
  }

  const lang = fc.constantFrom(...LANGS, 'fr', '');
  const value = fc.oneof(
    fc.integer({ min: -5, max: 100_000 }),
    fc.double({ min: 0.5, max: 1.1 }),
    fc.constantFrom(NaN, Infinity, -0, 0.7, 0.99, 23, 24, 2 ** 53, 'typed', 'choice', null),
    fc.string(),
    fc.dictionary(lang, fc.oneof(lang, fc.integer())),
    fc.array(lang),
  );
  const row = fc.oneof(
    fc.record(
      {
        hint: value,
        clozeMode: value,
        newPerDay: value,
        reviewsPerDay: value,
        desiredRetention: value,
        rolloverHour: value,
        extra: value,
      },
      { requiredKeys: [] },
    ),
    value,
  );

  it('reads any row as the zod schema did', () => {
    fc.assert(
      fc.property(row, (raw) => {
        expect(parseSettings(raw)).toEqual(zodParse(raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('checks one field as the zod schema did', () => {
    fc.assert(
      fc.property(value, (v) => {
        for (const key of [
          'newPerDay',
          'reviewsPerDay',
          'desiredRetention',
          'rolloverHour',
        ] as const) {
          const z4 = zodSchema.shape[key].safeParse(v);
          expect(parseSettingField(key, v)).toEqual(z4.success ? z4.data : undefined);
        }
      }),
    );
  });
});

describe('study mode and voices', () => {
  it('default to reading and the best-matching voice', () => {
    expect(parseSettings({}).studyMode).toBe('read');
    expect(parseSettings({}).voice).toEqual({});
  });

  it('keep a valid study mode and voice map, and drop a damaged one', () => {
    const s = parseSettings({ studyMode: 'dictation', voice: { it: 'urn:it-voice' } });
    expect(s.studyMode).toBe('dictation');
    expect(s.voice).toEqual({ it: 'urn:it-voice' });
    expect(parseSettings({ studyMode: 'sing' }).studyMode).toBe('read');
    expect(parseSettings({ voice: { fr: 'x' } }).voice).toEqual({});
    expect(parseSettings({ voice: { de: 3 } }).voice).toEqual({});
    expect(parseSettings({ voice: { de: '' } }).voice).toEqual({});
    expect(parseSettings({ voice: { de: 'x'.repeat(501) } }).voice).toEqual({});
    expect(parseSettings({ voice: ['de'] }).voice).toEqual({});
  });
});
