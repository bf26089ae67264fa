/**
 * Backup, restore and merge. Import is one transaction: the file either goes
 * in whole or changes nothing. Reviews merge by (card, time), so importing the
 * same file twice adds nothing, and a card whose log grew from both sides is
 * rebuilt by replaying the merged log.
 */
import type { Backup } from '@/lib/backup/format';
import { BACKUP_APP, BACKUP_VERSION, BackupError } from '@/lib/backup/format';
import type { CardId } from '@/lib/corpus/types';
import { replay } from '@/lib/srs/replay';
import { parseSettings, srsSettings } from '@/lib/settings/settings';
import { classifyStorageError } from './errors';
import type { ArticleBundle } from '@/lib/corpus/model';
import { CORPUS_FORMAT } from '@/lib/corpus/model';
import { articleUnits, putArticle, textsKey } from './content-repo';
import type { ArticleRow, CardRow, ReviewRow, TriglotDb } from './schema';

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

export async function exportBackup(db: TriglotDb, now: number): Promise<Backup> {
  const tables = [db.cards, db.reviews, db.settings, db.articles, db.units, db.content, db.words];
  return db.transaction('r', tables, async () => {
    const [cards, reviews, settings, own] = await Promise.all([
      db.cards.toArray(),
      db.reviews.orderBy('review').toArray(),
      db.settings.get('settings'),
      db.articles.filter((a) => a.origin === 'learner').toArray(),
    ]);
    const articles = await Promise.all(own.map((a) => articleBundleOf(db, a)));
    return {
      articles,
      app: BACKUP_APP,
      version: BACKUP_VERSION,
      exportedAt: now,
      settings: settings?.value ?? null,
      cards,
      // The local auto-increment id means nothing on another device.
      reviews: reviews.map(({ id: _id, ...r }) => r),
    } as unknown as Backup;
  });
}

export interface ImportResult {
  readonly addedReviews: number;
  readonly rebuiltCards: number;
  readonly addedCards: number;
}

export async function importBackup(db: TriglotDb, backup: Backup): Promise<ImportResult> {
  const tables = [db.cards, db.reviews, db.settings, db.articles, db.units, db.content, db.words];
  try {
    return await db.transaction('rw', tables, async () => {
      for (const bundle of backup.articles as unknown as ArticleBundle[]) {
        // An article already here (same id) keeps its local copy: it may be newer.
        if (!(await db.articles.get(bundle.article.id))) {
          await putArticle(db, bundle, 'learner', textsKey(bundle.texts), backup.exportedAt);
        }
      }
      const localSettings = await db.settings.get('settings');
      const settings = parseSettings(localSettings?.value ?? backup.settings);
      if (!localSettings && backup.settings !== null)
        await db.settings.put({ key: 'settings', value: settings });

      const incoming = backup.reviews as ReviewRow[];
      const existing = await db.reviews
        .where('[cardId+review]')
        .anyOf(incoming.map((r) => [r.cardId, r.review]))
        .primaryKeys();
      const present = new Set<string>();
      if (existing.length > 0) {
        for (const r of await db.reviews.bulkGet(existing as number[]))
          if (r) present.add(`${r.cardId}|${r.review}`);
      }
      const fresh = incoming.filter((r) => !present.has(`${r.cardId}|${r.review}`));
      const touched = new Set<CardId>(fresh.map((r) => r.cardId as CardId));
      const hadLocal = new Set<CardId>();
      for (const id of touched) {
        if (
          (await db.reviews
            .where('[cardId+review]')
            .between([id, -Infinity], [id, Infinity])
            .count()) > 0
        )
          hadLocal.add(id);
      }
      await db.reviews.bulkAdd(fresh);

      const imported = new Map(backup.cards.map((c) => [c.id as CardId, c as CardRow]));
      const srs = srsSettings(settings);
      let rebuilt = 0;
      let added = 0;
      for (const c of backup.cards as CardRow[]) {
        if (hadLocal.has(c.id)) continue; // rebuilt from the merged log below
        const local = await db.cards.get(c.id);
        // The backup's state is the whole truth for a card whose history is all in the file;
        // the learner's own flags (suspended here) still stand.
        if (!local || touched.has(c.id)) {
          await db.cards.put(
            local ? { ...c, suspended: local.suspended, buriedUntil: local.buriedUntil } : c,
          );
          added++;
        }
      }
      for (const id of hadLocal) {
        const log = await db.reviews
          .where('[cardId+review]')
          .between([id, -Infinity], [id, Infinity])
          .toArray();
        const state = replay(log, srs);
        if (!state) continue;
        const local = await db.cards.get(id);
        const base = local ??
          imported.get(id) ?? { id, course: log[0]!.course, sibling: log[0]!.sibling };
        const flags = local ?? imported.get(id);
        await db.cards.put({
          ...base,
          ...state,
          id,
          suspended: flags?.suspended ?? state.suspended,
          buriedUntil: flags?.buriedUntil ?? state.buriedUntil,
        } as CardRow);
        rebuilt++;
      }
      return { addedReviews: fresh.length, rebuiltCards: rebuilt, addedCards: added };
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const storage = classifyStorageError(error);
    throw new BackupError('STORAGE', storage.message);
  }
}

/** Everything, in a stable order: what tests compare before and after. */
export async function dumpAll(db: TriglotDb) {
  const [cards, reviews, settings, articles, units, content, words] = await Promise.all([
    db.cards.orderBy('id').toArray(),
    db.reviews.orderBy('[cardId+review]').toArray(),
    db.settings.toArray(),
    db.articles.orderBy('id').toArray(),
    db.units.orderBy('id').toArray(),
    db.content.orderBy('id').toArray(),
    db.words.orderBy('article').toArray(),
  ]);
  return {
    cards,
    reviews: reviews.map(({ id: _id, ...r }) => r),
    settings,
    articles,
    units,
    content,
    words,
  };
}

/** Everything the learner owns, their articles included; the shipped ones are imported again. */
export async function clearAll(db: TriglotDb): Promise<void> {
  const tables = [db.cards, db.reviews, db.settings, db.articles, db.units, db.content, db.words];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
  });
}
