import { useTranslations } from 'next-intl';
import type { QueueCounts } from '@/lib/srs/queue';

export function StudyCounts({ counts }: { counts: QueueCounts }) {
  const t = useTranslations('Study');
  return (
    <dl className="counts" aria-label={t('countsLabel')}>
      <div className="count-new">
        <dt>{t('countNew')}</dt>
        <dd>{counts.new}</dd>
      </div>
      <div className="count-learning">
        <dt>{t('countLearning')}</dt>
        <dd>{counts.learning}</dd>
      </div>
      <div className="count-review">
        <dt>{t('countReview')}</dt>
        <dd>{counts.review}</dd>
      </div>
    </dl>
  );
}
