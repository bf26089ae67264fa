/**
 * The backup Worker's Anki jobs, a chunk of their own with sql.js behind a
 * further dynamic import: a learner who never touches Anki loads none of it.
 */
import { decayOf } from '@/lib/apkg/decay';
import { ApkgError } from '@/lib/apkg/errors';
import { foreignArticle, revlogEvents } from '@/lib/apkg/import';
import { exportApkg, importApkg } from '@/lib/apkg/package-io';
import { checkPackageFile } from '@/lib/apkg/package';
import { loadSql, SQL_WASM_URL } from '@/lib/apkg/sqljs';
import type { CardId } from '@/lib/corpus/types';
import { apkgExportData, importAnkiHistory } from '@/lib/db/apkg-repo';
import type { TriglotDb } from '@/lib/db/schema';
import { srsSettings } from '@/lib/settings/settings';
import type { ForeignArticle, ToWorker } from './protocol';
import type { TransferStage } from './transfer';

type Progress = (stage: TransferStage, done: number, total: number) => void;

export async function exportAnkiPackage(
  db: TriglotDb,
  request: Extract<ToWorker, { type: 'apkg-export' }>,
  onProgress: Progress,
) {
  const [SQL, data] = await Promise.all([
    loadSql(SQL_WASM_URL),
    apkgExportData(db, request.courses),
  ]);
  const srs = srsSettings(data.settings);
  const { bytes, counts } = await exportApkg(SQL, {
    cards: data.cards,
    logs: data.logs,
    scheduler: data.scheduler,
    schedulerFor: data.schedulerFor,
    desiredRetention: srs.desiredRetention,
    decay: decayOf(srs),
    hintLang: (course) => request.hintLangs[course],
    source: (card) => data.titles.get(card.article) ?? card.article,
    deckName: (course) => `Triglot::${request.deckNames[course]}`,
    now: request.now,
    onProgress: (done, total) => onProgress('export', done, total),
  });
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }),
    notes: counts.notes,
    cards: counts.cards,
    answers: counts.answers,
  };
}

export async function importAnkiPackage(
  db: TriglotDb,
  request: Extract<ToWorker, { type: 'apkg-import' }>,
  opts: { onProgress: Progress; signal: AbortSignal },
) {
  checkPackageFile(request.name, request.file.size);
  opts.onProgress('check', 0, 1);
  const [SQL, bytes] = await Promise.all([
    loadSql(SQL_WASM_URL),
    request.file.arrayBuffer().then((b) => new Uint8Array(b)),
  ]);
  const read = importApkg(SQL, bytes);
  opts.onProgress('check', 1, 1);
  const article: ForeignArticle | null = foreignArticle(read.foreign);
  if (read.triglot.size === 0 && !article) {
    throw new ApkgError(
      'NO_CARDS',
      'neither Triglot cards nor sentence pairs in two of our languages',
    );
  }
  const ids = [...read.triglot.keys()].sort() as CardId[];
  const history = await importAnkiHistory(
    db,
    ids,
    (cardId, course, after) => revlogEvents(cardId, course, read.triglot.get(cardId) ?? [], after),
    request.now,
    { onProgress: (done, total) => opts.onProgress('write', done, total), signal: opts.signal },
  );
  return {
    result: {
      importId: history.importId,
      addedEvents: history.addedEvents,
      addedAnswers: history.addedAnswers,
      rebuiltCards: history.rebuiltCards,
      addedArticleIds: [],
      repeated: { count: 0, firstLine: null },
      unknownCards: history.unknownCards,
    },
    article,
  };
}
