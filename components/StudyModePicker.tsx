'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { Lang } from '@/lib/corpus/types';
import { useSettings } from '@/lib/queries/use-settings';
import { STUDY_MODES, type StudyMode } from '@/lib/settings/settings';

/**
 * Read, listen or dictation for cloze study. Without a voice for the course's language only
 * reading is possible, and a line says why instead of offering a choice that cannot work.
 */
export function StudyModePicker({ course, hasVoice }: { course: Lang; hasVoice: boolean }) {
  const t = useTranslations('Study.mode');
  const id = useId();
  const { settings, update } = useSettings();
  if (!hasVoice) return <p className="muted study-mode">{t('noVoice', { lang: course })}</p>;
  return (
    <p className="field study-mode">
      <label htmlFor={id}>{t('label')}</label>
      <select
        id={id}
        value={settings?.studyMode ?? 'read'}
        disabled={!settings}
        onChange={(e) => void update({ studyMode: e.target.value as StudyMode })}
      >
        {STUDY_MODES.map((m) => (
          <option key={m} value={m}>
            {t(m)}
          </option>
        ))}
      </select>
    </p>
  );
}
