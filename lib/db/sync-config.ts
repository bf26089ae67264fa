/**
 * Whether sync is on, and with which server: a meta row, read at every start (so
 * this file stays tiny; the sync code itself loads only when the row exists).
 */
import type { TriglotDb } from './schema';

export const SYNC_CONFIG = 'syncConfig';

export interface StoredSyncConfig {
  readonly url: string;
  readonly user: string;
  /** Kept in this browser's IndexedDB, like the rest of the learner's data (README, Sync). */
  readonly password: string;
  /** The local replica's name: a new server or user starts a new one. */
  readonly replica: string;
}

export async function readSyncConfig(db: TriglotDb): Promise<StoredSyncConfig | null> {
  const v = (await db.meta.get(SYNC_CONFIG))?.value as Partial<StoredSyncConfig> | undefined;
  return v &&
    typeof v.url === 'string' &&
    typeof v.user === 'string' &&
    typeof v.password === 'string' &&
    typeof v.replica === 'string'
    ? (v as StoredSyncConfig)
    : null;
}

export async function writeSyncConfig(db: TriglotDb, config: StoredSyncConfig): Promise<void> {
  await db.meta.put({ key: SYNC_CONFIG, value: config });
}
