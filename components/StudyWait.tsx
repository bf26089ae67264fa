import { useFormatter, useTranslations } from 'next-intl';

/** Only learning steps are left, and none is due yet. */
export function StudyWait({ until }: { until: number }) {
  const t = useTranslations('Study');
  const format = useFormatter();
  return (
    <p role="status" className="banner">
      {t('waiting', {
        time: format.dateTime(new Date(until), { hour: '2-digit', minute: '2-digit' }),
      })}
    </p>
  );
}
