/**
 * Backup, restore and merge. A backup is the event log (plus settings and the
 * learner's own articles); card states are its replay, so they are not in it.
 */
import type { Backup } from '@/lib/backup/format';
import { BACKUP_APP, BACKUP_VERSION, BackupError } from '@/lib/backup/format';
import type { StreamHeader, StreamItem } from '@/lib/backup/stream';
import { contentHash } from '@/lib/corpus/hash';
import type { ArticleId, CardId } from '@/lib/corpus/types';
import { parseSettings } from '@/lib/settings/settings';
import { classifyStorageError } from './errors';
import type { ArticleBundle } from '@/lib/corpus/model';
import { CORPUS_FORMAT } from '@/lib/corpus/model';
import { articleUnits, deleteArticle, putArticle, textsKey } from './content-repo';
import {
  allEvents,
  logEvents,
  mergeChunks,
  mergeEvents,
  observeSeq,
  removeImportedEvents,
  replayAfterParams,
} from './event-repo';
import { mergeParams, noteParamsReplay, parseParamsRow } from './params-repo';
import { isFrontierKey } from './new-frontier';
import {
  PENDING_IMPORT,
  type ArticleRow,
  type EventRow,
  type ParamsRow,
  type TriglotDb,
} from './schema';

/** A stored article back into the bundle it was added from. */
async function articleBundleOf(db: TriglotDb, row: ArticleRow): Promise<ArticleBundle> {
  const {
    origin: _o,
    version: _v,
    contentKey: _k,
    addedAt: _a,
    units: _u,
    courses: _c,
    texts,
    ...meta
  } = row;
  const [units, content, words] = await Promise.all([
    articleUnits(db, row.id),
    db.content.where('article').equals(row.id).toArray(),
    db.words.get(row.id),
  ]);
  return {
    format: CORPUS_FORMAT,
    article: {
      format: CORPUS_FORMAT,
      ...meta,
      units: units.map(({ article: _art, ...u }) => u),
    },
    texts,
    cards: content.map(({ terms: _t, ...c }) => c),
    words: words?.words ?? [],
  };
}

const ALL = (db: TriglotDb) => [
  db.cards,
  db.logs,
  db.meta,
  db.settings,
  db.articles,
  db.units,
  db.content,
  db.words,
  db.outbox,
  db.daily,
  db.params,
  db.tally,
];

export async function exportBackup(db: TriglotDb, now: number): Promise<Backup> {
  return db.transaction('r', ALL(db), async () => {
    const [events, settings, own] = await Promise.all([
      db.logs.orderBy('id').toArray(),
      db.settings.get('settings'),
      db.articles.filter((a) => a.origin === 'learner').toArray(),
    ]);
    const articles = await Promise.all(own.map((a) => articleBundleOf(db, a)));
    return {
      app: BACKUP_APP,
      version: BACKUP_VERSION,
      exportedAt: now,
      settings: settings?.value ?? null,
      events: events.flatMap((r) => logEvents(r)),
      articles,
    } as unknown as Backup;
  });
}

export interface ImportResult {
  /** Events the file had that this device did not. */
  readonly addedEvents: number;
  /** Of those, answers. */
  readonly addedAnswers: number;
  /** Cards replayed because their log grew. */
  readonly rebuiltCards: number;
  readonly addedArticles: number;
  /** Marks the events this import added, so it can be undone. */
  readonly importId: string;
}

/**
 * Merges a backup in one transaction: the file goes in whole or changes nothing.
 * The logs merge as a union of events (by id), so importing the same file twice
 * adds nothing, and every card whose log grew is replayed from it.
 */
