'use client';

import { useTranslations } from 'next-intl';
import type { ImportStage } from '@/lib/import/protocol';

/** The Worker's progress, and the way out. */
export function ImportProgress({
  purpose,
  stage,
  fraction,
  onCancel,
}: {
  purpose: 'preview' | 'save';
  stage: ImportStage;
  fraction: number;
  onCancel: () => void;
}) {
  const t = useTranslations('Add');
  const percent = Math.round(fraction * 100);
  return (
    <div className="import-progress">
      <p aria-live="polite">{t('working', { stage })}</p>
      <progress
        max={100}
        value={percent}
        aria-label={purpose === 'save' ? t('savingLabel') : t('progressLabel')}
        aria-valuetext={`${percent}% · ${t('working', { stage })}`}
      />
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
