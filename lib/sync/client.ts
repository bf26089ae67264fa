/**
 * The page's side of sync: turning it on and off, running it in the background
 * (one tab at a time, through a Web Lock), and the status Settings shows. Only
 * this small file is in the app's first-load JavaScript; PouchDB and the engine
 * are imported when sync is on.
 */
import { getDb } from '@/lib/db/client';
import { announce } from '@/lib/db/changes';
import { readSyncConfig, writeSyncConfig, type StoredSyncConfig } from '@/lib/db/sync-config';
import { contentHash } from '@/lib/corpus/hash';
import type { SyncErrorCode, SyncStatus } from './protocol';

type Listener = (s: SyncStatus) => void;
let status: SyncStatus = { kind: 'off' };
const listeners = new Set<Listener>();
let running: { stop(): Promise<void>; kick(): void } | null = null;
let releaseLock: (() => void) | null = null;
let blockedByCsp = false;

function setStatus(s: SyncStatus) {
  // A refused connection looks like a server that is down; the policy says which it was.
  status =
    blockedByCsp && (s.kind === 'offline' || (s.kind === 'error' && s.code === 'UNREACHABLE'))
      ? { kind: 'error', code: 'CSP', pending: s.pending }
      : s;
  for (const l of listeners) l(status);
}

export function syncStatus(): SyncStatus {
  return status;
}

export function onSyncStatus(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentSyncConfig(): Promise<StoredSyncConfig | null> {
  return readSyncConfig(getDb());
}

function watchCsp(url: string) {
  if (typeof document === 'undefined') return;
  const origin = new URL(url).origin;
  document.addEventListener('securitypolicyviolation', (e) => {
    if (e.effectiveDirective === 'connect-src' && e.blockedURI.startsWith(origin)) {
      blockedByCsp = true;
      setStatus(status);
    }
  });
}

async function run(config: StoredSyncConfig) {
  const [{ default: PouchDB }, { startSync }] = await Promise.all([
    import('pouchdb-browser'),
    import('./engine'),
  ]);
  watchCsp(config.url);
  running = startSync({
    PouchDB: PouchDB as never,
    db: getDb(),
    config,
    localName: config.replica,
    now: () => Date.now(),
    onStatus: setStatus,
    onMerged: () => announce({ kind: 'import' }),
  });
}

/** At start-up: sync runs if it was turned on, in one tab at a time. */
export async function startSyncIfOn(): Promise<void> {
  const config = await readSyncConfig(getDb());
  if (!config || running) return;
  setStatus({ kind: 'syncing', pending: 0 });
  if (typeof navigator !== 'undefined' && navigator.locks) {
    void navigator.locks.request(
      'triglot:sync',
      () =>
        new Promise<void>((resolve) => {
          releaseLock = resolve;
          void run(config).catch(() => setStatus({ kind: 'error', code: 'UNKNOWN', pending: 0 }));
        }),
    );
  } else await run(config);
}

/** Turns sync on with this server (or changes the server): the first sync sends the whole log. */
export async function enableSync(input: {
  url: string;
  user: string;
  password: string;
}): Promise<{ ok: true } | { ok: false; code: SyncErrorCode }> {
  const [{ parseServerUrl, SyncError }, { enableOutbox, syncDevice }] = await Promise.all([
    import('./protocol'),
    import('@/lib/db/sync-repo'),
  ]);
  let url: string;
  try {
    url = parseServerUrl(input.url, input.user);
  } catch (error) {
    return { ok: false, code: error instanceof SyncError ? error.code : 'ADDRESS' };
  }
  await stopSync();
  const db = getDb();
  const device =
    (await syncDevice(db)) ??
    contentHash(`${crypto.getRandomValues(new Uint32Array(4)).join('.')}`).slice(0, 10);
  await writeSyncConfig(db, {
    url,
    user: input.user,
    password: input.password,
    replica: `triglot-sync-${contentHash(`${url}|${input.user}`)}`,
  });
  await enableOutbox(db, device);
  await startSyncIfOn();
  return { ok: true };
}

async function stopSync() {
  const r = running;
  running = null;
  await r?.stop();
  releaseLock?.();
  releaseLock = null;
}

/** Sync off: nothing is sent any more; the data on this device stays as it is. */
export async function disableSync(): Promise<void> {
  await stopSync();
  const { disableOutbox } = await import('@/lib/db/sync-repo');
  await disableOutbox(getDb());
  setStatus({ kind: 'off' });
}
