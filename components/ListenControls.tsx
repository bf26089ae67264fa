'use client';

import { useTranslations } from 'next-intl';

/** Play again and slower replay for listening study (R, Shift+R; with Alt in the answer box). */
export function ListenControls({ onPlay }: { onPlay: (slow: boolean) => void }) {
  const t = useTranslations('Study.listening');
  return (
    <p className="listen-controls">
      <button type="button" onClick={() => onPlay(false)} aria-keyshortcuts="R Alt+R">
        <span aria-hidden="true">🔊</span> {t('again')}
      </button>
      <button type="button" onClick={() => onPlay(true)} aria-keyshortcuts="Shift+R Alt+Shift+R">
        {t('slower')}
      </button>
    </p>
  );
}
