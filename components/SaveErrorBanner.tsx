import { useTranslations } from 'next-intl';
import type { StorageError } from '@/lib/db/errors';

/** The answer could not be written; it is kept in memory until a retry succeeds. */
export function SaveErrorBanner({
  error,
  onRetry,
  busy,
}: {
  error: StorageError;
  onRetry: () => void;
  busy: boolean;
}) {
  const t = useTranslations('Errors');
  return (
    <div role="alert" className="banner error">
      <p>
        <strong>{t('saveFailed')}</strong> {t(`storage.${error.code}`)}
      </p>
      <p>{t('keptInMemory')}</p>
      <button type="button" className="primary" onClick={onRetry} disabled={busy}>
        {t('retry')}
      </button>
    </div>
  );
}
