'use client';

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { getDb } from '@/lib/db/client';
import { readSettings, updateSettings } from '@/lib/db/settings-repo';
import { defaultSettings, type Settings } from '@/lib/settings/settings';

/** The learner's settings, live across tabs; undefined while loading. */
export function useSettings(): {
  settings: Settings | undefined;
  update: (change: Partial<Settings>) => Promise<Settings>;
} {
  // Without storage the defaults apply; StorageGate tells the learner why.
  const settings = useLiveQuery(() => readSettings(getDb()).catch(() => defaultSettings), []);
  const update = useCallback(
    (change: Partial<Settings>) => updateSettings(getDb(), change, Date.now()),
    [],
  );
  return { settings, update };
}
