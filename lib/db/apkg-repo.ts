/**
 * The database side of the Anki package (lib/apkg): what an export reads, and
 * an import of Anki's review history as events. The import is tagged like a
 * backup's (`importId`, a pending mark for a closed tab), so it can be undone
 * and a failure takes it back.
 */
import { BackupError } from '@/lib/backup/format';
import type { Card } from '@/lib/corpus/model';
import { contentHash } from '@/lib/corpus/hash';
import { isLang, type CardId, type Lang } from '@/lib/corpus/types';
import { srsSettings, type Settings } from '@/lib/settings/settings';
import { countedAnswers, type CardEvent } from '@/lib/srs/events';
import { createScheduler, type Scheduler } from '@/lib/srs/scheduler';
import { undoImport } from './backup-repo';
import { courseCardPages } from './content-repo';
import { classifyStorageError } from './errors';
import { logEvents, mergeEvents, MERGE_TABLES, observeSeq, storedSchedulers } from './event-repo';
import { PENDING_IMPORT, type EventRow, type TriglotDb } from './schema';
import { readSettings } from './settings-repo';

export interface ApkgExportData {
  readonly cards: Card[];
  readonly logs: Map<CardId, EventRow[]>;
  readonly settings: Settings;
  readonly scheduler: Scheduler;
  readonly schedulerFor: (course: Lang) => Scheduler;
  readonly titles: Map<string, string>;
}

/** Everything an export of these courses needs, read a page of cards at a time. */
export async function apkgExportData(
  db: TriglotDb,
  courses: readonly Lang[],
  onProgress?: (done: number) => void,
): Promise<ApkgExportData> {
  const cards: Card[] = [];
  const logs = new Map<CardId, EventRow[]>();
  for (const course of courses) {
    for await (const page of courseCardPages(db, course)) {
      const rows = await db.logs.bulkGet(page.map((c) => c.id));
      page.forEach((c, i) => {
        cards.push(c);
        const row = rows[i];
        if (row) logs.set(c.id, logEvents(row));
      });
      onProgress?.(cards.length);
    }
  }
  const settings = await readSettings(db);
  const articles = await db.articles.toArray();
  const titles = new Map(
    articles.map((a) => [a.id as string, a.title[a.original ?? 'en'] ?? a.id]),
  );
  const schedulerFor = await storedSchedulers(db);
  return {
    cards,
    logs,
    settings,
    scheduler: createScheduler(srsSettings(settings)),
    schedulerFor,
    titles,
  };
}

/** The time after which Anki's reviews of a card are new to us: our last answer or reset. */
export function lastReviewAt(events: readonly CardEvent[]): number {
  let last = -Infinity;
  for (const e of countedAnswers(events)) last = Math.max(last, e.at);
  for (const e of events) if (e.kind === 'reset') last = Math.max(last, e.at);
  return last;
}

/** Card ids begin with their course (`lang:article:kind:hash`). */
function courseOf(id: CardId): Lang | null {
  const lang = id.split(':')[0];
  return isLang(lang) ? lang : null;
}

export interface AnkiHistoryResult {
  readonly importId: string;
  readonly addedEvents: number;
  readonly addedAnswers: number;
  readonly rebuiltCards: number;
  /** Triglot cards in the deck whose article is not in this library (their reviews are kept). */
  readonly unknownCards: number;
}

/**
 * Brings Anki's reviews of Triglot's cards into the log. Per card, in one
 * transaction with its read: the reviews after our last one (`eventsFor` turns
 * them into events), merged by id and the card replayed. Cards without content
 * here are counted; their reviews are kept all the same.
 */
export async function importAnkiHistory(
  db: TriglotDb,
  cardIds: readonly CardId[],
  eventsFor: (cardId: CardId, course: Lang, after: number) => CardEvent[],
  now: number,
  opts: {
    chunkCards?: number;
    onProgress?: (done: number, total: number) => void;
    signal?: AbortSignal;
  } = {},
): Promise<AnkiHistoryResult> {
  const { chunkCards = 2_000, onProgress, signal } = opts;
  const importId = `anki.${contentHash(`${cardIds.length}|${cardIds[0] ?? ''}|${now}`)}`;
  let addedEvents = 0;
  let addedAnswers = 0;
  let unknownCards = 0;
  let maxSeq = 0;
  const touched = new Set<CardId>();
  try {
    await db.meta.put({ key: PENDING_IMPORT, value: { importId, articles: [], settings: false } });
    onProgress?.(0, cardIds.length);
    for (let i = 0; i < cardIds.length; i += chunkCards) {
      if (signal?.aborted) throw new BackupError('CANCELLED', 'the import was cancelled');
      const ids = cardIds.slice(i, i + chunkCards);
      await db.transaction('rw', MERGE_TABLES(db), async () => {
        const [contents, logs] = await Promise.all([db.content.bulkGet(ids), db.logs.bulkGet(ids)]);
        const incoming: EventRow[] = [];
        ids.forEach((id, k) => {
          // Like a backup's events, reviews of a card whose article is not here are kept:
          // the article added again (same title, same card ids) finds its history.
          const course = contents[k]?.lang ?? logs[k]?.course ?? courseOf(id);
          if (!contents[k]) unknownCards++;
          if (!course) return;
          incoming.push(...(eventsFor(id, course, lastReviewAt(logEvents(logs[k]))) as EventRow[]));
        });
        if (!incoming.length) return;
        const merged = await mergeEvents(db, incoming, importId);
        addedEvents += merged.fresh.length;
        addedAnswers += merged.fresh.filter((e) => e.kind === 'answer').length;
        for (const id of merged.touched) touched.add(id);
        maxSeq = Math.max(maxSeq, merged.maxSeq);
      });
      onProgress?.(Math.min(cardIds.length, i + chunkCards), cardIds.length);
    }
    await db.transaction('rw', [db.meta], async () => {
      await observeSeq(db, maxSeq);
      await db.meta.delete(PENDING_IMPORT);
    });
    return { importId, addedEvents, addedAnswers, rebuiltCards: touched.size, unknownCards };
  } catch (error) {
    try {
      await undoImport(db, importId);
    } catch {
      // The pending mark stays: the next job's recoverImport takes it back.
    }
    if (error instanceof BackupError) throw error;
    const storage = classifyStorageError(error);
    throw new BackupError(storage.code === 'QUOTA' ? 'QUOTA' : 'STORAGE', storage.message);
  }
}
