'use client';

import { useTranslations } from 'next-intl';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Card } from '@/lib/corpus/model';
import { LANGS, type CardId, type Lang } from '@/lib/corpus/types';
import { useCourseRows } from '@/lib/queries/use-browse';
import { useCourseCards } from '@/lib/queries/use-course-cards';
import {
  displayState,
  filterCards,
  type KindFilter,
  type StateFilter,
} from '@/lib/study/browse-filter';
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

export function BrowseScreen() {
  const t = useTranslations('Browse');
  const names = useTranslations('Lang');
  const kinds = useTranslations('Cards.kind');
  const id = useId();
  const [course, setCourse] = useState<Lang>('de');
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const [state, setState] = useState<StateFilter>('all');
  const [shown, setShown] = useState(PAGE);
  const [selected, setSelected] = useState<CardId | null>(null);
  const deck = useCourseCards(course);
  const rows = useCourseRows(course);
  const deferredQuery = useDeferredValue(query);

  const results = useMemo(
    () =>
      deck.data && rows
        ? filterCards(deck.data.ordered, (c) => rows.get(c.id), {
            query: deferredQuery,
            kind,
            state,
          })
        : null,
    [deck.data, rows, deferredQuery, kind, state],
  );
  const selectedCard = selected ? deck.data?.byId.get(selected) : undefined;

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
      {results === null ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <>
          <p role="status" className="muted">
            {t('results', { count: results.length })}
          </p>
          <div className="browse-layout">
            <ul className="browse-list" aria-label={t('listLabel')}>
              {results.slice(0, shown).map((card) => (
                <BrowseRow
                  key={card.id}
                  card={card}
                  state={displayState(rows?.get(card.id))}
                  selected={card.id === selected}
                  onSelect={() => setSelected(card.id)}
                />
              ))}
            </ul>
            {selectedCard ? (
              <CardDetail card={selectedCard} row={rows?.get(selectedCard.id)} />
            ) : null}
          </div>
          {results.length > shown ? (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              {t('more')}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}

function BrowseRow({
  card,
  state,
  selected,
  onSelect,
}: {
  card: Card;
  state: ReturnType<typeof displayState>;
  selected: boolean;
  onSelect: () => void;
}) {
  const t = useTranslations('Browse');
  const kinds = useTranslations('Cards.kind');
  return (
    <li className={selected ? 'selected' : undefined}>
      <button type="button" className="browse-row" aria-pressed={selected} onClick={onSelect}>
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
}
