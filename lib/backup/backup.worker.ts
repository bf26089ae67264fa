/// <reference lib="webworker" />
/**
 * The backup Worker: export and import of any size off the page's thread. The
 * page posts a File (import) or asks for a Blob (export); reading, checking,
 * encoding and every IndexedDB write happen here, a page or batch at a time,
 * with progress. Cancel is a message, not terminate(): an import that has
 * begun writing must take its batches back (undoImport) before it stops.
 */
import { recoverImport, undoImport } from '@/lib/db/backup-repo';
import { openTriglotDb, type TriglotDb } from '@/lib/db/schema';
import { BackupError } from './format';
import type { FromWorker, ToWorker } from './protocol';
import { exportToBlob, importFromBlob, type TransferStage } from './transfer';

declare const self: DedicatedWorkerGlobalScope;

let db: TriglotDb | null = null;
const running = new Map<number, AbortController>();

function post(message: FromWorker): void {
  self.postMessage(message);
}

function getDb(): TriglotDb {
  if (!db) {
    const opened = openTriglotDb();
    // A newer schema in another tab must not be blocked by this connection.
    opened.on('versionchange', () => {
      opened.close();
      db = null;
      return false;
    });
    db = opened;
  }
  return db;
}

/** At most one progress message per 100 ms per stage (and each stage's first and last). */
function progressPoster(job: number) {
  let last = 0;
  let lastStage: string | null = null;
  return (stage: TransferStage | 'undo', done: number, total: number) => {
    const now = performance.now();
    if (stage === lastStage && now - last < 100 && done < total) return;
    last = now;
    lastStage = stage;
    post({ type: 'progress', job, stage, done, total });
  };
}

async function handle(message: Exclude<ToWorker, { type: 'cancel' }>, signal: AbortSignal) {
  const { job } = message;
  const onProgress = progressPoster(job);
  const store = getDb();
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
          : new BackupError('STORAGE', error instanceof Error ? error.message : String(error));
      post({ type: 'error', job: message.job, code: e.code, message: e.message, params: e.params });
    })
    .finally(() => running.delete(message.job));
});
