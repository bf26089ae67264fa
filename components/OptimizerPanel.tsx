'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { Lang } from '@/lib/corpus/types';
import { AUTO_FIT_ANSWERS, useFit } from '@/lib/queries/use-fit';
import { CalibrationChart } from './CalibrationChart';
import { StatsFigure } from './StatsFigure';

const STAGE_SHARE = { reading: [0, 0.3], fitting: [0.3, 0.9], checking: [0.9, 1] } as const;

/**
 * The scheduler fitted to the learner, for one course: the parameters in use, a fit
 * on demand (and by itself after enough new answers) with its figures on held-out
 * answers, and the way back.
 */
export function OptimizerPanel({ course, answers }: { course: Lang; answers: number }) {
  const t = useTranslations('Stats.fit');
  const errors = useTranslations('Errors');
  const format = useFormatter();
  const { log, run, start, undo } = useFit(course, answers);
  const num = (n: number) => format.number(n, { maximumFractionDigits: 4 });
  const current = log?.at(-1);
  const fitted = current?.kind === 'fit' ? current : null;

  const percent =
    run.kind === 'running' && run.progress
      ? Math.round(
          (STAGE_SHARE[run.progress.stage][0] +
            (STAGE_SHARE[run.progress.stage][1] - STAGE_SHARE[run.progress.stage][0]) *
              (run.progress.total ? run.progress.done / run.progress.total : 0)) *
            100,
        )
      : 0;

  return (
    <section className="stats-figure" aria-labelledby="stats-fit">
      <h2 id="stats-fit">{t('title')}</h2>
      <p>
        {fitted
          ? t('inUseFitted', {
              date: format.dateTime(fitted.at, { dateStyle: 'medium' }),
              before: num(fitted.report?.before.logLoss ?? 0),
              after: num(fitted.report?.after.logLoss ?? 0),
            })
          : t('inUseDefault')}
      </p>
      <p className="muted">{t('explain', { auto: AUTO_FIT_ANSWERS })}</p>
      <p className="fit-actions">
        <button type="button" onClick={start} disabled={run.kind === 'running'}>
          {t('run')}
        </button>
        {fitted ? (
          <button type="button" className="link-button" onClick={() => void undo()}>
            {t('undo')}
          </button>
        ) : null}
      </p>
      {run.kind === 'running' ? (
        <div className="fit-progress">
          <p role="status">
            {t(`stage.${run.progress?.stage ?? 'reading'}`)}
            {run.auto ? ` ${t('auto')}` : ''}
          </p>
          <progress max={100} value={percent} aria-label={t('progress')} />
        </div>
      ) : null}
      {run.kind === 'failed' ? (
        <p role="alert" className="banner error">
          {t('failed')} {run.storage ? errors(`storage.${run.storage}`) : t('failedFit')}
        </p>
      ) : null}
      {run.kind === 'done' && run.outcome.kind === 'too-little' ? (
        <p role="status">
          {t('tooLittle', { items: run.outcome.items, needed: run.outcome.needed })}
        </p>
      ) : null}
      {run.kind === 'done' && run.outcome.kind !== 'too-little' ? (
        <>
          <p role="status">
            {t(run.outcome.kind === 'kept' ? 'kept' : 'notBetter', {
              heldOut: run.outcome.before.items,
            })}
          </p>
          <p className="muted">
            {t('ran', {
              items: run.outcome.trainItems,
              seconds: format.number(run.outcome.fitMs / 1000, { maximumFractionDigits: 1 }),
              threads: run.outcome.threads,
            })}
          </p>
          <table className="history">
            <thead>
              <tr>
                <th scope="col">{t('measure')}</th>
                <th scope="col">{t('before')}</th>
                <th scope="col">{t('after')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('logLoss')}</th>
                <td>{num(run.outcome.before.logLoss)}</td>
                <td>{num(run.outcome.after.logLoss)}</td>
              </tr>
              <tr>
                <th scope="row">{t('rmse')}</th>
                <td>{num(run.outcome.before.rmse)}</td>
                <td>{num(run.outcome.after.rmse)}</td>
              </tr>
            </tbody>
          </table>
          <StatsFigure
            title={t('calibration.title')}
            summary={t('calibration.summary')}
            head={[t('calibration.bin'), t('calibration.before'), t('calibration.after')]}
            rows={run.outcome.after.calibration.map((b, i) => {
              const old = run.outcome.kind !== 'too-little' ? run.outcome.before.calibration : [];
              const same = old.find(
                (o) => Math.floor(o.predicted * 10) === Math.floor(b.predicted * 10),
              );
              const pct = (p: number) =>
                format.number(p, { style: 'percent', maximumFractionDigits: 0 });
              return [
                t('calibration.binValue', { n: i + 1, predicted: pct(b.predicted) }),
                same
                  ? t('calibration.share', { share: pct(same.actual), count: same.count })
                  : t('calibration.none'),
                t('calibration.share', { share: pct(b.actual), count: b.count }),
              ];
            })}
          >
            <CalibrationChart
              before={run.outcome.before.calibration}
              after={run.outcome.after.calibration}
            />
          </StatsFigure>
        </>
      ) : null}
    </section>
  );
}
