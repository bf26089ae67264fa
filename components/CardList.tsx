import { useTranslations } from 'next-intl';
import type { Card } from '@/lib/corpus/model';
import type { Lang } from '@/lib/corpus/types';
import { CardListControls } from './CardListControls';
import { ClozeSentence } from './ClozeSentence';

/**
 * Every card of a course, rendered once at build time. The controls only toggle
 * attributes that CSS reads (kind filter, hint language), so nothing re-renders.
 */
export function CardList({ course, cards }: { course: Lang; cards: readonly Card[] }) {
  const t = useTranslations('Cards');
  const lang = useTranslations('Lang');
  return (
    <>
      <h1>{t('heading', { lang: lang(course) })}</h1>
      <p className="lead">{t('intro')}</p>
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
    </>
  );
}