export async function importBackup(
  db: TriglotDb,
  backup: Backup,
  now: number,
): Promise<ImportResult> {
  const importId = `import.${contentHash(`${backup.exportedAt}|${backup.events.length}|${now}`)}`;
  try {
    return await db.transaction('rw', ALL(db), async () => {
      let addedArticles = 0;
      for (const bundle of backup.articles as unknown as ArticleBundle[]) {
        // An article already here (same id) keeps its local copy: it may be newer.
        if (!(await db.articles.get(bundle.article.id))) {
          await putArticle(db, bundle, 'learner', textsKey(bundle.texts), backup.exportedAt);
          addedArticles++;
        }
      }
      const localSettings = await db.settings.get('settings');
      if (!localSettings && backup.settings !== null) {
        await db.settings.put({ key: 'settings', value: parseSettings(backup.settings) });
      }

      const incoming = backup.events as unknown as EventRow[];
      const { fresh, touched, maxSeq } = await mergeEvents(db, incoming, importId);
      await observeSeq(db, maxSeq);
      return {
        addedEvents: fresh.length,
        addedAnswers: fresh.filter((e) => e.kind === 'answer').length,
        rebuiltCards: touched.length,
        addedArticles,
        importId,
      };
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const storage = classifyStorageError(error);
    throw new BackupError(storage.code === 'QUOTA' ? 'QUOTA' : 'STORAGE', storage.message);
  }
}

/** Cards per transaction when an import is taken back. */
const UNDO_BATCH = 2_000;

/**
 * Takes an import back: the events it added leave the logs and their cards are
 * replayed, a batch of cards at a time, then the weights rows, articles and
 * settings it brought, when named (the cards those weights reached replayed
 * without them). Safe to repeat.
 */
export async function undoImport(
  db: TriglotDb,
  importId: string,
  opts: { articles?: readonly ArticleId[]; settings?: boolean; batchSize?: number } = {},
): Promise<number> {
  try {
    const removed = await removeImportedEvents(db, importId, opts.batchSize ?? UNDO_BATCH);
    // A handful of rows: read whole rather than indexed.
    const params = await db.params.filter((p) => p.importId === importId).toArray();
    if (params.length) {
      await db.transaction('rw', [db.params, db.meta], async () => {
        await db.params.bulkDelete(params.map((r) => r.id));
        await noteParamsReplay(db, params);
      });
      await replayAfterParams(db);
    }
    for (const id of opts.articles ?? []) await deleteArticle(db, id, { history: false });
    if (opts.settings) await db.settings.delete('settings');
    await db.meta.delete(PENDING_IMPORT);
    return removed;
  } catch (error) {
    throw classifyStorageError(error);
  }
}

/** The learner's own articles as they were added: a backup carries them besides the log. */
export async function learnerArticles(db: TriglotDb): Promise<ArticleBundle[]> {
  const own = await db.articles.filter((a) => a.origin === 'learner').toArray();
  return Promise.all(own.map((a) => articleBundleOf(db, a)));
}

export async function storedSettingsValue(db: TriglotDb): Promise<unknown> {
  return (await db.settings.get('settings'))?.value ?? null;
}

/** Set while a streamed import writes: if the tab dies mid-way, the next job takes it back. */

interface PendingImport {
  readonly importId: string;
  readonly articles: readonly ArticleId[];
  readonly settings: boolean;
}

/** Takes back an import that was interrupted (tab closed, browser killed); returns its id. */
export async function recoverImport(db: TriglotDb): Promise<string | null> {
  const pending = (await db.meta.get(PENDING_IMPORT))?.value as PendingImport | undefined;
  if (!pending || typeof pending.importId !== 'string') return null;
  await undoImport(db, pending.importId, pending);
  return pending.importId;
}

export interface StreamImportResult extends ImportResult {
  /** Articles the file brought that this device did not have: an undo removes them. */
  readonly addedArticleIds: readonly ArticleId[];
  /** Lines whose event an earlier line of the same file already had; they add nothing. */
  readonly repeated: { readonly count: number; readonly firstLine: number | null };
}

/** An import writes and replays each batch together: one stage. */
export type WriteStage = 'write';

type StreamEventLine = Extract<StreamItem, { kind: 'event' }>;

export interface StreamImportOptions {
  /** Lines gathered before they are written (a window of the file, grouped by card). */
  readonly batchSize?: number;
  /** Cards per transaction. */
  readonly chunkCards?: number;
  readonly onProgress?: (stage: WriteStage, done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BackupError('CANCELLED', 'the import was cancelled');
}

/**
 * Writes a validated version-4 file (its items read again from the start) in
 * batches. IndexedDB transactions cannot wait for file reads, so this is not one
 * transaction; all or nothing comes from the import tag instead: every added
 * event carries `importId`, and any failure (quota, cancel, a dead tab found by
 * `recoverImport`) takes the import back with `undoImport`. Events already here
 * are skipped, so the same file twice adds nothing.
 */
export async function importBackupItems(
  db: TriglotDb,
  header: StreamHeader,
  items: AsyncIterable<StreamItem>,
  now: number,
  opts: StreamImportOptions = {},
): Promise<StreamImportResult> {
  const { batchSize = 200_000, chunkCards = 4_000, onProgress, signal } = opts;
  const importId = `import.${contentHash(`${header.exportedAt}|${header.counts.events}|${now}`)}`;
  const articles: ArticleId[] = [];
  const params: ParamsRow[] = [];
  let settingsAdded = false;
  const mark = () =>
    db.meta.put({
      key: PENDING_IMPORT,
      value: { importId, articles: [...articles], settings: settingsAdded } satisfies PendingImport,
    });
  const touched = new Set<CardId>();
  const repeated = { count: 0, firstLine: null as number | null };
  let added = 0;
  let answers = 0;
  let seen = 0;
  let maxSeq = 0;
  let batch: StreamEventLine[] = [];
  let eventsBeforeParams = false;

  // Lines are gathered a window at a time, grouped by card, and each card's lines
  // merged and replayed once per window, a chunk of cards per transaction: one read
  // and one write per card, whatever order the file lists its lines in (an export
  // lists them card by card; older files by id or by time).
  const flush = async () => {
    const lines = batch;
    batch = [];
    if (!lines.length) return;
    const byCard = new Map<CardId, StreamEventLine[]>();
    for (const l of lines) {
      const id = l.event.cardId as CardId;
      const list = byCard.get(id);
      if (list) list.push(l);
      else byCard.set(id, [l]);
    }
    const ids = [...byCard.keys()].sort();
    const chunks: StreamEventLine[][] = [];
    // At most `chunkCards` a transaction, and a window in eight chunks at least, so that
    // the progress bar moves while a smaller file is written too.
    const size = Math.max(1, Math.min(chunkCards, Math.ceil(ids.length / 8)));
    for (let i = 0; i < ids.length; i += size)
      chunks.push(ids.slice(i, i + size).flatMap((id) => byCard.get(id)!));
    await mergeChunks(
      db,
      chunks.map((chunk) => chunk.map((l) => l.event as EventRow)),
      importId,
      (merged, k) => {
        const chunk = chunks[k]!;
        for (const j of merged.repeated) {
          const line = chunk[j]!.line;
          repeated.count++;
          if (repeated.firstLine === null || line < repeated.firstLine) repeated.firstLine = line;
        }
        for (const id of merged.touched) touched.add(id);
        for (const e of merged.fresh) if (e.kind === 'answer') answers++;
        maxSeq = Math.max(maxSeq, merged.maxSeq);
        added += merged.fresh.length;
        seen += chunk.length;
        onProgress?.('write', seen, header.counts.events);
        // A cancel is seen between chunks; what was written is taken back by the caller.
        checkAborted(signal);
      },
    );
  };

  try {
    await mark();
    if (!(await db.settings.get('settings')) && header.settings !== null) {
      settingsAdded = true;
      await mark();
      await db.settings.put({ key: 'settings', value: parseSettings(header.settings) });
    }
    onProgress?.('write', 0, header.counts.events);
    for await (const item of items) {
      if (item.kind === 'article') {
        const { bundle } = item;
        // An article already here (same id) keeps its local copy: it may be newer.
        if (!(await db.articles.get(bundle.article.id))) {
          articles.push(bundle.article.id);
          await mark();
          await putArticle(db, bundle, 'learner', textsKey(bundle.texts), header.exportedAt);
        }
        continue;
      }
      if (item.kind === 'params') {
        // Checked by the stream's schema; parsed again into a row with only its known fields.
        const parsed = parseParamsRow(item.params);
        if (!parsed) continue;
        // Tagged like the events, so undoing the import (or recovering it) removes it.
        const row: ParamsRow = { ...parsed, importId };
        const fresh = await mergeParams(db, [row], false);
        if (fresh.length) {
          params.push(row);
          maxSeq = Math.max(maxSeq, row.seq);
          if (touched.size) eventsBeforeParams = true;
        }
        continue;
      }
      batch.push(item);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    // Cards the file's weights reach: this device's, and the file's own when a weights line
    // came after some of its events (an export lists the weights first).
    if (params.length)
      await replayAfterParams(db, undefined, eventsBeforeParams ? undefined : touched);

    await db.transaction('rw', [db.meta], async () => {
      await observeSeq(db, maxSeq);
      await db.meta.delete(PENDING_IMPORT);
    });
    return {
      addedEvents: added,
      addedAnswers: answers,
      rebuiltCards: touched.size,
      addedArticles: articles.length,
      addedArticleIds: articles,
      repeated,
      importId,
    };
  } catch (error) {
    try {
      await undoImport(db, importId, { articles, settings: settingsAdded });
    } catch {
      // The tag stays (and the pending mark): the next job's recoverImport takes it back.
    }
    if (error instanceof BackupError) throw error;
    const storage = classifyStorageError(error);
    throw new BackupError(storage.code === 'QUOTA' ? 'QUOTA' : 'STORAGE', storage.message);
  }
}

/** Everything, in a stable order: what tests compare before and after (the frontier hint left out). */
export async function dumpAll(db: TriglotDb) {
  const [cards, events, params, meta, settings, articles, units, content, words] =
    await Promise.all([
      db.cards.orderBy('id').toArray(),
      allEvents(db),
      db.params.orderBy('id').toArray(),
      db.meta.orderBy('key').toArray(),
      db.settings.toArray(),
      db.articles.orderBy('id').toArray(),
      db.units.orderBy('id').toArray(),
      db.content.orderBy('id').toArray(),
      db.words.orderBy('article').toArray(),
    ]);
  return {
    cards,
    events,
    params,
    meta: meta.filter((m) => !isFrontierKey(m.key)),
    settings,
    articles,
    units,
    content,
    words,
  };
}

/** Everything the learner owns, their articles included; the shipped ones are imported again. */
export async function clearAll(db: TriglotDb): Promise<void> {
  const tables = ALL(db);
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
  });
}
