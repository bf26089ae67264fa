'use client';

import { useQuery } from '@tanstack/react-query';
import { openDb } from '@/lib/db/client';
import { StorageError, type StorageErrorCode } from '@/lib/db/errors';
import { queryKeys } from './keys';
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

export function useLibrary() {
  return useQuery({
    queryKey: queryKeys.library(),
    queryFn: ensureLibrary,
    staleTime: Infinity,
    retry: 1,
  });
}
