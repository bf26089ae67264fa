'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { classifyStorageError } from '@/lib/db/errors';
import type { CardKind } from '@/lib/corpus/model';
import { REPORT_REASONS, type ReportReason } from '@/lib/srs/events';

/**
 * "Something is wrong with this card": the learner names what (the answer, an
 * option, the hint) and the card is suspended with that reason in its log. The
 * card leaves today's queue; Cards → the card brings it back.
 */
export function ReportCardButton({
  kind,
  onReport,
}: {
  kind: CardKind;
  onReport: (reason: ReportReason) => Promise<void>;
}) {
  const t = useTranslations('Study.report');
  const errors = useTranslations('Errors');
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<'idle' | 'saving' | 'failed'>('idle');
  const [error, setError] = useState<string | null>(null);
  const menuId = useId();
  // Options exist only on cloze cards; a translation card has no wrong option to report.
  const reasons = REPORT_REASONS.filter((r) => kind === 'cloze' || r !== 'option');

  const report = async (reason: ReportReason) => {
    setState('saving');
    try {
      await onReport(reason);
      // The card is gone from the screen; nothing more to show here.
    } catch (e) {
      setState('failed');
      setError(errors(`storage.${classifyStorageError(e).code}`));
    }
  };

  return (
    <div className="report-card">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('open')}
      </button>
      {open ? (
        <div id={menuId} role="group" aria-label={t('label')} className="report-menu">
          <p className="muted">{t('explain')}</p>
          {reasons.map((r) => (
            <button
              key={r}
              type="button"
              disabled={state === 'saving'}
              onClick={() => void report(r)}
            >
              {t(`reason.${r}`)}
            </button>
          ))}
          <button type="button" className="link-button" onClick={() => setOpen(false)}>
            {t('cancel')}
          </button>
          {state === 'failed' ? (
            <p role="alert" className="banner error">
              {t('failed')} {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
