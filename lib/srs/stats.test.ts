import { describe, expect, it } from 'vitest';
import type { CardId, Lang } from '@/lib/corpus/types';
import { logContributions, logDelta, MAX_ANSWER_MS, ZERO_COUNTS } from './daily';
import type { CardEvent, EventId } from './events';
import type { Grade } from './grade';
import type { CardStateName } from './card-state';
import {
  daysStudied,
  heatmap,
  learnedOverTime,
  minutesPerDay,
  retention,
  type DayRow,
} from './stats';
import { studyDayOf } from './study-day';

// TZ=Europe/Berlin (vitest.config.ts). Rollover at 04:00, as the default settings.
const ROLL = 4;
const cardId = 'de:bbc:cloze:x' as CardId;
let n = 0;
function answer(iso: string, grade: Grade, from: CardStateName, durationMs = 5000): CardEvent {
  n += 1;
  const at = Date.parse(iso);
  return {
    id: `d.${n}` as EventId,
    seq: at,
    cardId,
    course: 'de' as Lang,
    at,
    kind: 'answer',
    grade,
    durationMs,
    from,
  };
}
const day = (iso: string) => studyDayOf(Date.parse(iso), ROLL);

describe('daily counts from a fixed log', () => {
  const log = [
    answer('2026-03-27T09:00:00+01:00', 3, 'new'),
    answer('2026-03-27T09:10:00+01:00', 3, 'learning'),
    // 03:30 on the 29th, before the rollover: still the study day of the 28th. The
    // clocks go forward that night (02:00 → 03:00 CET → CEST).
    answer('2026-03-29T03:30:00+02:00', 1, 'review'),
    answer('2026-03-29T04:30:00+02:00', 3, 'relearning'),
    answer('2026-04-25T10:00:00+02:00', 3, 'review', 3 * MAX_ANSWER_MS),
  ];

  it('counts each answer on its study day, across the DST change and the rollover hour', () => {
    const c = logContributions(log, ROLL);
    expect([...c.keys()]).toEqual([
      day('2026-03-27T12:00:00+01:00'),
      day('2026-03-28T12:00:00+01:00'),
      day('2026-03-29T12:00:00+02:00'),
      day('2026-04-25T12:00:00+02:00'),
    ]);
    expect(c.get(day('2026-03-27T12:00:00+01:00'))).toMatchObject({
      answers: 2,
      learned: 1,
      again: 0,
      young: 0,
    });
    expect(c.get(day('2026-03-28T12:00:00+01:00'))).toMatchObject({
      answers: 1,
      again: 1,
      young: 1,
      youngPassed: 0,
    });
    // 27 days after the answer before: a mature review, passed; its time capped at 60 s.
    expect(c.get(day('2026-04-25T12:00:00+02:00'))).toMatchObject({
      mature: 1,
      maturePassed: 1,
      young: 0,
      ms: MAX_ANSWER_MS,
    });
  });

  it('an undo takes its answer out of its day; the delta says exactly that', () => {
    const target = log[2]!;
    const undo: CardEvent = {
      id: 'd.undo' as EventId,
      seq: target.seq + 1,
      cardId,
      course: 'de' as Lang,
      at: target.at + 1000,
      kind: 'undo',
      target: target.id,
    };
    const delta = logDelta(log, [...log, undo], ROLL);
    const d28 = day('2026-03-28T12:00:00+01:00');
    expect(delta.get(d28)).toMatchObject({ answers: -1, again: -1, young: -1 });
    // The relearning answer after it now follows the learning step of the 27th: still not a
    // review, so only the undone day changes.
    expect([...delta.keys()]).toEqual([d28]);
    expect(logDelta(log, log, ROLL).size).toBe(0);
  });

  it('the same log counts the same whatever order its events arrive in', () => {
    const shuffled = [log[3]!, log[0]!, log[4]!, log[2]!, log[1]!];
    expect(logContributions(shuffled, ROLL)).toEqual(logContributions(log, ROLL));
  });
});

describe('statistics over daily rows', () => {
  const today = 20_000;
  const row = (d: number, over: Partial<DayRow>): DayRow => ({ day: d, ...ZERO_COUNTS, ...over });
  const rows: DayRow[] = [
    row(today, { answers: 10, learned: 4, young: 4, youngPassed: 3, ms: 120_000 }),
    row(today, { answers: 5, learned: 1, mature: 5, maturePassed: 5, ms: 60_000 }),
    row(today - 2, { answers: 3, learned: 2, young: 1, youngPassed: 1 }),
    row(today - 40, { answers: 7, learned: 7 }),
    row(today - 400, { answers: 1, learned: 1 }),
  ];

  it('heatmap: a year of days, zeros included, courses summed', () => {
    const h = heatmap(rows, today);
    expect(h).toHaveLength(365);
    expect(h.at(-1)).toEqual({ day: today, answers: 15 });
    expect(h.at(-2)).toEqual({ day: today - 1, answers: 0 });
    expect(h.reduce((s, d) => s + d.answers, 0)).toBe(25);
  });

  it('retention: young and mature apart, in the range only', () => {
    const r = retention(rows, today - 29, today);
    expect(r.young).toEqual({ passed: 4, total: 5, rate: 0.8 });
    expect(r.mature).toEqual({ passed: 5, total: 5, rate: 1 });
    expect(r.all.rate).toBe(0.9);
    expect(retention(rows, today - 500, today - 300).all).toEqual({
      passed: 0,
      total: 0,
      rate: null,
    });
  });

  it('time, cards learned and days studied', () => {
    expect(minutesPerDay(rows, today).at(-1)).toEqual({ day: today, minutes: 3 });
    expect(learnedOverTime(rows).map((d) => d.total)).toEqual([1, 8, 10, 15]);
    expect(daysStudied(rows, today, 30)).toBe(2);
    expect(daysStudied(rows, today, 60)).toBe(3);
  });
});
