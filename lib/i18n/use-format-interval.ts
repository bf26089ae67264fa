'use client';

import { useFormatter } from 'next-intl';
import { useCallback } from 'react';
import { intervalParts } from '@/lib/srs/interval-label';

/** An interval as the grade buttons say it, in the page's language ("4 d", "4 T", "4 g"). */
export function useFormatInterval(): (ms: number) => string {
  const format = useFormatter();
  return useCallback(
    (ms: number) => {
      const { value, unit } = intervalParts(ms);
      // Narrow "2m" would read as minutes in English; months and years take the short form.
      const unitDisplay = unit === 'month' || unit === 'year' ? 'short' : 'narrow';
      return format.number(value, { style: 'unit', unit, unitDisplay });
    },
    [format],
  );
}
