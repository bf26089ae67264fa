'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';
import type { Lang } from '@/lib/corpus/types';
import { LANGS } from '@/lib/corpus/types';
import { useSettings } from '@/lib/queries/use-settings';
import { defaultSettings, hintLanguage } from '@/lib/settings/settings';

/** Which of the two other languages hints are shown in for a course. */
export function HintLanguagePicker({ course, label }: { course: Lang; label?: string }) {
  const t = useTranslations('Home');
  const names = useTranslations('Lang');
  const locale = useLocale();
  const id = useId();
  const { settings, update } = useSettings();
  const value = hintLanguage(settings ?? defaultSettings, course, locale);
  return (
    <p className="field">
      <label htmlFor={id}>{label ?? t('hintLanguage')}</label>
      <select
        id={id}
        value={value}
        disabled={!settings}
        onChange={(e) => void update({ hint: { [course]: e.target.value as Lang } })}
      >
        {LANGS.filter((l) => l !== course).map((l) => (
          <option key={l} value={l}>
            {names(l)}
          </option>
        ))}
      </select>
    </p>
  );
}
