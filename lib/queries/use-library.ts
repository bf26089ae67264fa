'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { openDb } from '@/lib/db/client';
import { StorageError, type StorageErrorCode } from '@/lib/db/errors';
import { LibraryError, syncLibrary, type LibraryWorkerAnswer } from './shipped-library';

export { LibraryError };

/** The error the Worker met, as the class the page would have thrown. */
function fromAnswer(answer: Extract<LibraryWorkerAnswer, { type: 'error' }>): Error {
  if (answer.name === 'StorageError') {
    return new StorageError(answer.code as StorageErrorCode, answer.message);
  }
  if (answer.name === 'LibraryError') {
    return new LibraryError(answer.code as 'FETCH' | 'FORMAT', answer.message);
  }
  return new Error(answer.message);
}

function spawnLibraryWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./library.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** Resolves when the Worker has written the library; null when it could not run. */
function syncInWorker(worker: Worker): Promise<null | true> {
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<LibraryWorkerAnswer>) => {
      worker.terminate();
      if (event.data.type === 'done') resolve(true);
      else reject(fromAnswer(event.data));
    });
    // A Worker that fails to load: the page does the work itself.
    worker.addEventListener('error', () => {
      worker.terminate();
      resolve(null);
    });
    worker.postMessage('sync');
  });
}

/**
 * The shipped articles imported into IndexedDB (once, and again when a release
 * changes one): every screen that shows cards waits for this. The writing
 * happens in a Worker, which starts (and fetches the index) while the page
 * opens the database (schema upgrade, journal replay) and writes after it.
 */
export async function ensureLibrary(): Promise<true> {
  const worker = spawnLibraryWorker();
  let db;
  try {
    db = await openDb();
  } catch (error) {
    worker?.terminate();
    throw error;
  }
  if (!worker || (await syncInWorker(worker)) === null) await syncLibrary(db);
  return true;
}

/** What the screens read: `data` stays true once the library was in, as a query's data would. */
export interface LibraryStatus {
  readonly data: true | undefined;
  readonly error: Error | null;
  readonly isError: boolean;
}

/**
 * The library's one import per page, shared by every screen (and kept across
 * client-side navigation). A small store rather than a TanStack query: the study
 * screen reads nothing else through TanStack, and this keeps its ~11 kB off the
 * study route's first load (issue 9).
 */
const RETRY_DELAY_MS = 1000;
let status: LibraryStatus = { data: undefined, error: null, isError: false };
let running: Promise<true> | null = null;
/** Invalidated while no screen was watching: imported again when one does. */
let stale = false;
const listeners = new Set<() => void>();

function set(next: LibraryStatus) {
  status = next;
  for (const l of listeners) l();
}

/** Runs the import (once more after a failure, as a query's `retry: 1` did). */
function run(): Promise<true> {
  stale = false;
  const attempt = ensureLibrary().catch(
    () =>
      new Promise<true>((resolve, reject) =>
        setTimeout(() => ensureLibrary().then(resolve, reject), RETRY_DELAY_MS),
      ),
  );
  const current = attempt.then(
    (data) => {
      if (running === current) {
        running = null;
        set({ data, error: null, isError: false });
      }
      return data;
    },
    (error: unknown) => {
      if (running === current) {
        running = null;
        const e = error instanceof Error ? error : new Error(String(error));
        set({ data: status.data, error: e, isError: true });
      }
      throw error;
    },
  );
  running = current;
  return current;
}

/** Resolves once the shipped articles are in; starts their import when nothing has. */
export function loadLibrary(): Promise<true> {
  if (running) return running;
  if (status.data && !stale) return Promise.resolve(true);
  return run();
}

/**
 * The library changed under us (a backup, a deleted article, everything cleared):
 * imported again now if a screen shows it, else when one next does. Resolves when done.
 */
export function invalidateLibrary(): Promise<void> {
  if (listeners.size === 0) {
    stale = true;
    return Promise.resolve();
  }
  return run().then(
    () => undefined,
    () => undefined,
  );
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const snapshot = () => status;

export function useLibrary(): LibraryStatus {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  // On every mount, as a query would: a failed import is tried again when a screen opens.
  useEffect(() => {
    if (!running && (!status.data || stale)) void loadLibrary().catch(() => {});
  }, []);
  return current;
}
