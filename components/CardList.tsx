'use client';

import { useTranslations } from 'next-intl';
import type { Lang } from '@/lib/corpus/types';
import { useCourseCards } from '@/lib/queries/use-course-cards';
import { CardListControls } from './CardListControls';
import { ClozeSentence } from './ClozeSentence';

/**
 * Every card of a course, read from the same file the study screen uses (and
 * the service worker keeps), so the page itself stays small. The controls only
 * toggle attributes that CSS reads (kind filter, hint language).
 */
export function CardList({ course }: { course: Lang }) {
  const t = useTranslations('Cards');
  const lang = useTranslations('Lang');
  const deck = useCourseCards(course);
  const cards = deck.data?.ordered;
  return (
    <>
      <h1>{t('heading', { lang: lang(course) })}</h1>
      <p className="lead">{t('intro')}</p>
      {cards ? (
        <CardListControls course={course} total={cards.length}>
          <ol className="card-list">
            {cards.map((card) => (
              <li key={card.id} className="card-item" data-kind={card.kind}>
                <span className="kind">{t(`kind.${card.kind}`)}</span>
                <p>
                  {card.kind === 'cloze' ? (
                    <ClozeSentence
                      text={card.text}
                      start={card.cloze.start}
                      end={card.cloze.end}
                      lang={card.lang}
                    />
                  ) : (
                    <span lang={card.lang}>{card.text}</span>
                  )}
                </p>
                {Object.entries(card.hints).map(([l, hint]) => (
                  <p key={l} className="hint muted" lang={l} data-hint-lang={l}>
                    {t('hint')}: {hint}
                  </p>
                ))}
                {card.kind === 'cloze' ? (
                  <p className="muted">
                    {t('answer')}: <strong lang={card.lang}>{card.cloze.answer}</strong>
                    {card.cloze.gloss ? ` (${card.cloze.gloss})` : ''} · {t('choices')}:{' '}
                    <span lang={card.lang}>{card.cloze.options.join(' · ')}</span>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </CardListControls>
      ) : (
        <p role="status">{deck.error ? t('loadFailed') : t('loading')}</p>
      )}
    </>
  );
}
