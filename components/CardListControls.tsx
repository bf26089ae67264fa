'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState, type ReactNode } from 'react';
import type { Lang } from '@/lib/corpus/types';
import { useSettings } from '@/lib/queries/use-settings';
import { defaultSettings, hintLanguage } from '@/lib/settings/settings';

const KINDS = ['all', 'cloze', 'understand', 'produce'] as const;
type Filter = (typeof KINDS)[number];

export function CardListControls({
  course,
  total,
  children,
}: {
  course: Lang;
  total: number;
  children: ReactNode;
}) {
  const t = useTranslations('Cards');
  const locale = useLocale();
  const id = useId();
  const [filter, setFilter] = useState<Filter>('all');
  const { settings } = useSettings();
  const hint = hintLanguage(settings ?? defaultSettings, course, locale);
  return (
    <div data-filter={filter} data-hint={hint} className="card-list-view">
      <div className="filters">
        <label htmlFor={id}>
          {t('filterLabel')}
          <select id={id} value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k === 'all' ? t('filterAll') : t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">{t('count', { count: total })}</p>
      </div>
      {children}
    </div>
  );
}
