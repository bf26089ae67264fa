'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { Lang } from '@/lib/corpus/types';
import { classifyStorageError, type StorageErrorCode } from '@/lib/db/errors';
import { useSettings } from '@/lib/queries/use-settings';
import { defaultSettings, LEARN_MODES, learnMode } from '@/lib/settings/settings';
import type { LearnMode } from '@/lib/srs/words';

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; code: StorageErrorCode };

/** Whether a course's cloze study schedules sentences or words (lib/srs/words.ts). */
export function LearnModePicker({ course }: { course: Lang }) {
  const t = useTranslations('Settings');
  const te = useTranslations('Errors');
  const id = useId();
  const { settings, update } = useSettings();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const value = learnMode(settings ?? defaultSettings, course);
  const onChange = async (mode: LearnMode) => {
    setSave({ kind: 'idle' });
    try {
      await update({ learn: { [course]: mode } });
      setSave({ kind: 'saved' });
    } catch (error) {
      // The select shows the stored mode again (a live query), so the learner sees nothing changed.
      setSave({ kind: 'failed', code: classifyStorageError(error).code });
    }
  };
  return (
    <p className="field">
      <label htmlFor={id}>{t('learnFor', { lang: course })}</label>
      <select
        id={id}
        value={value}
        disabled={!settings}
        aria-describedby={`${id}-help ${id}-status`}
        onChange={(e) => void onChange(e.target.value as LearnMode)}
      >
        {LEARN_MODES.map((m) => (
          <option key={m} value={m}>
            {t(`learnMode.${m}`)}
          </option>
        ))}
      </select>
      <span id={`${id}-help`} className="muted">
        {t('help.learn')}
      </span>
      {/* Always in the page, so screen readers announce what is put in it. */}
      <span id={`${id}-status`} role="status" className="muted">
        {save.kind === 'saved' ? t('learnSaved', { lang: course }) : ''}
      </span>
      {save.kind === 'failed' ? (
        <span role="alert" className="error">
          {t('learnSaveFailed')} {te(`storage.${save.code}`)}
        </span>
      ) : null}
    </p>
  );
}
