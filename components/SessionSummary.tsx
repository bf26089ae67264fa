'use client';

import { useFormatter, useNow, useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { SittingStats } from '@/lib/srs/sitting';

export function SessionSummary({
  stats,
  nextDue,
}: {
  stats: SittingStats;
  nextDue: number | null;
}) {
  const t = useTranslations('Study');
  const format = useFormatter();
  const now = useNow();
  const minutes = Math.max(1, Math.round((now.getTime() - stats.startedAt) / 60_000));
  const correct = stats.answered
    ? Math.round(((stats.answered - stats.again) / stats.answered) * 100)
    : 0;
  return (
    <div className="summary" role="status">
      <h2>{stats.answered ? t('doneHeading') : t('nothingDue')}</h2>
      {stats.answered ? <p>{t('summary', { count: stats.answered, correct, minutes })}</p> : null}
      <p>
        {nextDue === null
          ? t('nextNone')
          : t('nextAt', {
              when: format.dateTime(new Date(nextDue), { dateStyle: 'medium', timeStyle: 'short' }),
              relative: format.relativeTime(new Date(nextDue), now),
            })}
      </p>
      <p>
        <Link href="/">{t('backHome')}</Link>
      </p>
    </div>
  );
}
