'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import type { Lang } from '@/lib/corpus/types';
import { useSettings } from '@/lib/queries/use-settings';
import { defaultSettings, hintLanguage } from '@/lib/settings/settings';
import { LabeledSelect } from './LabeledSelect';

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
  const [filter, setFilter] = useState<Filter>('all');
  const { settings } = useSettings();
  const hint = hintLanguage(settings ?? defaultSettings, course, locale);
  return (
    <div data-filter={filter} data-hint={hint} className="card-list-view">
      <div className="filters">
        <LabeledSelect
          label={t('filterLabel')}
          value={filter}
          options={KINDS.map((k) => ({
            value: k,
            label: k === 'all' ? t('filterAll') : t(`kind.${k}`),
          }))}
          onChange={setFilter}
        />
        <p className="muted">{t('count', { count: total })}</p>
      </div>
      {children}
    </div>
  );
}
