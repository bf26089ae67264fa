'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Lang } from '@/lib/corpus/types';
import { useSettings } from '@/lib/queries/use-settings';
import { defaultSettings, hintLanguage } from '@/lib/settings/settings';
import type { KindFilter } from '@/lib/study/browse-filter';
import { LabeledSelect } from './LabeledSelect';

const KINDS: readonly KindFilter[] = ['all', 'cloze', 'understand', 'produce'];

export function CardListControls({
  course,
  kind,
  total,
  onKind,
  children,
}: {
  course: Lang;
  kind: KindFilter;
  /** Undefined while it is being counted. */
  total: number | undefined;
  onKind: (kind: KindFilter) => void;
  children: ReactNode;
}) {
  const t = useTranslations('Cards');
  const locale = useLocale();
  const { settings } = useSettings();
  const hint = hintLanguage(settings ?? defaultSettings, course, locale);
  return (
    <div data-hint={hint} className="card-list-view">
      <div className="filters">
        <LabeledSelect
          label={t('filterLabel')}
          value={kind}
          options={KINDS.map((k) => ({
            value: k,
            label: k === 'all' ? t('filterAll') : t(`kind.${k}`),
          }))}
          onChange={onKind}
        />
        <p className="muted" role="status">
          {total !== undefined ? t('count', { count: total }) : null}
        </p>
      </div>
      {children}
    </div>
  );
}
