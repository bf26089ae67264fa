import { describe, expect, it } from 'vitest';
import { defaultSettings, fsrsParameters, validateSettings } from './params';

describe('validateSettings', () => {
  it('fills everything from the defaults', () => {
    expect(validateSettings({})).toEqual({ ok: true, value: defaultSettings });
    expect(defaultSettings).toEqual({
      desiredRetention: 0.9,
      newPerDay: 20,
      reviewsPerDay: 200,
      rolloverHour: 4,
      fuzz: true,
      learningSteps: ['1m', '10m'],
      relearningSteps: ['10m'],
    });
  });

  it('keeps given fields, ignores undefined and unknown keys', () => {
    const result = validateSettings({
      desiredRetention: 0.85,
      newPerDay: undefined,
      ...({ colour: 'red' } as object),
    });
    expect(result).toEqual({ ok: true, value: { ...defaultSettings, desiredRetention: 0.85 } });
  });

  it('accepts the retention range ends', () => {
    expect(validateSettings({ desiredRetention: 0.7 }).ok).toBe(true);
    expect(validateSettings({ desiredRetention: 0.99 }).ok).toBe(true);
  });

  it.each([
    ['desiredRetention', 0.69, 'RETENTION_OUT_OF_RANGE'],
    ['desiredRetention', 1, 'RETENTION_OUT_OF_RANGE'],
    ['desiredRetention', Number.NaN, 'RETENTION_OUT_OF_RANGE'],
    ['desiredRetention', '0.9', 'RETENTION_OUT_OF_RANGE'],
    ['newPerDay', -1, 'NEW_PER_DAY_INVALID'],
    ['newPerDay', 2.5, 'NEW_PER_DAY_INVALID'],
    ['reviewsPerDay', 100_000, 'REVIEWS_PER_DAY_INVALID'],
    ['rolloverHour', 24, 'ROLLOVER_HOUR_OUT_OF_RANGE'],
    ['rolloverHour', -1, 'ROLLOVER_HOUR_OUT_OF_RANGE'],
    ['fuzz', 'yes', 'FUZZ_INVALID'],
    ['learningSteps', ['1.5m'], 'LEARNING_STEPS_INVALID'],
    ['learningSteps', ['0m'], 'LEARNING_STEPS_INVALID'],
    ['learningSteps', '1m', 'LEARNING_STEPS_INVALID'],
    ['relearningSteps', ['10 m'], 'RELEARNING_STEPS_INVALID'],
    ['relearningSteps', ['10s'], 'RELEARNING_STEPS_INVALID'],
  ])('%s = %j → %s', (field, value, code) => {
    expect(validateSettings({ [field]: value })).toEqual({
      ok: false,
      errors: [{ code, field, value }],
    });
  });

  it('reports every bad field', () => {
    const result = validateSettings({ desiredRetention: 2, rolloverHour: 30 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.code)).toEqual([
        'RETENTION_OUT_OF_RANGE',
        'ROLLOVER_HOUR_OUT_OF_RANGE',
      ]);
    }
  });

  it('allows no steps at all (FSRS then schedules in days from the first answer)', () => {
    expect(validateSettings({ learningSteps: [], relearningSteps: [] }).ok).toBe(true);
  });
});

describe('fsrsParameters', () => {
  it('maps our settings onto FSRS-6 parameters', () => {
    const p = fsrsParameters({ ...defaultSettings, desiredRetention: 0.8, fuzz: false });
    expect(p.request_retention).toBe(0.8);
    expect(p.enable_fuzz).toBe(false);
    expect(p.enable_short_term).toBe(true);
    expect(p.learning_steps).toEqual(['1m', '10m']);
    expect(p.relearning_steps).toEqual(['10m']);
    expect(p.w).toHaveLength(21);
  });
});
