/**
 * The page's side of sync: turning it on and off, running it in the background
 * (one tab at a time, through a Web Lock), and the status Settings shows. Only
 * this small file is in the app's first-load JavaScript; PouchDB and the engine
 * run in a Worker started when sync is on.
 */
import { getDb } from '@/lib/db/client';
import { readSyncConfig, writeSyncConfig, type StoredSyncConfig } from '@/lib/db/sync-config';
import { contentHash } from '@/lib/corpus/hash';
import type { SyncErrorCode, SyncFromWorker, SyncStatus, SyncToWorker } from './protocol';

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
  // When each state began, on the page's timeline: what the sync benchmark reads.
  performance.mark(`triglot:sync:${status.kind}`);
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

function watchCsp(url: string): (blockedURI: string) => void {
  const origin = new URL(url).origin;
  const seen = (blockedURI: string) => {
    if (!blockedURI.startsWith(origin)) return;
    blockedByCsp = true;
    setStatus(status);
  };
  if (typeof document !== 'undefined')
    document.addEventListener('securitypolicyviolation', (e) => {
      if (e.effectiveDirective === 'connect-src') seen(e.blockedURI);
    });
  return seen;
}

/**
 * Sync runs in a Worker (lib/sync/sync.worker.ts): replication and the merge of a
 * first sync are seconds to minutes of work the page must not wait behind.
 */
async function run(config: StoredSyncConfig) {
  const seen = watchCsp(config.url);
  const worker = new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module' });
  const stopped = new Promise<void>((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<SyncFromWorker>) => {
      const m = event.data;
      if (m.type === 'status') setStatus(m.status);
      else if (m.type === 'csp') seen(m.blockedURI);
      else resolve();
    });
  });
  worker.addEventListener('error', () => setStatus({ kind: 'error', code: 'UNKNOWN', pending: 0 }));
  const post = (m: SyncToWorker) => worker.postMessage(m);
  post({
    type: 'start',
    config: { url: config.url, user: config.user, password: config.password },
    localName: config.replica,
  });
  running = {
    kick: () => post({ type: 'kick' }),
    async stop() {
      post({ type: 'stop' });
      // A Worker that does not answer within a few seconds is stopped anyway.
      await Promise.race([stopped, new Promise((r) => setTimeout(r, 5_000))]);
      worker.terminate();
    },
  };
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
