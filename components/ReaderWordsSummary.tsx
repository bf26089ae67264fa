'use client';

import { useTranslations } from 'next-intl';
import { knownShare, wordsToLearn } from '@/lib/srs/reader-words';
import type { WordStatus } from '@/lib/srs/words';
import { useReaderWordsContext } from './ReaderWordsProvider';

export const STATUSES = ['new', 'learning', 'known', 'ignored'] as const satisfies WordStatus[];

/** The id of a status's legend entry: each word button is described by it. */
export const legendId = (status: WordStatus) => `reader-legend-${status}`;

/**
 * Above the text, per language with cards: how much of the article the learner
 * knows, the words it would teach, and what the underlines mean.
 */
export function ReaderWordsSummary() {
  const t = useTranslations('ReaderWords');
  const words = useTranslations('Words');
  const lang = useTranslations('Lang');
  const ctx = useReaderWordsContext();
  const langs = [...(ctx?.words?.values() ?? [])].filter((r) => r.clozes.length > 0);
  if (!ctx || langs.length === 0) return null;
  return (
    <section className="reader-words" aria-label={t('heading')}>
      <ul className="reader-known">
        {langs.map((r) => {
          const status = (lemma: string) => r.status[lemma] ?? 'new';
          const lemmas = ctx.lemmasIn(r.lang);
          const share = knownShare(lemmas, status);
          const teach = wordsToLearn(lemmas, status);
          return (
            <li key={r.lang}>
              <strong>
                {t('known', {
                  lang: lang(r.lang),
                  percent: Math.round((share.share ?? 0) * 100),
                })}
              </strong>
              {teach.length > 0 ? (
                <>
                  {' '}
                  {t('teach')} <span lang={r.lang}>{teach.join(', ')}</span>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="muted">{t('help')}</p>
      <p className="reader-legend">
        {t('legend')}{' '}
        {STATUSES.map((s, i) => (
          <span key={s}>
            {i > 0 ? ' · ' : null}
            <span id={legendId(s)} className={`rw-sample rw-${s}`}>
              {t(`style.${s}`, { status: words(`status.${s}`) })}
            </span>
          </span>
        ))}
      </p>
    </section>
  );
}
