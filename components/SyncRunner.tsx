'use client';

import { useEffect } from 'react';

/** Starts sync in the background once the database is open, when the learner turned it on. */
export function SyncRunner() {
  useEffect(() => {
    // Loaded, not imported: pages that read no data need not ship the database code first.
    void Promise.all([import('@/lib/db/client'), import('@/lib/sync/client')]).then(
      ([{ openDb }, { startSyncIfOn }]) =>
        openDb()
          .then(startSyncIfOn)
          .catch(() => null),
    );
  }, []);
  return null;
}
