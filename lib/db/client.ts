import { classifyStorageError } from './errors';
import { correctFutureEvents, replayAfterParams } from './event-repo';
import { readParamsReplay } from './params-repo';
import { replayJournal, type JournalReplay } from './journal';
import { openTriglotDb, PENDING_IMPORT, type TriglotDb } from './schema';

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

let opening: Promise<TriglotDb> | null = null;
let journal: JournalReplay | null = null;

/** What start-up found in the answer journal: the UI reports entries it had to set aside. */
export function lastJournalReplay(): JournalReplay | null {
  return journal;
}

/**
 * Opens the database and writes any answer journaled by a tab that closed
 * mid-write. Start-up awaits it, so a refusal shows at once rather than at the
 * first answer, and the queue is built from complete data.
 */
export function openDb(): Promise<TriglotDb> {
  opening ??= (async () => {
    try {
      const db = getDb();
      await db.open();
      journal = await replayJournal(db);
      // An import cut off by a closed tab is taken back before anything reads the log;
      // the backup code loads only when there is one.
      if (await db.meta.get(PENDING_IMPORT)) {
        await (await import('./backup-repo')).recoverImport(db);
      }
      // Cards answered while the clock was far ahead come back now that it is not.
      await correctFutureEvents(db, Date.now());
      // Weights that changed under answers while a tab closed mid-replay: finish the replay,
      // in the background (resumable, and a failure must not keep the app from opening).
      if (await readParamsReplay(db)) void replayAfterParams(db).catch(() => undefined);
      return db;
    } catch (error) {
      instance = null;
      opening = null;
      throw classifyStorageError(error);
    }
  })();
  return opening;
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
