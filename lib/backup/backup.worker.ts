/// <reference lib="webworker" />
/**
 * The backup Worker: export and import of any size off the page's thread. The
 * page posts a File (import) or asks for a Blob (export); reading, checking,
 * encoding and every IndexedDB write happen here, a page or batch at a time,
 * with progress. Cancel is a message, not terminate(): an import that has
 * begun writing must take its batches back (undoImport) before it stops.
 */
import { ApkgError } from '@/lib/apkg/errors';
import { recoverImport, undoImport } from '@/lib/db/backup-repo';
import { throttledProgress, workerDb } from '@/lib/db/worker-db';
import { BackupError } from './format';
import type { FromWorker, ToWorker } from './protocol';
import { exportToBlob, importFromBlob, type TransferStage } from './transfer';

declare const self: DedicatedWorkerGlobalScope;

const running = new Map<number, AbortController>();

function post(message: FromWorker): void {
  self.postMessage(message);
}

function progressPoster(job: number) {
  return throttledProgress<TransferStage | 'undo'>(
    (stage, done, total) => post({ type: 'progress', job, stage, done, total }),
    () => performance.now(),
  );
}

async function handle(message: Exclude<ToWorker, { type: 'cancel' }>, signal: AbortSignal) {
  const { job } = message;
  const onProgress = progressPoster(job);
  const store = workerDb();
  // An import cut off by a closed tab is taken back before anything else runs.
  await recoverImport(store);
  switch (message.type) {
    case 'export': {
      const out = await exportToBlob(store, message.now, { onProgress, signal });
      post({
        type: 'exported',
        job,
        blob: out.blob,
        events: out.events,
        answers: out.answers,
        cards: out.cards,
      });
      return;
    }
    case 'import': {
      const result = await importFromBlob(store, message.file, message.now, {
        onProgress,
        signal,
      });
      post({
        type: 'imported',
        job,
        result: {
          importId: result.importId,
          addedEvents: result.addedEvents,
          addedAnswers: result.addedAnswers,
          rebuiltCards: result.rebuiltCards,
          addedArticleIds: result.format === 'stream' ? result.addedArticleIds : [],
          repeated: result.format === 'stream' ? result.repeated : { count: 0, firstLine: null },
        },
      });
      return;
    }
    case 'apkg-export': {
      const { exportAnkiPackage } = await import('./apkg-jobs');
      const out = await exportAnkiPackage(store, message, onProgress);
      post({ type: 'apkg-exported', job, ...out });
      return;
    }
    case 'apkg-import': {
      const { importAnkiPackage } = await import('./apkg-jobs');
      const out = await importAnkiPackage(store, message, { onProgress, signal });
      post({ type: 'apkg-imported', job, ...out });
      return;
    }
    case 'undo': {
      onProgress('undo', 0, 1);
      const removed = await undoImport(store, message.importId, { articles: message.articles });
      onProgress('undo', 1, 1);
      post({ type: 'undone', job, removed });
      return;
    }
  }
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    running.get(message.job)?.abort();
    return;
  }
  const controller = new AbortController();
  running.set(message.job, controller);
  handle(message, controller.signal)
    .catch((error: unknown) => {
      const e =
        error instanceof BackupError
          ? error
          : error instanceof ApkgError
            ? new BackupError(error.code, error.message, error.params)
            : new BackupError('STORAGE', error instanceof Error ? error.message : String(error));
      post({ type: 'error', job: message.job, code: e.code, message: e.message, params: e.params });
    })
    .finally(() => running.delete(message.job));
});
