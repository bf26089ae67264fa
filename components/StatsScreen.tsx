'use client';

import { useFormatter, useTranslations, type DateTimeFormatOptions } from 'next-intl';
import { useMemo, useState } from 'react';
import { LANGS, type Lang } from '@/lib/corpus/types';
import { useSettings } from '@/lib/queries/use-settings';
import { useStats } from '@/lib/queries/use-stats';
import {
  dayDate,
  daysStudied,
  heatmap,
  learnedOverTime,
  minutesPerDay,
  retention,
} from '@/lib/srs/stats';
import { studyDayOf } from '@/lib/srs/study-day';
import { BarChart } from './BarChart';
import { HeatmapChart } from './HeatmapChart';
import { LabeledSelect } from './LabeledSelect';
import { LineChart } from './LineChart';
import { OptimizerPanel } from './OptimizerPanel';
import { StatsFigure } from './StatsFigure';

type CourseChoice = Lang | 'all';

/** The statistics page: every figure from the daily counts, none from a scan of the log. */
export function StatsScreen() {
  const t = useTranslations('Stats');
  const langs = useTranslations('Lang');
  const errors = useTranslations('Errors');
  const format = useFormatter();
  const { settings } = useSettings();
  const [course, setCourse] = useState<CourseChoice>('all');
  const courses = useMemo(() => (course === 'all' ? [...LANGS] : [course]), [course]);
  const load = useStats(courses, settings?.rolloverHour);

  const date = (day: number, opts: DateTimeFormatOptions = { dateStyle: 'medium' }) =>
    format.dateTime(dayDate(day), { ...opts, timeZone: 'UTC' });
  const percent = (p: number | null) =>
    p === null ? t('noData') : format.number(p, { style: 'percent', maximumFractionDigits: 0 });
  const number = (n: number, digits = 0) => format.number(n, { maximumFractionDigits: digits });

  const view = useMemo(() => {
    if (load.kind !== 'ready' || !settings) return null;
    const { rows } = load.stats;
    const today = studyDayOf(load.now, settings.rolloverHour);
    const year = heatmap(rows, today, 365);
    const months = new Map<string, { answers: number; days: number; first: number }>();
    for (const d of year) {
      const m = date(d.day, { year: 'numeric', month: 'long' });
      const had = months.get(m) ?? { answers: 0, days: 0, first: d.day };
      months.set(m, {
        answers: had.answers + d.answers,
        days: had.days + (d.answers > 0 ? 1 : 0),
        first: had.first,
      });
    }
    return {
      today,
      year,
      months,
      minutes: minutesPerDay(rows, today, 30),
      learned: learnedOverTime(rows),
      studied: daysStudied(rows, today, 30),
      retention: retention(rows, today - 29, today),
    };
    // `date` formats with the page's locale, which `format` carries.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load, settings, format]);

  return (
    <div className="stats">
      <div className="filters">
        <LabeledSelect
          label={t('course')}
          value={course}
          options={[
            { value: 'all', label: t('allCourses') },
            ...LANGS.map((l) => ({ value: l, label: langs(l) })),
          ]}
          onChange={setCourse}
        />
      </div>
      {load.kind === 'loading' ? <p role="status">{t('loading')}</p> : null}
      {load.kind === 'building' ? (
        <p role="status">{t('building', { cards: load.cards })}</p>
      ) : null}
      {load.kind === 'failed' ? (
        <p role="alert" className="banner error">
          {t('failed')} {errors(`storage.${load.error.code}`)}
        </p>
      ) : null}
      {load.kind === 'ready' && view && settings ? (
        <>
          <p className="stats-lead">
            {t('studied', { days: view.studied })}{' '}
            {t(view.studied === 0 ? 'welcomeBack' : 'keepGoing')}
          </p>

          <StatsFigure
            title={t('heatmap.title')}
            summary={t('heatmap.summary', {
              answers: view.year.reduce((s, d) => s + d.answers, 0),
              days: view.year.filter((d) => d.answers > 0).length,
            })}
            head={[t('heatmap.month'), t('heatmap.answers'), t('heatmap.days')]}
            rows={[...view.months].map(([m, v]) => [m, number(v.answers), number(v.days)])}
          >
            <HeatmapChart days={view.year} />
          </StatsFigure>

          <StatsFigure
            title={t('forecast.title')}
            summary={t('forecast.summary', {
              total: load.stats.forecast.reduce((a, b) => a + b, 0),
              today: load.stats.forecast[0] ?? 0,
            })}
            head={[t('forecast.day'), t('forecast.reviews')]}
            rows={load.stats.forecast.map((n, i) => [date(view.today + i), number(n)])}
          >
            <BarChart values={load.stats.forecast} />
          </StatsFigure>

          <section className="stats-figure" aria-labelledby="stats-retention">
            <h2 id="stats-retention">{t('retention.title')}</h2>
            <p>
              {t('retention.summary', {
                target: percent(settings.desiredRetention),
              })}
            </p>
            <table className="history">
              <thead>
                <tr>
                  <th scope="col">{t('retention.cards')}</th>
                  <th scope="col">{t('retention.passed')}</th>
                  <th scope="col">{t('retention.reviews')}</th>
                </tr>
              </thead>
              <tbody>
                {(['young', 'mature', 'all'] as const).map((k) => (
                  <tr key={k}>
                    <th scope="row">{t(`retention.${k}`)}</th>
                    <td>{percent(view.retention[k].rate)}</td>
                    <td>{number(view.retention[k].total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section className="stats-figure" aria-labelledby="stats-states">
            <h2 id="stats-states">{t('states.title')}</h2>
            <table className="history">
              <tbody>
                {(['learning', 'review', 'relearning', 'new'] as const).map((s) => (
                  <tr key={s}>
                    <th scope="row">{t(`states.${s}`)}</th>
                    <td>{number(load.stats.states[s])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          {course === 'all' ? (
            <p className="muted">{t('fitPick')}</p>
          ) : (
            <OptimizerPanel
              key={course}
              course={course}
              answers={load.stats.rows.reduce((n, r) => n + r.answers, 0)}
            />
          )}

          <StatsFigure
            title={t('time.title')}
            summary={t('time.summary', {
              minutes: number(view.minutes.reduce((s, d) => s + d.minutes, 0)),
            })}
            head={[t('time.day'), t('time.minutes')]}
            rows={view.minutes.map((d) => [date(d.day), number(d.minutes, 1)])}
          >
            <BarChart values={view.minutes.map((d) => d.minutes)} />
          </StatsFigure>

          <StatsFigure
            title={t('learned.title')}
            summary={t('learned.summary', {
              total: view.learned.at(-1)?.total ?? 0,
            })}
            head={[t('learned.day'), t('learned.total')]}
            rows={view.learned.map((d) => [date(d.day), number(d.total)])}
          >
            <LineChart points={view.learned.map((d) => ({ x: d.day, y: d.total }))} />
          </StatsFigure>
        </>
      ) : null}
    </div>
  );
}
