'use client';

import { useTranslations } from 'next-intl';
import type { CardId, Lang } from '@/lib/corpus/types';
import type { WordItem } from '@/lib/db/words-repo';
import { Link } from '@/lib/i18n/navigation';
import { definiteArticle } from '@/lib/srs/words';

/** One word of the Words page: lemma with its article, gloss, status in plain words, sentences. */
export function WordEntry({
  course,
  word,
  onKnow,
  onIgnore,
}: {
  course: Lang;
  word: WordItem;
  onKnow: (id: CardId) => void;
  onIgnore: (id: CardId) => void;
}) {
  const t = useTranslations('Words');
  const article = definiteArticle(course, word.lemma, word.gender);
  const head = article
    ? article.endsWith("'")
      ? article + word.lemma
      : `${article} ${word.lemma}`
    : word.lemma;
  return (
    <li className="word-entry" data-status={word.status}>
      <p>
        <strong lang={course}>{head}</strong>
        {word.gender ? <span className="muted"> ({t(`gender.${word.gender}`)})</span> : null}
        {word.plural ? (
          <span className="muted">
            {' '}
            · {t('plural')} <span lang={course}>{word.plural}</span>
          </span>
        ) : null}
        {word.gloss ? <span> · {word.gloss}</span> : null}
      </p>
      <p className="word-status">
        <span className="tag">{t(`status.${word.status}`)}</span>
        {word.recall !== null && word.status !== 'ignored' ? (
          <span> · {t('recall', { percent: Math.round(word.recall * 100) })}</span>
        ) : null}
      </p>
      <details>
        <summary>{t('inSentences', { count: word.sentenceCount })}</summary>
        <ul>
          {word.sentences.map((s) => (
            <li key={s.card}>
              <span lang={course}>{s.text}</span>{' '}
              <span className="muted">{t('from', { title: s.title })}</span>
            </li>
          ))}
        </ul>
      </details>
      <p className="actions">
        <Link
          className="button"
          href={`/study/?course=${course}&word=${encodeURIComponent(word.id)}`}
        >
          {t('studyNow')}
        </Link>{' '}
        <button type="button" onClick={() => onKnow(word.id)} disabled={word.status === 'known'}>
          {t('know')}
        </button>{' '}
        <button
          type="button"
          onClick={() => onIgnore(word.id)}
          disabled={word.status === 'ignored'}
        >
          {t('ignore')}
        </button>
      </p>
    </li>
  );
}
