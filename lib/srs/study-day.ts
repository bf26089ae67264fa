import { SrsError } from './errors';
import { toEpochMs, type Instant } from './instant';

const DAY_MS = 86_400_000;

/**
 * The study day runs from `rolloverHour` local time to the same hour on the next calendar day,
 * like Anki's timing.rs. Everything here uses the local calendar (Date's local getters and
 * constructor), never multiples of 24 h: a day with a DST change is 23 h or 25 h long, and
 * subtracting `rolloverHour` hours from `now` would land on the wrong side of the change.
 */
export interface StudyDayBounds {
  /** First instant of the study day, epoch ms (inclusive). */
  readonly start: number;
  /** First instant of the next study day, epoch ms (exclusive). */
  readonly end: number;
}

function checkHour(rolloverHour: number): void {
  if (!Number.isInteger(rolloverHour) || rolloverHour < 0 || rolloverHour > 23) {
    throw new SrsError('INVALID_SETTINGS', `rolloverHour must be 0–23, got ${rolloverHour}`);
  }
}

/** Local calendar date the study day is named after (the date on which it starts). */
function studyDate(now: Instant, rolloverHour: number): { y: number; m: number; d: number } {
  checkHour(rolloverHour);
  const t = new Date(toEpochMs(now));
  const early = t.getHours() < rolloverHour;
  // Day 0 of a month is the last day of the previous one; the Date constructor normalises it.
  return { y: t.getFullYear(), m: t.getMonth(), d: t.getDate() - (early ? 1 : 0) };
}

/**
 * A day number: days from 1970-01-01 to the local date the study day starts on. Consecutive
 * study days differ by exactly 1, whatever the zone does to the clock in between.
 */
export function studyDayOf(now: Instant, rolloverHour: number): number {
  const { y, m, d } = studyDate(now, rolloverHour);
  // UTC here only counts calendar days; it has no DST, so the division is exact.
  return Math.round(Date.UTC(y, m, d) / DAY_MS);
}

/**
 * Bounds of the study day containing `now`: start <= now < end. If the rollover hour does not
 * exist that day (clocks jump over it), the day starts at the first instant after the gap; if it
 * occurs twice, at the first occurrence. Both follow from the Date constructor's rules.
 */
export function studyDayBounds(now: Instant, rolloverHour: number): StudyDayBounds {
  const { y, m, d } = studyDate(now, rolloverHour);
  return {
    start: new Date(y, m, d, rolloverHour).getTime(),
    end: new Date(y, m, d + 1, rolloverHour).getTime(),
  };
}
