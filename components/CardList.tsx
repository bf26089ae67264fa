'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Lang } from '@/lib/corpus/types';
import { useBrowseCount, useCoursePage } from '@/lib/queries/use-browse';
import { useLibrary } from '@/lib/queries/use-library';
import type { KindFilter } from '@/lib/study/browse-filter';
import { CardListControls } from './CardListControls';
import { ClozeSentence } from './ClozeSentence';

const PAGE = 50;

/**
 * A course's cards from the stores, a page at a time in the order studying
 * introduces them, so a large library costs one page to open, not the course.
 * The hint language only toggles an attribute that CSS reads.
 */
export function CardList({ course }: { course: Lang }) {
  const t = useTranslations('Cards');
  const browse = useTranslations('Browse');
  const lang = useTranslations('Lang');
  const [kind, setKind] = useState<KindFilter>('all');
  const [shown, setShown] = useState(PAGE);
  const library = useLibrary();
  const ready = library.data === true;
  const filter = { course, kind: kind === 'all' ? undefined : kind };
  const page = useCoursePage(ready ? { lang: course, kind: filter.kind, limit: shown } : null);
  // Counted once the page is read: a count walks the course's index, and Chromium serves
  // a site's requests one at a time, so counting first held back the first card by seconds.
  const total = useBrowseCount(ready && page ? filter : null);
  return (
    <>
      <h1>{t('heading', { lang: lang(course) })}</h1>
      <p className="lead">{t('intro')}</p>
      <CardListControls
        course={course}
        kind={kind}
        total={total}
        onKind={(k) => {
          setKind(k);
          setShown(PAGE);
        }}
      >
        {library.isError || page === null ? (
          <p role="alert" className="error">
            {t('loadFailed')}
          </p>
        ) : !page ? (
          <p role="status">{t('loading')}</p>
        ) : page.cards.length === 0 ? (
          <p className="muted">{t('empty')}</p>
        ) : (
          <>
            <ol className="card-list">
              {page.cards.map((card) => (
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
            {page.more ? (
              <button type="button" onClick={() => setShown(page.cards.length + PAGE)}>
                {browse('more')}
              </button>
            ) : null}
          </>
        )}
      </CardListControls>
    </>
  );
}
