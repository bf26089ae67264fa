'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { LANGS } from '@/lib/corpus/types';
import { useSettings } from '@/lib/queries/use-settings';
import { parseSettingField, type Settings } from '@/lib/settings/settings';
import { HintLanguagePicker } from './HintLanguagePicker';
import { LearnModePicker } from './LearnModePicker';
import { StorageStatus } from './StorageStatus';
import { VoicePicker } from './VoicePicker';

type NumberField = 'newPerDay' | 'reviewsPerDay' | 'desiredRetention' | 'rolloverHour';

const NUMBER_FIELDS: readonly { key: NumberField; min: number; max: number; step: number }[] = [
  { key: 'newPerDay', min: 0, max: 9999, step: 1 },
  { key: 'reviewsPerDay', min: 0, max: 99999, step: 1 },
  { key: 'desiredRetention', min: 0.7, max: 0.99, step: 0.01 },
  { key: 'rolloverHour', min: 0, max: 23, step: 1 },
];

/** Every change is saved at once and validated by the same schema that reads it back. */
export function SettingsForm() {
  const t = useTranslations('Settings');
  const { settings, update } = useSettings();
  const [errors, setErrors] = useState<Partial<Record<NumberField, string>>>({});
  const [saved, setSaved] = useState(false);
  const base = useId();
  if (!settings) return <p role="status">{t('loading')}</p>;

  const save = async (change: Partial<Settings>) => {
    setSaved(false);
    await update(change);
    setSaved(true);
  };

  const onNumber = (key: NumberField, raw: string) => {
    const value = Number(raw);
    if (raw.trim() === '' || parseSettingField(key, value) === undefined) {
      setErrors((e) => ({ ...e, [key]: t(`invalid.${key}`) }));
      return;
    }
    setErrors((e) => ({ ...e, [key]: undefined }));
    void save({ [key]: value });
  };

  return (
    <form className="settings" onSubmit={(e) => e.preventDefault()} noValidate>
      <fieldset>
        <legend>{t('studyHeading')}</legend>
        {NUMBER_FIELDS.map(({ key, min, max, step }) => (
          <div className="field" key={key}>
            <label htmlFor={`${base}-${key}`}>{t(`label.${key}`)}</label>
            <input
              id={`${base}-${key}`}
              type="number"
              inputMode="decimal"
              min={min}
              max={max}
              step={step}
              defaultValue={settings[key]}
              aria-invalid={errors[key] ? true : undefined}
              aria-describedby={`${base}-${key}-help`}
              onChange={(e) => onNumber(key, e.target.value)}
            />
            <span id={`${base}-${key}-help`} className={errors[key] ? 'error' : 'muted'}>
              {errors[key] ?? t(`help.${key}`)}
            </span>
          </div>
        ))}
        <div className="field">
          <label htmlFor={`${base}-mode`}>{t('label.clozeMode')}</label>
          <select
            id={`${base}-mode`}
            value={settings.clozeMode}
            onChange={(e) => void save({ clozeMode: e.target.value as Settings['clozeMode'] })}
          >
            <option value="typed">{t('clozeMode.typed')}</option>
            <option value="choice">{t('clozeMode.choice')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${base}-synonym`}>{t('label.synonymGrade')}</label>
          <select
            id={`${base}-synonym`}
            value={settings.synonymGrade}
            aria-describedby={`${base}-synonym-help`}
            onChange={(e) => void save({ synonymGrade: e.target.value === '2' ? 2 : 3 })}
          >
            <option value={3}>{t('synonymGrade.good')}</option>
            <option value={2}>{t('synonymGrade.hard')}</option>
          </select>
          <span id={`${base}-synonym-help`} className="muted">
            {t('help.synonymGrade')}
          </span>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('hintsHeading')}</legend>
        {LANGS.map((course) => (
          <HintLanguagePicker key={course} course={course} label={t('hintFor', { lang: course })} />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('learnHeading')}</legend>
        {LANGS.map((course) => (
          <LearnModePicker key={course} course={course} />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('voiceHeading')}</legend>
        {LANGS.map((lang) => (
          <VoicePicker key={lang} lang={lang} />
        ))}
      </fieldset>
      <p role="status" className="muted">
        {saved ? t('saved') : ''}
      </p>
      <StorageStatus />
    </form>
  );
}
