'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { queryKeys } from '@/lib/queries/keys';

async function readStorage(): Promise<{
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const persisted = storage?.persisted ? await storage.persisted() : null;
  const estimate = storage?.estimate ? await storage.estimate() : undefined;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Whether the browser promised to keep the data, and how much room it takes. */
export function StorageStatus() {
  const t = useTranslations('Settings');
  const format = useFormatter();
  const { data } = useQuery({ queryKey: queryKeys.storage(), queryFn: readStorage });
  if (!data) return null;
  const mb = (bytes: number) => format.number(bytes / 1_000_000, { maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="storage-heading" className="storage">
      <h2 id="storage-heading">{t('storageHeading')}</h2>
      <p>
        {data.persisted === null
          ? t('persistUnknown')
          : data.persisted
            ? t('persisted')
            : t('notPersisted')}
      </p>
      {data.usage !== null ? (
        <p>
          {t('usage', { used: mb(data.usage), quota: data.quota !== null ? mb(data.quota) : '?' })}
        </p>
      ) : null}
    </section>
  );
}
