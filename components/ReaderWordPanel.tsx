'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '@/lib/corpus/types';
import type { ReaderWordCloze } from '@/lib/db/reader-repo';
import { Link } from '@/lib/i18n/navigation';
import { definiteArticle, type WordStatus } from '@/lib/srs/words';

/**
 * A word's facts and the Words page's two actions, beside the sentence: a
 * non-modal dialog (the text stays readable and reachable), Escape closes it and
 * focus goes back to the word. Spans throughout: it sits inside the sentence's <p>.
 */
export function ReaderWordPanel({
  lang,
  cloze,
  status,
  onClose,
}: {
  lang: Lang;
  cloze: ReaderWordCloze;
  status: WordStatus;
  onClose: () => void;
}) {
  const t = useTranslations('ReaderWords');
  const words = useTranslations('Words');
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [cloze.card]);
  const article = definiteArticle(lang, cloze.lemma, cloze.gender);
  const head = article
    ? article.endsWith("'")
      ? article + cloze.lemma
      : `${article} ${cloze.lemma}`
    : cloze.lemma;
  return (
    <span
      ref={ref}
      id="reader-word-panel"
      role="dialog"
      aria-label={t('panel', { word: cloze.lemma })}
      className="reader-word-panel"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <span className="rw-line">
        <strong lang={lang}>{head}</strong>
        {cloze.gender ? <span className="muted"> ({words(`gender.${cloze.gender}`)})</span> : null}
        {cloze.gloss ? <span> · {cloze.gloss}</span> : null}
      </span>
      <span className="rw-line" aria-live="polite">
        {t('status', { status: words(`status.${status}`) })}
      </span>
      {error ? (
        <span className="rw-line error" role="alert">
          {error}
        </span>
      ) : null}
      <span className="rw-line actions">
        <button
          type="button"
          disabled={status === 'known'}
          onClick={() => {
            setError(null);
            import('@/lib/queries/reader-words-live')
              .then(({ knowWord }) => knowWord(cloze.word, lang))
              .then(
                () => ref.current?.focus(),
                (e: unknown) =>
                  setError(
                    t('error', {
                      code: e && typeof e === 'object' && 'code' in e ? String(e.code) : 'UNKNOWN',
                    }),
                  ),
              );
          }}
        >
          {words('know')}
        </button>{' '}
        <Link
          className="button"
          href={`/study/?course=${lang}&word=${encodeURIComponent(cloze.word)}&sentence=${encodeURIComponent(cloze.card)}`}
        >
          {t('learn')}
        </Link>{' '}
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </span>
    </span>
  );
}
