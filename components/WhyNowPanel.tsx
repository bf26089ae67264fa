'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { assertNever } from '@/lib/assert';
import type { CardId } from '@/lib/corpus/types';
import { useWhyNow } from '@/lib/queries/use-why-now';
import type { CardState } from '@/lib/srs/card-state';
import { GRADE_NAMES } from '@/lib/srs/grade';
import type { SrsSettings, WeightsTimeline } from '@/lib/srs/params';
import { useFormatInterval } from '@/lib/i18n/use-format-interval';
import type { Preview } from '@/lib/srs/scheduler';
import type { DueReason } from '@/lib/srs/why-now';

/**
 * "Why now?" for the card on screen (W toggles it): recall now, stability and
 * difficulty, the latest answers, what each grade would do, and in plain words
 * why the card is due. Closed again with the next card (the parent keys it by card).
 */
export function WhyNowPanel({
  cardId,
  state,
  preview,
  settings,
  timeline,
}: {
  cardId: CardId;
  state: CardState;
  preview: Preview;
  settings: SrsSettings;
  timeline: WeightsTimeline;
}) {
  const t = useTranslations('Study.whyNow');
  const grades = useTranslations('Study.grade');
  const errors = useTranslations('Errors');
  const format = useFormatter();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const result = useWhyNow(cardId, state, preview, settings, timeline, open);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.metaKey || e.ctrlKey) return;
      const target = e.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
      if (e.key === 'w' || e.key === 'W') {
        e.preventDefault();
        setOpen((o) => !o);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const interval = useFormatInterval();
  const percent = (p: number) => format.number(p, { style: 'percent', maximumFractionDigits: 0 });
  const when = (at: number) => format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short' });
  const sentence = (reason: DueReason): string => {
    switch (reason.kind) {
      case 'new':
        return t('reason.new');
      case 'learning':
        return t('reason.learning', { step: reason.step });
      case 'relearning':
        return t('reason.relearning');
      case 'review':
        return t('reason.review', {
          recall: percent(reason.recallNow),
          target: percent(reason.target),
          overdue: reason.overdueDays,
        });
      case 'ahead':
        return t('reason.ahead', { at: when(reason.dueAt) });
      default:
        return assertNever(reason, 'due reason');
    }
  };

  return (
    <div className="why-now">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-keyshortcuts="W"
        onClick={() => setOpen((o) => !o)}
      >
        {t('open')}
      </button>
      {open ? (
        <section id={panelId} className="why-now-panel" aria-label={t('heading')}>
          {result.kind === 'failed' ? (
            <p role="alert" className="banner error">
              {t('failed')} {errors(`storage.${result.error.code}`)}
            </p>
          ) : null}
          {result.kind === 'ready' ? (
            <>
              <p>{sentence(result.why.reason)}</p>
              <dl className="why-now-facts">
                <dt>{t('recallNow')}</dt>
                <dd>{state.state === 'new' ? t('none') : percent(result.why.recallNow)}</dd>
                <dt>{t('stability')}</dt>
                <dd>
                  {state.state === 'new'
                    ? t('none')
                    : t('stabilityValue', {
                        days: format.number(result.why.stability, { maximumFractionDigits: 1 }),
                      })}
                </dd>
                <dt>{t('difficulty')}</dt>
                <dd>
                  {state.state === 'new'
                    ? t('none')
                    : t('difficultyValue', {
                        value: format.number(result.why.difficulty, { maximumFractionDigits: 1 }),
                      })}
                </dd>
                <dt>{t('answers')}</dt>
                <dd>{t('answersValue', { reps: result.why.reps, lapses: result.why.lapses })}</dd>
              </dl>
              <h3>{t('lastAnswers')}</h3>
              {result.why.lastAnswers.length === 0 ? (
                <p className="muted">{t('noAnswers')}</p>
              ) : (
                <table className="history">
                  <thead>
                    <tr>
                      <th scope="col">{t('when')}</th>
                      <th scope="col">{t('grade')}</th>
                      <th scope="col">{t('gap')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.why.lastAnswers.map((a) => (
                      <tr key={a.at}>
                        <td>{when(a.at)}</td>
                        <td>{grades(GRADE_NAMES[a.grade])}</td>
                        <td>
                          {a.daysSincePrevious === null
                            ? t('first')
                            : t('gapValue', {
                                days: format.number(a.daysSincePrevious, {
                                  maximumFractionDigits: a.daysSincePrevious < 1 ? 2 : 0,
                                }),
                              })}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <h3>{t('outcomes')}</h3>
              <table className="history">
                <thead>
                  <tr>
                    <th scope="col">{t('grade')}</th>
                    <th scope="col">{t('nextIn')}</th>
                    <th scope="col">{t('recallThen')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.why.outcomes.map((o) => (
                    <tr key={o.grade}>
                      <td>{grades(GRADE_NAMES[o.grade])}</td>
                      <td>{interval(o.intervalMs)}</td>
                      <td>{percent(o.recallAtNext)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
