'use client';

import { useTranslations } from 'next-intl';
import type { Lang } from '@/lib/corpus/types';
import { speak, useVoice } from '@/lib/queries/use-voice';

/** Reads the sentence aloud; hidden when the browser has no voice for the language. */
export function SpeakButton({ text, lang }: { text: string; lang: Lang }) {
  const t = useTranslations('Study');
  const voice = useVoice(lang);
  if (!voice) return null;
  return (
    <button type="button" className="speak" onClick={() => speak(text, lang, voice)}>
      <span aria-hidden="true">🔊</span> {t('listen')}
    </button>
  );
}
