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
    yieldToNewerSchema(db, () => {
      for (const listener of outdatedListeners) listener();
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

/**
 * When another tab opens a newer schema, close this connection so its upgrade
 * is not blocked, and tell the UI to ask for a reload. Every answer is written
 * before the screen moves on, so closing loses nothing.
 */
export function yieldToNewerSchema(db: TriglotDb, onOutdated: () => void): void {
  db.on('versionchange', () => {
    db.close();
    onOutdated();
    return false;
  });
}

export function onDbOutdated(listener: () => void): () => void {
  outdatedListeners.add(listener);
  return () => outdatedListeners.delete(listener);
}
