'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { Lang } from '@/lib/corpus/types';
import { useSettings } from '@/lib/queries/use-settings';
import { useVoices } from '@/lib/queries/use-voice';
import { pickVoice, voicesFor } from '@/lib/speech/voices';

/** The speechSynthesis voice for one language, from the browser's voices of that language only. */
export function VoicePicker({ lang }: { lang: Lang }) {
  const t = useTranslations('Settings');
  const id = useId();
  const { settings, update } = useSettings();
  const voices = voicesFor(useVoices(), lang);
  const current = pickVoice(voices, lang, settings?.voice[lang]);
  if (!current) return <p className="muted field">{t('noVoiceFor', { lang })}</p>;
  return (
    <p className="field">
      <label htmlFor={id}>{t('voiceFor', { lang })}</label>
      <select
        id={id}
        value={current.voiceURI}
        disabled={!settings}
        onChange={(e) => void update({ voice: { [lang]: e.target.value } })}
      >
        {voices.map((v) => (
          <option key={v.voiceURI} value={v.voiceURI}>
            {v.name} ({v.lang}){v.localService ? '' : ` · ${t('voiceOnline')}`}
          </option>
        ))}
      </select>
    </p>
  );
}
