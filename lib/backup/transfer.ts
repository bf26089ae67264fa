/**
 * A whole backup to a file and back, never as one string: the export writes a
 * page of events at a time into a Blob made of parts, the import reads the file
 * as a stream twice (check every line, then write). Runs in the backup Worker,
 * and in Node for the benchmark and tests.
 */
import {
  importBackup,
  importBackupItems,
  learnerArticles,
  storedSettingsValue,
  type ImportResult,
  type StreamImportResult,
  type WriteStage,
} from '@/lib/db/backup-repo';
import { countLogs, eventPages } from '@/lib/db/event-repo';
import { allParams } from '@/lib/db/params-repo';
import type { TriglotDb } from '@/lib/db/schema';
import { BackupError, MAX_BACKUP_BYTES, parseBackup } from './format';
import {
  decodeStream,
  encodeArticle,
  encodeEvent,
  encodeHeader,
  encodeParams,
  isStreamFile,
  SNIFF_BYTES,
  STREAM_MIME,
  textChunks,
  type StreamHeader,
  type StreamItem,
} from './stream';

export type TransferStage = 'export' | 'check' | WriteStage;

export interface TransferOptions {
  readonly onProgress?: (stage: TransferStage, done: number, total: number) => void;
  readonly signal?: AbortSignal;
  /** Events per page read (export) or per transaction (import). */
  readonly batchSize?: number;
}

export interface ExportResult {
  readonly blob: Blob;
  readonly events: number;
  readonly answers: number;
  readonly cards: number;
  readonly articles: number;
  readonly params: number;
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BackupError('CANCELLED', 'cancelled');
}

/**
 * The header goes first but is written last, so its counts are what the file
 * holds even when answers arrive while it is written.
 */
export async function exportToBlob(
  db: TriglotDb,
  now: number,
  opts: TransferOptions = {},
): Promise<ExportResult> {
  const { onProgress, signal, batchSize = 10_000 } = opts;
  const [total, settings, articles, params] = await Promise.all([
    countLogs(db),
    storedSettingsValue(db),
    learnerArticles(db),
    allParams(db),
  ]);
  // Each page becomes a Blob of its own at once: the browser may keep it out of the JS heap.
  // The weights come before the events: an import replays each card with them in place.
  const parts: Blob[] = [new Blob(articles.map(encodeArticle)), new Blob(params.map(encodeParams))];
  const cards = new Set<string>();
  let events = 0;
  let answers = 0;
  let read = 0;
  // Progress counts cards: the log is read a page of cards at a time.
  const pageCards = Math.max(1, Math.round(batchSize / 10));
  onProgress?.('export', 0, total);
  for await (const page of eventPages(db, pageCards)) {
    const lines = new Array<string>(page.length);
    page.forEach((e, i) => {
      lines[i] = encodeEvent(e);
      cards.add(e.cardId);
      if (e.kind === 'answer') answers++;
    });
    parts.push(new Blob([lines.join('')]));
    events += page.length;
    read = Math.min(total, read + pageCards);
    onProgress?.('export', read, total);
    checkAborted(signal);
  }
  const header = encodeHeader({
    exportedAt: now,
    settings,
    counts: { articles: articles.length, params: params.length, events },
  });
  return {
    blob: new Blob([header, ...parts], { type: STREAM_MIME }),
    events,
    answers,
    cards: cards.size,
    articles: articles.length,
    params: params.length,
  };
}

export type FileImportResult =
  | ({ readonly format: 'stream' } & StreamImportResult)
  | ({ readonly format: 'document' } & ImportResult);

/** The file's items read again from the start: the second pass, over lines the first checked. */
function items(file: Blob, now: number, onBytes?: (bytes: number) => void) {
  return decodeStream(textChunks(file.stream(), onBytes), now, () => {}, { checked: true });
}

/**
 * Imports a backup file of any version. Version 4 is checked line by line
 * before anything is written, then written in batches (see importBackupItems for
 * how that stays all or nothing). Versions 1 to 3 are one JSON document, read
 * whole (at most MAX_BACKUP_BYTES) and written in one transaction.
 */
export async function importFromBlob(
  db: TriglotDb,
  file: Blob,
  now: number,
  opts: TransferOptions = {},
): Promise<FileImportResult> {
  const { onProgress, signal, batchSize } = opts;
  const prefix = await file.slice(0, SNIFF_BYTES).text();
  if (!isStreamFile(prefix)) {
    if (file.size > MAX_BACKUP_BYTES) parseBackup('', file.size, now);
    const backup = parseBackup(await file.text(), file.size, now);
    checkAborted(signal);
    onProgress?.('write', 0, backup.events.length);
    const result = await importBackup(db, backup, now);
    onProgress?.('write', backup.events.length, backup.events.length);
    return { format: 'document', ...result };
  }

  let header: StreamHeader | null = null;
  let lastReport = 0;
  const onBytes = (bytes: number) => {
    // A chunk is ~64 KB: report about every megabyte.
    if (bytes - lastReport < 1 << 20 && bytes < file.size) return;
    lastReport = bytes;
    onProgress?.('check', bytes, file.size);
  };
  onProgress?.('check', 0, file.size);
  let n = 0;
  for await (const _ of decodeStream(
    textChunks(file.stream(), onBytes),
    now,
    (h) => (header = h),
  )) {
    if (++n % 10_000 === 0) checkAborted(signal);
  }
  checkAborted(signal);
  // decodeStream throws on a file without a header, so there is one here.
  const checked = header as StreamHeader | null;
  if (!checked) throw new BackupError('NOT_JSON', 'the file is empty');
  const source: AsyncIterable<StreamItem> = items(file, now);
  const result = await importBackupItems(db, checked, source, now, {
    batchSize,
    signal,
    onProgress,
  });
  return { format: 'stream', ...result };
}
