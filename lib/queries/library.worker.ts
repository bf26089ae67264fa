/// <reference lib="webworker" />
/**
 * The library Worker: fetches the shipped articles and writes them, with their
 * cards' search terms, into IndexedDB on its own connection, then answers once.
 * It starts before the page has opened the database and writes only when told.
 * On a phone this is seconds of work the page's main thread no longer does.
 */
import { workerDb } from '@/lib/db/worker-db';
import { CodedError } from '@/lib/errors';
import { fetchShippedIndex, syncLibrary, type LibraryWorkerAnswer } from './shipped-library';

declare const self: DedicatedWorkerGlobalScope;

function post(answer: LibraryWorkerAnswer): void {
  self.postMessage(answer);
}

// Fetched while the page opens the database; the writing waits for its word.
const index = fetchShippedIndex();
index.catch(() => undefined);

self.addEventListener('message', () => {
  syncLibrary(workerDb(), index).then(
    () => post({ type: 'done' }),
    (error: unknown) =>
      post({
        type: 'error',
        name: error instanceof Error ? error.name : 'Error',
        code: error instanceof CodedError ? String(error.code) : null,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
