/**
 * Backup, restore and merge. A backup is the event log (plus settings and the
 * learner's own articles); card states are its replay, so they are not in it.
 */
import type { Backup } from '@/lib/backup/format';
import { BACKUP_APP, BACKUP_VERSION, BackupError } from '@/lib/backup/format';
import type { StreamHeader, StreamItem } from '@/lib/backup/stream';
import { contentHash } from '@/lib/corpus/hash';
import type { ArticleId, CardId, Lang } from '@/lib/corpus/types';
import { parseSettings } from '@/lib/settings/settings';
import { classifyStorageError } from './errors';
import type { ArticleBundle } from '@/lib/corpus/model';
import { CORPUS_FORMAT } from '@/lib/corpus/model';
import { articleUnits, deleteArticle, putArticle, textsKey } from './content-repo';
import { replayCards, type CardKey } from './event-repo';
import type { EventId } from '@/lib/srs/events';
import { PENDING_IMPORT, type ArticleRow, type EventRow, type TriglotDb } from './schema';

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
  db.events,
  db.meta,
  db.settings,
  db.articles,
  db.units,
  db.content,
  db.words,
];

export async function exportBackup(db: TriglotDb, now: number): Promise<Backup> {
  return db.transaction('r', ALL(db), async () => {
    const [events, settings, own] = await Promise.all([
      db.events.orderBy('[cardId+seq]').toArray(),
      db.settings.get('settings'),
      db.articles.filter((a) => a.origin === 'learner').toArray(),
    ]);
    const articles = await Promise.all(own.map((a) => articleBundleOf(db, a)));
    return {
      app: BACKUP_APP,
      version: BACKUP_VERSION,
      exportedAt: now,
      settings: settings?.value ?? null,
      events,
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
      const present = await db.events.bulkGet(incoming.map((e) => e.id));
      const fresh = incoming
        .filter((_, i) => !present[i])
        .map((e) => ({ ...e, importId }) as EventRow);
      await db.events.bulkAdd(fresh);
      await observeMaxSeq(
        db,
        fresh.reduce((m, e) => Math.max(m, e.seq), 0),
      );

      const touched = await cardKeys(db, fresh);
      await replayCards(db, touched);
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

/** Our own events must come after everything we have now seen. */
async function observeMaxSeq(db: TriglotDb, maxSeq: number): Promise<void> {
  const last = (await db.meta.get('lastSeq'))?.value;
  if (typeof last !== 'number' || last < maxSeq)
    await db.meta.put({ key: 'lastSeq', value: maxSeq });
}

/** The cards these events are about, with the sibling key their content (or row) gives them. */
async function cardKeys(db: TriglotDb, events: readonly EventRow[]): Promise<CardKey[]> {
  const ids = [...new Set(events.map((e) => e.cardId))];
  const course = new Map(events.map((e) => [e.cardId, e.course]));
  const [contents, rows] = await Promise.all([db.content.bulkGet(ids), db.cards.bulkGet(ids)]);
  return ids.map((cardId, i) => ({
    cardId,
    course: course.get(cardId)!,
    // A card whose article is not in this library still needs a sibling key of its own.
    sibling: contents[i]?.sibling ?? rows[i]?.sibling ?? cardId,
  }));
}

const UNDO_BATCH = 10_000;

/**
 * Takes an import back: the events it added leave the log and their cards are
 * replayed, a batch at a time (a card's last batch replays it without any of
 * them), then the articles and settings it brought, when named. Safe to repeat.
 */
export async function undoImport(
  db: TriglotDb,
  importId: string,
  opts: { articles?: readonly ArticleId[]; settings?: boolean; batchSize?: number } = {},
): Promise<number> {
  const size = opts.batchSize ?? UNDO_BATCH;
  try {
    let removed = 0;
    for (;;) {
      const n = await db.transaction('rw', ALL(db), async () => {
        const events = await db.events.where('importId').equals(importId).limit(size).toArray();
        const touched = await cardKeys(db, events);
        await db.events.bulkDelete(events.map((e) => e.id));
        await replayCards(db, touched);
        return events.length;
      });
      removed += n;
      if (n < size) break;
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

export function countEvents(db: TriglotDb): Promise<number> {
  return db.events.count();
}

/**
 * The log a page at a time in primary-key order, each page its own short read:
 * the export never holds the log whole, and never blocks a write for long. The
 * log only grows, so a page read after an answer simply includes it.
 */
export async function* eventPages(db: TriglotDb, size: number): AsyncGenerator<EventRow[]> {
  let after: string | null = null;
  for (;;) {
    const page: EventRow[] = await (after === null
      ? db.events.orderBy('id').limit(size).toArray()
      : db.events.where('id').above(after).limit(size).toArray());
    if (page.length) yield page;
    if (page.length < size) return;
    after = page[page.length - 1]!.id;
  }
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

export type WriteStage = 'write' | 'replay';

export interface StreamImportOptions {
  readonly batchSize?: number;
  readonly replayBatch?: number;
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
  const { batchSize = 10_000, replayBatch = 2_000, onProgress, signal } = opts;
  const importId = `import.${contentHash(`${header.exportedAt}|${header.counts.events}|${now}`)}`;
  const articles: ArticleId[] = [];
  let settingsAdded = false;
  const mark = () =>
    db.meta.put({
      key: PENDING_IMPORT,
      value: { importId, articles: [...articles], settings: settingsAdded } satisfies PendingImport,
    });
  const touched = new Map<CardId, Lang>();
  const repeated = { count: 0, firstLine: null as number | null };
  let added = 0;
  let answers = 0;
  let seen = 0;
  let maxSeq = 0;
  let batch: Extract<StreamItem, { kind: 'event' }>[] = [];

  const flush = async () => {
    const lines = batch;
    batch = [];
    if (!lines.length) return;
    const fresh = await db.transaction('rw', [db.events], async () => {
      const present = await db.events.bulkGet(lines.map((l) => l.event.id as EventId));
      const inBatch = new Set<string>();
      const rows: EventRow[] = [];
      lines.forEach(({ event, line }, i) => {
        const here = present[i];
        if (inBatch.has(event.id) || here?.importId === importId) {
          repeated.count++;
          repeated.firstLine ??= line;
        } else if (!here) rows.push({ ...event, importId } as EventRow);
        inBatch.add(event.id);
      });
      await db.events.bulkAdd(rows);
      return rows;
    });
    for (const e of fresh) {
      touched.set(e.cardId, e.course);
      maxSeq = Math.max(maxSeq, e.seq);
      if (e.kind === 'answer') answers++;
    }
    added += fresh.length;
    seen += lines.length;
    onProgress?.('write', seen, header.counts.events);
    checkAborted(signal);
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
      batch.push(item);
      if (batch.length >= batchSize) await flush();
    }
    await flush();

    // Sorted, so that a batch of cards is one stretch of the log's [cardId+seq] index.
    const ids = [...touched.keys()].sort();
    const dense = ids.length >= (await db.cards.count()) / 2;
    onProgress?.('replay', 0, ids.length);
    for (let i = 0; i < ids.length; i += replayBatch) {
      const slice = ids.slice(i, i + replayBatch);
      await db.transaction('rw', ALL(db), async () => {
        const keys = await cardKeys(
          db,
          slice.map((cardId) => ({ cardId, course: touched.get(cardId)! }) as EventRow),
        );
        await replayCards(db, keys, { dense });
      });
      onProgress?.('replay', Math.min(ids.length, i + replayBatch), ids.length);
      checkAborted(signal);
    }
    await db.transaction('rw', [db.meta], async () => {
      await observeMaxSeq(db, maxSeq);
      await db.meta.delete(PENDING_IMPORT);
    });
    return {
      addedEvents: added,
      addedAnswers: answers,
      rebuiltCards: ids.length,
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

/** Everything, in a stable order: what tests compare before and after. */
export async function dumpAll(db: TriglotDb) {
  const [cards, events, meta, settings, articles, units, content, words] = await Promise.all([
    db.cards.orderBy('id').toArray(),
    db.events.orderBy('id').toArray(),
    db.meta.orderBy('key').toArray(),
    db.settings.toArray(),
    db.articles.orderBy('id').toArray(),
    db.units.orderBy('id').toArray(),
    db.content.orderBy('id').toArray(),
    db.words.orderBy('article').toArray(),
  ]);
  return { cards, events, meta, settings, articles, units, content, words };
}

/** Everything the learner owns, their articles included; the shipped ones are imported again. */
export async function clearAll(db: TriglotDb): Promise<void> {
  const tables = ALL(db);
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
  });
}
