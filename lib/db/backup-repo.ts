/**
 * Backup, restore and merge. A backup is the event log (plus settings and the
 * learner's own articles); card states are its replay, so they are not in it.
 */
import type { Backup } from '@/lib/backup/format';
import { BACKUP_APP, BACKUP_VERSION, BackupError } from '@/lib/backup/format';
import { contentHash } from '@/lib/corpus/hash';
import { parseSettings } from '@/lib/settings/settings';
import { classifyStorageError } from './errors';
import type { ArticleBundle } from '@/lib/corpus/model';
import { CORPUS_FORMAT } from '@/lib/corpus/model';
import { articleUnits, putArticle, textsKey } from './content-repo';
import { replayCards, type CardKey } from './event-repo';
import type { ArticleRow, EventRow, TriglotDb } from './schema';

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
      // Our own events must come after everything we have now seen.
      const maxSeq = fresh.reduce((m, e) => Math.max(m, e.seq), 0);
      const last = (await db.meta.get('lastSeq'))?.value;
      if (typeof last !== 'number' || last < maxSeq)
        await db.meta.put({ key: 'lastSeq', value: maxSeq });

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

/** Takes an import back: the events it added leave the log and their cards are replayed. */
export async function undoImport(db: TriglotDb, importId: string): Promise<number> {
  try {
    return await db.transaction('rw', ALL(db), async () => {
      const events = await db.events.where('importId').equals(importId).toArray();
      const touched = await cardKeys(db, events);
      await db.events.bulkDelete(events.map((e) => e.id));
      await replayCards(db, touched);
      return events.length;
    });
  } catch (error) {
    throw classifyStorageError(error);
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
