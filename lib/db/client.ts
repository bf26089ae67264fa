import { classifyStorageError } from './errors';
import { openTriglotDb, type TriglotDb } from './schema';

let instance: TriglotDb | null = null;
const outdatedListeners = new Set<() => void>();

/**
 * The browser's database, created once per page. Without IndexedDB every
 * operation rejects (Dexie's MissingAPIError) instead of throwing here, so
 * callers handle one kind of failure.
 */
export function getDb(): TriglotDb {
  if (!instance) {
    const db = openTriglotDb();
    // Another tab opened a newer schema: close so its upgrade is not blocked,
    // and let the UI ask the learner to reload. Answers are already written.
    db.on('versionchange', () => {
      db.close();
      for (const listener of outdatedListeners) listener();
      return false;
    });
    instance = db;
  }
  return instance;
}

/** Opens the database now, so a refusal shows at start-up rather than at the first answer. */
export async function openDb(): Promise<TriglotDb> {
  try {
    const db = getDb();
    await db.open();
    return db;
  } catch (error) {
    instance = null;
    throw classifyStorageError(error);
  }
}

export function onDbOutdated(listener: () => void): () => void {
  outdatedListeners.add(listener);
  return () => outdatedListeners.delete(listener);
}
