'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { Lang } from '@/lib/corpus/types';
import { useSettings } from '@/lib/queries/use-settings';
import { defaultSettings, LEARN_MODES, learnMode } from '@/lib/settings/settings';
import type { LearnMode } from '@/lib/srs/words';

/** Whether a course's cloze study schedules sentences or words (lib/srs/words.ts). */
export function LearnModePicker({ course }: { course: Lang }) {
  const t = useTranslations('Settings');
  const id = useId();
  const { settings, update } = useSettings();
  const value = learnMode(settings ?? defaultSettings, course);
  return (
    <p className="field">
      <label htmlFor={id}>{t('learnFor', { lang: course })}</label>
      <select
        id={id}
        value={value}
        disabled={!settings}
        aria-describedby={`${id}-help`}
        onChange={(e) => void update({ learn: { [course]: e.target.value as LearnMode } })}
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
    </p>
  );
}
