import type { DayCounts } from './daily';

/** A day's counts with its course and study-day number (days since 1970-01-01, local date). */
export interface DayRow extends DayCounts {
  readonly day: number;
}

export interface Rate {
  readonly passed: number;
  readonly total: number;
  /** passed / total, or null with no answers. */
  readonly rate: number | null;
}

function rate(passed: number, total: number): Rate {
  return { passed, total, rate: total ? passed / total : null };
}

/** Sums rows of several courses (or one) by day. */
export function byDay(rows: readonly DayRow[]): Map<number, DayRow> {
  const out = new Map<number, DayRow>();
  for (const r of rows) {
    const had = out.get(r.day);
    if (!had) {
      out.set(r.day, { ...r });
      continue;
    }
    out.set(r.day, {
      day: r.day,
      answers: had.answers + r.answers,
      again: had.again + r.again,
      learned: had.learned + r.learned,
      young: had.young + r.young,
      youngPassed: had.youngPassed + r.youngPassed,
      mature: had.mature + r.mature,
      maturePassed: had.maturePassed + r.maturePassed,
      ms: had.ms + r.ms,
    });
  }
  return out;
}

/** Answers on each of the `days` study days ending with `today` (oldest first, zeros kept). */
export function heatmap(
  rows: readonly DayRow[],
  today: number,
  days = 365,
): { day: number; answers: number }[] {
  const map = byDay(rows);
  return Array.from({ length: days }, (_, i) => {
    const day = today - days + 1 + i;
    return { day, answers: map.get(day)?.answers ?? 0 };
  });
}

/** True retention (reviews passed), young and mature apart, over days `from`..`to` inclusive. */
export function retention(
  rows: readonly DayRow[],
  from: number,
  to: number,
): { young: Rate; mature: Rate; all: Rate } {
  let yp = 0;
  let yt = 0;
  let mp = 0;
  let mt = 0;
  for (const r of rows) {
    if (r.day < from || r.day > to) continue;
    yp += r.youngPassed;
    yt += r.young;
    mp += r.maturePassed;
    mt += r.mature;
  }
  return { young: rate(yp, yt), mature: rate(mp, mt), all: rate(yp + mp, yt + mt) };
}

/** Minutes spent on each of the `days` days ending with `today`. */
export function minutesPerDay(
  rows: readonly DayRow[],
  today: number,
  days = 30,
): { day: number; minutes: number }[] {
  const map = byDay(rows);
  return Array.from({ length: days }, (_, i) => {
    const day = today - days + 1 + i;
    return { day, minutes: (map.get(day)?.ms ?? 0) / 60_000 };
  });
}

/** Cards learned so far at the end of each day with answers (cumulative, oldest first). */
export function learnedOverTime(rows: readonly DayRow[]): { day: number; total: number }[] {
  const days = [...byDay(rows).values()].sort((a, b) => a.day - b.day);
  let total = 0;
  return days.map((d) => ({ day: d.day, total: (total += d.learned) }));
}

/** Of the last `days` days ending with `today`, on how many the learner answered anything. */
export function daysStudied(rows: readonly DayRow[], today: number, days = 30): number {
  const map = byDay(rows);
  let n = 0;
  for (let day = today - days + 1; day <= today; day++) if ((map.get(day)?.answers ?? 0) > 0) n++;
  return n;
}

/** A study-day number as the local date it names, for formatting in UTC. */
export function dayDate(day: number): Date {
  return new Date(day * 86_400_000);
}
