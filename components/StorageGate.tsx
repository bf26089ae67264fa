'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState, type ReactNode } from 'react';
import type { StorageError } from '@/lib/db/errors';

type Status =
  | { kind: 'checking' }
  | { kind: 'ok'; setAside: number }
  | { kind: 'failed'; error: StorageError }
  | { kind: 'outdated' };

/**
 * Opens IndexedDB once at start-up. When the browser refuses it, the learner
 * reads why and what to do instead of meeting a blank screen at the first answer.
 */
export function StorageGate({ children }: { children: ReactNode }) {
  const t = useTranslations('Storage');
  const [status, setStatus] = useState<Status>({ kind: 'checking' });
  useEffect(() => {
    let live = true;
    let off = () => {};
    // Loaded, not imported: every page has this gate, and pages that read no data (about,
    // an article) need not ship Dexie and the scheduler before they show (issue 9).
    void import('@/lib/db/client').then(({ lastJournalReplay, onDbOutdated, openDb }) => {
      if (!live) return;
      openDb().then(
        () =>
          live &&
          setStatus((s) =>
            s.kind === 'outdated'
              ? s
              : { kind: 'ok', setAside: lastJournalReplay()?.rejected ?? 0 },
          ),
        (error: StorageError) => live && setStatus({ kind: 'failed', error }),
      );
      off = onDbOutdated(() => setStatus({ kind: 'outdated' }));
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  return (
    <>
      {status.kind === 'failed' ? (
        <div role="alert" className="banner error storage-failed">
          <h2>{t('unavailableHeading')}</h2>
          <p>{t(status.error.code === 'QUOTA' ? 'quota' : 'unavailable')}</p>
          <p>{t('whatToDo')}</p>
        </div>
      ) : null}
      {status.kind === 'ok' && status.setAside > 0 ? (
        <div role="status" className="banner">
          <p>{t('journalSetAside', { count: status.setAside })}</p>
        </div>
      ) : null}
      {status.kind === 'outdated' ? (
        <div role="alert" className="banner">
          <p>{t('outdated')}</p>
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            {t('reload')}
          </button>
        </div>
      ) : null}
      {children}
    </>
  );
}
