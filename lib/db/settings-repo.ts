import { parseSettings, type Settings } from '@/lib/settings/settings';
import type { TriglotDb } from './schema';

const KEY = 'settings';

export async function readSettings(db: TriglotDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  return parseSettings(row?.value);
}

/** Merge a change into the stored settings in one transaction, so two tabs never lose each other's edits. */
export async function updateSettings(db: TriglotDb, change: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const current = await readSettings(db);
    const next = parseSettings({
      ...current,
      ...change,
      hint: { ...current.hint, ...change.hint },
    });
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}
