'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import type { Card } from '@/lib/corpus/model';
import { announce, type DataChangeKind } from '@/lib/db/changes';
import { getDb } from '@/lib/db/client';
import { classifyStorageError } from '@/lib/db/errors';
import type { CardRow } from '@/lib/db/schema';
import { resetCard, suspendCard } from '@/lib/db/study-repo';
import { useCardHistory } from '@/lib/queries/use-browse';
import { canReset } from '@/lib/srs/card-actions';
import { countedAnswers } from '@/lib/srs/events';
import { GRADE_NAMES } from '@/lib/srs/grade';

/** A card's state and history, with suspend and reset. */
export function CardDetail({ card, row }: { card: Card; row: CardRow | undefined }) {
  const t = useTranslations('Browse');
  const study = useTranslations('Study');
  const errors = useTranslations('Errors');
  const format = useFormatter();
  const events = useCardHistory(card.id);
  // Answers that still count: an undone one is taken back, as it was before the log kept it.
  const history = useMemo(() => (events ? countedAnswers(events) : undefined), [events]);
  const [confirmReset, setConfirmReset] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const suspended = row?.suspended ?? false;
  // Why the card is suspended, when the learner reported it: the newest of its (un)suspensions.
  const report = useMemo(() => {
    const last = events
      ?.filter((e) => e.kind === 'report' || e.kind === 'suspend' || e.kind === 'unsuspend')
      .at(-1);
    return last?.kind === 'report' ? last.reason : null;
  }, [events]);
  const key = { cardId: card.id, course: card.lang, sibling: card.sibling };

  const act = async (kind: DataChangeKind, write: () => Promise<void>) => {
    try {
      setError(null);
      await write();
      // An open study tab reads the card again before its next answer.
      announce({ kind, cardIds: [card.id] });
    } catch (e) {
      setError(errors(`storage.${classifyStorageError(e).code}`));
    }
  };

  return (
    <section className="card-detail" aria-labelledby="card-detail-heading">
      <h2 id="card-detail-heading">{t('detail')}</h2>
      <p lang={card.lang}>{card.text}</p>
      <dl className="facts">
        <dt>{t('state')}</dt>
        <dd>{t(`states.${suspended ? 'suspended' : (row?.state ?? 'new')}`)}</dd>
        {suspended && report ? (
          <>
            <dt>{t('reported')}</dt>
            <dd>{study(`report.reason.${report}`)}</dd>
          </>
        ) : null}
        {row && row.state !== 'new' ? (
          <>
            <dt>{t('due')}</dt>
            <dd>
              {format.dateTime(new Date(row.due), { dateStyle: 'medium', timeStyle: 'short' })}
            </dd>
            <dt>{t('reps')}</dt>
            <dd>{row.reps}</dd>
            <dt>{t('lapses')}</dt>
            <dd>{row.lapses}</dd>
          </>
        ) : null}
      </dl>
      <p className="actions">
        <button
          type="button"
          onClick={() =>
            void act('suspend', () => suspendCard(getDb(), key, !suspended, Date.now()))
          }
        >
          {suspended ? t('unsuspend') : t('suspend')}
        </button>
        {confirmReset ? (
          <>
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirmReset(false);
                void act('reset', () => resetCard(getDb(), key, Date.now()));
              }}
            >
              {t('confirmReset')}
            </button>
            <button type="button" onClick={() => setConfirmReset(false)}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmReset(true)} disabled={!canReset(row)}>
            {t('reset')}
          </button>
        )}
      </p>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <h3>{t('history')}</h3>
      {history && history.length > 0 ? (
        <table className="history">
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('grade')}</th>
              <th scope="col">{t('typed')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((r) => (
              <tr key={r.id}>
                <td>
                  {format.dateTime(new Date(r.at), { dateStyle: 'short', timeStyle: 'short' })}
                </td>
                <td>{study(`grade.${GRADE_NAMES[r.grade]}`)}</td>
                <td lang={card.lang}>{r.typed ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('noHistory')}</p>
      )}
    </section>
  );
}
