import { describe, expect, it } from 'vitest';
import { studyDayBounds, studyDayOf } from './study-day';

const t = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('study day (TZ=Europe/Berlin)', () => {
  it('runs in the pinned zone', () => {
    expect(new Date(t('2026-01-15T12:00:00Z')).getTimezoneOffset()).toBe(-60);
    expect(new Date(t('2026-07-15T12:00:00Z')).getTimezoneOffset()).toBe(-120);
  });

  it('counts days since the epoch of the local date the study day starts on', () => {
    expect(studyDayOf(t('2026-01-15T12:00:00+01:00'), 4)).toBe(Date.UTC(2026, 0, 15) / 86_400_000);
    expect(studyDayOf(new Date(t('2026-01-15T12:00:00+01:00')), 4)).toBe(20468);
  });

  it('puts 03:59 in the previous day and 04:00 in the new one', () => {
    const day = studyDayOf(t('2026-01-15T12:00:00+01:00'), 4);
    expect(studyDayOf(t('2026-01-16T03:59:00+01:00'), 4)).toBe(day);
    expect(studyDayOf(t('2026-01-16T03:59:59.999+01:00'), 4)).toBe(day);
    expect(studyDayOf(t('2026-01-16T04:00:00+01:00'), 4)).toBe(day + 1);
  });

  it('does not change day at midnight', () => {
    const evening = studyDayOf(t('2026-01-15T23:30:00+01:00'), 4);
    expect(studyDayOf(t('2026-01-16T00:30:00+01:00'), 4)).toBe(evening);
    expect(studyDayBounds(t('2026-01-16T00:30:00+01:00'), 4)).toEqual({
      start: t('2026-01-15T04:00:00+01:00'),
      end: t('2026-01-16T04:00:00+01:00'),
    });
  });

  it('with rollover 0 follows the calendar', () => {
    const day = studyDayOf(t('2026-01-15T23:59:59.999+01:00'), 0);
    expect(studyDayOf(t('2026-01-16T00:00:00+01:00'), 0)).toBe(day + 1);
    expect(studyDayBounds(t('2026-01-15T00:00:00+01:00'), 0)).toEqual({
      start: t('2026-01-15T00:00:00+01:00'),
      end: t('2026-01-16T00:00:00+01:00'),
    });
  });

  it('wraps across month and year ends', () => {
    expect(studyDayOf(t('2026-01-01T03:00:00+01:00'), 4)).toBe(Date.UTC(2025, 11, 31) / 86_400_000);
    expect(studyDayBounds(t('2026-03-01T02:00:00+01:00'), 4)).toEqual({
      start: t('2026-02-28T04:00:00+01:00'),
      end: t('2026-03-01T04:00:00+01:00'),
    });
  });

  describe('spring forward, 2026-03-29 02:00 CET → 03:00 CEST', () => {
    it('the study day spanning the change is 23 h long', () => {
      const b = studyDayBounds(t('2026-03-28T12:00:00+01:00'), 4);
      expect(b.start).toBe(t('2026-03-28T04:00:00+01:00'));
      expect(b.end).toBe(t('2026-03-29T04:00:00+02:00'));
      expect(b.end - b.start).toBe(23 * HOUR);
      // The night after the change still belongs to the 28th until 04:00 CEST.
      expect(studyDayBounds(t('2026-03-29T03:30:00+02:00'), 4)).toEqual(b);
    });

    it('the next day is 24 h again and day numbers stay consecutive', () => {
      const b = studyDayBounds(t('2026-03-29T12:00:00+02:00'), 4);
      expect(b.end - b.start).toBe(24 * HOUR);
      expect(studyDayOf(t('2026-03-29T04:00:00+02:00'), 4)).toBe(
        studyDayOf(t('2026-03-29T03:59:00+02:00'), 4) + 1,
      );
    });

    it('with rollover 0 the calendar day is 23 h', () => {
      const b = studyDayBounds(t('2026-03-29T12:00:00+02:00'), 0);
      expect(b).toEqual({
        start: t('2026-03-29T00:00:00+01:00'),
        end: t('2026-03-30T00:00:00+02:00'),
      });
      expect(b.end - b.start).toBe(23 * HOUR);
    });

    it('a rollover hour the clock skips starts the day right after the gap', () => {
      const b = studyDayBounds(t('2026-03-29T12:00:00+02:00'), 2);
      expect(b.start).toBe(t('2026-03-29T03:00:00+02:00'));
      expect(studyDayOf(t('2026-03-29T01:59:00+01:00'), 2)).toBe(
        studyDayOf(t('2026-03-29T03:00:00+02:00'), 2) - 1,
      );
    });
  });

  describe('fall back, 2026-10-25 03:00 CEST → 02:00 CET', () => {
    it('the study day spanning the change is 25 h long', () => {
      const b = studyDayBounds(t('2026-10-24T12:00:00+02:00'), 4);
      expect(b).toEqual({
        start: t('2026-10-24T04:00:00+02:00'),
        end: t('2026-10-25T04:00:00+01:00'),
      });
      expect(b.end - b.start).toBe(25 * HOUR);
      // 03:30 happens once, at +01:00, and is still the 24th's day.
      expect(studyDayBounds(t('2026-10-25T03:30:00+01:00'), 4)).toEqual(b);
    });

    it('with rollover 0 the calendar day is 25 h', () => {
      const b = studyDayBounds(t('2026-10-25T12:00:00+01:00'), 0);
      expect(b.end - b.start).toBe(25 * HOUR);
    });

    it('a rollover hour that happens twice starts the day at its first occurrence', () => {
      const first = t('2026-10-25T02:30:00+02:00');
      const second = t('2026-10-25T02:30:00+01:00');
      expect(studyDayOf(first, 2)).toBe(studyDayOf(second, 2));
      expect(studyDayBounds(second, 2).start).toBe(t('2026-10-25T02:00:00+02:00'));
      expect(studyDayBounds(t('2026-10-25T01:59:00+02:00'), 2).end).toBe(
        t('2026-10-25T02:00:00+02:00'),
      );
    });
  });

  it('rejects an hour outside 0–23 with a code', () => {
    expect(() => studyDayOf(0, 24)).toThrow(expect.objectContaining({ code: 'INVALID_SETTINGS' }));
    expect(() => studyDayBounds(0, 1.5)).toThrow(
      expect.objectContaining({ code: 'INVALID_SETTINGS' }),
    );
  });

  it('keeps start <= now < end, and consecutive day numbers, through both DST weeks', () => {
    const weeks = [
      [t('2026-03-26T00:00:00+01:00'), t('2026-04-01T00:00:00+02:00')],
      [t('2026-10-22T00:00:00+02:00'), t('2026-10-28T00:00:00+01:00')],
    ] as const;
    const broken: string[] = [];
    for (const [from, to] of weeks) {
      for (const hour of [0, 2, 3, 4, 23]) {
        let previous = studyDayOf(from, hour);
        for (let now = from; now < to; now += 15 * 60_000) {
          const b = studyDayBounds(now, hour);
          const day = studyDayOf(now, hour);
          const ok =
            b.start <= now &&
            now < b.end &&
            (day === previous || day === previous + 1) &&
            studyDayOf(b.start, hour) === day &&
            studyDayOf(b.end, hour) === day + 1;
          if (!ok) broken.push(`${new Date(now).toISOString()} rollover ${hour}`);
          previous = day;
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
