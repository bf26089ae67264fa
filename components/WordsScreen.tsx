'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { LANGS, type Lang } from '@/lib/corpus/types';
import { useWordActions, useWordsPage } from '@/lib/queries/use-words';
import type { WordsSort } from '@/lib/db/words-repo';
import type { WordStatus } from '@/lib/srs/words';
import { LabeledSelect } from './LabeledSelect';
import { WordEntry } from './WordEntry';

const PAGE = 50;
const FILTERS = ['all', 'new', 'learning', 'known', 'ignored'] as const;
type Filter = (typeof FILTERS)[number];
const SORTS = ['lemma', 'weakest', 'frequent', 'recent'] as const satisfies readonly WordsSort[];

/** The words met per course, a page at a time, with "I know this" and "ignore". */
export function WordsScreen() {
  const t = useTranslations('Words');
  const names = useTranslations('Lang');
  const [course, setCourse] = useState<Lang>('de');
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [sort, setSort] = useState<WordsSort>('lemma');
  const [shown, setShown] = useState(PAGE);
  const page = useWordsPage(course, search, sort, shown);
  const { know, ignore } = useWordActions(course);
  const items = page?.items.filter((w) => filter === 'all' || w.status === (filter as WordStatus));
  return (
    <section className="words">
      <div className="filters">
        <label>
          {t('search')}
          <input
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
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
            setShown(PAGE);
          }}
        />
        <LabeledSelect
          label={t('sort')}
          value={sort}
          options={SORTS.map((o) => ({ value: o, label: t(`sorts.${o}`) }))}
          onChange={(o) => {
            setSort(o);
            setShown(PAGE);
          }}
        />
        <LabeledSelect
          label={t('filter')}
          value={filter}
          options={FILTERS.map((f) => ({
            value: f,
            label: f === 'all' ? t('filterAll') : t(`status.${f}`),
          }))}
          onChange={setFilter}
        />
      </div>
      {!items ? (
        <p role="status">{t('loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="word-list">
          {items.map((w) => (
            <WordEntry
              key={w.id}
              course={course}
              word={w}
              onKnow={(id) => void know(id)}
              onIgnore={(id) => void ignore(id)}
            />
          ))}
        </ul>
      )}
      {page?.next ? (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {t('more')}
        </button>
      ) : null}
    </section>
  );
}
