'use client';

import { useTranslations } from 'next-intl';
import { memo, useDeferredValue, useId, useState } from 'react';
import type { Card } from '@/lib/corpus/model';
import { LANGS, type CardId, type Lang } from '@/lib/corpus/types';
import type { BrowseState } from '@/lib/db/browse-repo';
import { useBrowseCard, useBrowseCount, useBrowsePage } from '@/lib/queries/use-browse';
import { useLibrary } from '@/lib/queries/use-library';
import { displayState, type KindFilter, type StateFilter } from '@/lib/study/browse-filter';
import { CardDetail } from './CardDetail';
import { LabeledSelect } from './LabeledSelect';

const PAGE = 50;
const KINDS: readonly KindFilter[] = ['all', 'cloze', 'understand', 'produce'];
const STATES: readonly StateFilter[] = [
  'all',
  'new',
  'learning',
  'review',
  'relearning',
  'suspended',
];

/**
 * Search and filters over the stores, a page at a time: a keystroke costs an
 * index lookup for one page, and the list grows by a page on request. Every
 * keystroke searches at once (no delay to wait out): the query of a text typed
 * over is aborted, and the list shows the last answer until the new one comes.
 */
export function BrowseScreen() {
  const t = useTranslations('Browse');
  const cardsT = useTranslations('Cards');
  const names = useTranslations('Lang');
  const kinds = useTranslations('Cards.kind');
  const id = useId();
  const [course, setCourse] = useState<Lang>('de');
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const [state, setState] = useState<StateFilter>('all');
  const [shown, setShown] = useState(PAGE);
  const [selected, setSelected] = useState<CardId | null>(null);
  const library = useLibrary();
  // The box repaints first; the list's render for the new text may be interrupted by the next key.
  const search = useDeferredValue(query.trim());

  const filter = {
    course,
    kind: kind === 'all' ? undefined : kind,
    state: state === 'all' ? undefined : (state as BrowseState),
  };
  const ready = library.data === true;
  const result = useBrowsePage(
    ready ? { ...filter, search: search || undefined, limit: shown } : null,
  );
  const page = result?.page;
  // A total is only worth reading when the list does not already show every match,
  // and a search's total would mean walking all its matches: it says "at least".
  const count = useBrowseCount(ready && page?.more && !search ? filter : null);
  const selectedItem = useBrowseCard(selected);
  const pending = !result || result.stale || search !== query.trim();

  return (
    <div className="browse">
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${id}-q`}>
          {t('search')}
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setShown(PAGE);
            }}
          />
        </label>
        <LabeledSelect
          label={t('course')}
          value={course}
          options={LANGS.map((l) => ({ value: l, label: names(l) }))}
          onChange={(l) => {
            setCourse(l);
            setSelected(null);
            setShown(PAGE);
          }}
        />
        <LabeledSelect
          label={t('kind')}
          value={kind}
          options={KINDS.map((k) => ({ value: k, label: k === 'all' ? t('all') : kinds(k) }))}
          onChange={(k) => {
            setKind(k);
            setShown(PAGE);
          }}
        />
        <LabeledSelect
          label={t('state')}
          value={state}
          options={STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))}
          onChange={(s) => {
            setState(s);
            setShown(PAGE);
          }}
        />
      </form>
      {library.isError || page === null ? (
        <p role="alert" className="error">
          {cardsT('loadFailed')}
        </p>
      ) : !page ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <>
          <p role="status" className="muted">
            {!page.more
              ? t('results', { count: page.items.length })
              : count !== undefined
                ? t('results', { count })
                : page.items.length === 0
                  ? t('searchFurther')
                  : t('resultsMore', { count: page.items.length })}
          </p>
          <div className="browse-layout">
            <ul className="browse-list" aria-label={t('listLabel')} aria-busy={pending}>
              {page.items.map(({ card, row }) => (
                <BrowseRow
                  key={card.id}
                  card={card}
                  state={displayState(row)}
                  selected={card.id === selected}
                  onSelect={setSelected}
                />
              ))}
            </ul>
            {selectedItem ? <CardDetail card={selectedItem.card} row={selectedItem.row} /> : null}
          </div>
          {page.more ? (
            <button type="button" onClick={() => setShown(page.items.length + PAGE)}>
              {t('more')}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}

/** Memoised: a keystroke re-renders the screen, not the rows it keeps. */
const BrowseRow = memo(function BrowseRow({
  card,
  state,
  selected,
  onSelect,
}: {
  card: Card;
  state: ReturnType<typeof displayState>;
  selected: boolean;
  onSelect: (id: CardId) => void;
}) {
  const t = useTranslations('Browse');
  const kinds = useTranslations('Cards.kind');
  return (
    <li className={selected ? 'selected' : undefined}>
      <button
        type="button"
        className="browse-row"
        aria-pressed={selected}
        onClick={() => onSelect(card.id)}
      >
        <span lang={card.lang} className="browse-text">
          {card.kind === 'cloze'
            ? `${card.text.slice(0, card.cloze.start)}[${card.cloze.answer}]${card.text.slice(card.cloze.end)}`
            : card.text}
        </span>
        <span className="muted">
          {kinds(card.kind)} · {t(`states.${state}`)}
        </span>
      </button>
    </li>
  );
});
