/**
 * The database side of sync (lib/sync): the outbox of events the server may not
 * have, merging the events other devices wrote, settings with a clock per key,
 * and the learner's articles. Nothing here knows about CouchDB; lib/sync/engine.ts
 * moves what these functions give and take.
 */
import type { ArticleBundle } from '@/lib/corpus/model';
import type { ArticleId, CardId, Lang } from '@/lib/corpus/types';
import { compareEvents, type EventId } from '@/lib/srs/events';
import { parseSettingField, parseSettings, type Settings } from '@/lib/settings/settings';
import { learnerArticles } from './backup-repo';
import { textsKey, putArticle } from './content-repo';
import { classifyStorageError } from './errors';
import {
  eventPages,
  mergeEvents,
  MERGE_TABLES,
  observeSeq,
  replayAfterParams,
  replayCards,
  SYNC_DEVICE,
} from './event-repo';
import { allParams, mergeParams, parseParamsRow } from './params-repo';
import { packLog, unpackLog } from './log-codec';
import type { EventRow, ParamsRow, TriglotDb } from './schema';
import { SYNC_CONFIG } from './sync-config';
import { readSettings, SETTINGS_CLOCK, type SettingClock } from './settings-repo';

export { SETTINGS_CLOCK, type SettingClock };

/** A card's events as a sync document carries them: the stored tuple layout, without import ids. */
export interface SyncLogRow {
  readonly id: CardId;
  readonly course: Lang;
  readonly events: readonly (readonly unknown[])[];
}

/** Where this device's reading of the local replica's changes stands (lib/sync/engine.ts). */
export const SYNC_SINCE = 'syncSince';

export function laterClock(a: SettingClock | undefined, b: SettingClock | undefined): boolean {
  if (!a) return false;
  if (!b) return true;
  return a.seq > b.seq || (a.seq === b.seq && a.device > b.device);
}

export async function syncDevice(db: TriglotDb): Promise<string | null> {
  const v = (await db.meta.get(SYNC_DEVICE))?.value;
  return typeof v === 'string' ? v : null;
}

/**
 * Turns outbox tracking on under a device id and puts the whole log before it in
 * the outbox, a page of cards at a time: the flag is set first, so an answer
 * given meanwhile is either in a page read after it or tracked as it is written.
 */
export async function enableOutbox(db: TriglotDb, device: string): Promise<void> {
  try {
    if ((await syncDevice(db)) === device) return;
    await db.meta.put({ key: SYNC_DEVICE, value: device });
    // The states here are made with these settings; a later change replays them.
    if ((await readMeta(db, REPLAYED_RETENTION)) === undefined)
      await writeMeta(db, REPLAYED_RETENTION, (await readSettings(db)).desiredRetention);
    for await (const page of eventPages(db, 2_000)) {
      await db.outbox.bulkPut(page.map((e) => ({ id: e.id, card: e.cardId, staged: 0 })));
    }
  } catch (error) {
    throw classifyStorageError(error);
  }
}

/** Sync turned off: nothing is tracked any more; the log itself is untouched. */
export async function disableOutbox(db: TriglotDb): Promise<void> {
  await db.transaction('rw', [db.meta, db.outbox], async () => {
    await db.meta.bulkDelete([SYNC_DEVICE, SYNC_SINCE, SYNC_CONFIG]);
    await db.outbox.clear();
  });
}

/** Events waiting for the server (staged or not). */
export function pendingCount(db: TriglotDb): Promise<number> {
  return db.outbox.count();
}

/** Up to `limit` outbox events not yet in a sync document, packed per card. */
export async function unstagedBatch(
  db: TriglotDb,
  limit: number,
): Promise<{ ids: EventId[]; rows: SyncLogRow[]; count: number }> {
  const entries = await db.outbox.where('staged').equals(0).limit(limit).toArray();
  if (!entries.length) return { ids: [], rows: [], count: 0 };
  const wanted = new Set(entries.map((e) => e.id));
  const cards = [...new Set(entries.map((e) => e.card))];
  const logs = await db.logs.bulkGet(cards);
  const rows: SyncLogRow[] = [];
  let count = 0;
  logs.forEach((log) => {
    if (!log) return;
    // Import ids are this device's business (undoing an import); events travel without them.
    const events = unpackLog(log)
      .filter((e) => wanted.has(e.id))
      .map(({ importId: _i, ...e }) => e as EventRow)
      .sort(compareEvents);
    if (!events.length) return;
    count += events.length;
    const packed = packLog(log.id, log.course, events);
    rows.push({ id: packed.id, course: packed.course, events: packed.events });
  });
  // An outbox entry whose event is gone (its import was undone) is sent as nothing.
  return { ids: entries.map((e) => e.id), rows, count };
}

/**
 * These events are in sync document `doc`, written at the local replica's `seq`.
 * Events written into an earlier revision of the same document move to `seq` too:
 * the replicator may skip a superseded revision, so only `seq` proves them sent.
 */
export async function markStaged(
  db: TriglotDb,
  ids: readonly EventId[],
  doc: string,
  seq: number,
): Promise<void> {
  await db.transaction('rw', [db.outbox], async () => {
    await db.outbox.where('doc').equals(doc).modify({ staged: seq });
    const rows = await db.outbox.bulkGet([...ids]);
    await db.outbox.bulkPut(rows.flatMap((r) => (r ? [{ ...r, staged: seq, doc }] : [])));
  });
}

/** The server has the local replica up to `seq`: those events leave the outbox. */
export async function confirmPushed(db: TriglotDb, seq: number): Promise<void> {
  await db.outbox.where('staged').between(1, seq, true, true).delete();
}

/**
 * Events another device wrote: merged by id (twice is once) and each touched card
 * replayed; they do not go to the outbox. A row that does not decode is an error
 * with a code, and nothing of its batch is written.
 */
export async function mergeSynced(
  db: TriglotDb,
  rows: readonly SyncLogRow[],
): Promise<{ events: number; cards: readonly CardId[] }> {
  const events = rows.flatMap((r) =>
    unpackLog({ id: r.id, course: r.course, last: 0, imports: [], events: r.events }),
  );
  if (!events.length) return { events: 0, cards: [] };
  try {
    return await db.transaction('rw', MERGE_TABLES(db), async () => {
      const { fresh, touched, maxSeq } = await mergeEvents(db, events, undefined, {
        fromSync: true,
      });
      await observeSeq(db, maxSeq);
      return { events: fresh.length, cards: touched };
    });
  } catch (error) {
    throw classifyStorageError(error);
  }
}

export async function readMeta<T>(db: TriglotDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function writeMeta(db: TriglotDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}

type Clocks = Partial<Record<keyof Settings, SettingClock>>;

/** Settings changed here or elsewhere, each with its clock: what goes to the server. */
export async function settingsWithClocks(
  db: TriglotDb,
): Promise<{ key: keyof Settings; value: unknown; clock: SettingClock }[]> {
  const [row, clocks] = await Promise.all([
    db.settings.get('settings'),
    readMeta<Clocks>(db, SETTINGS_CLOCK),
  ]);
  const settings = parseSettings(row?.value);
  return Object.entries(clocks ?? {}).map(([key, clock]) => ({
    key: key as keyof Settings,
    value: settings[key as keyof Settings],
    clock: clock!,
  }));
}

/** A setting from the server: taken when its clock is later than ours. */
export async function applySyncedSetting(
  db: TriglotDb,
  key: string,
  value: unknown,
  clock: SettingClock,
): Promise<boolean> {
  return db.transaction('rw', [db.settings, db.meta, db.cards, db.logs, db.tally], async () => {
    const clocks = (await readMeta<Clocks>(db, SETTINGS_CLOCK)) ?? {};
    const k = key as keyof Settings;
    if (!(k in parseSettings(undefined)) || !laterClock(clock, clocks[k])) return false;
    const parsed = parseSettingField(k, value);
    if (parsed === undefined) return false;
    const current = parseSettings((await db.settings.get('settings'))?.value);
    await db.settings.put({ key: 'settings', value: { ...current, [k]: parsed } });
    await writeMeta(db, SETTINGS_CLOCK, { ...clocks, [k]: clock });
    await observeSeq(db, clock.seq);
    return true;
  });
}

/**
 * The desired retention the stored card states were last replayed with: the only
 * learner setting a replay reads (`fsrsParameters`). States are folded with the
 * settings in force when each event is written, so a device whose retention changed
 * (here, or by settings sync) holds states of mixed settings, and another device
 * that merged the same log holds other ones.
 */
export const REPLAYED_RETENTION = 'replayedRetention';

/** Cards replayed per transaction: short, so an answer given meanwhile never waits long. */
const REPLAY_PAGE_CARDS = 500;

/**
 * Replays every card with the scheduler settings now in force if they are not the
 * ones the states were replayed with, a page of cards per transaction (`pause`
 * between them); starts over if the settings change meanwhile. Two devices whose
 * settings converged thus show the same states and due dates. A device that never
 * ran this notes its settings as they are (its states were made with them as far as
 * it knows). Returns how many cards were replayed.
 */
export async function replayForSettings(
  db: TriglotDb,
  pause: () => Promise<void> = async () => {},
): Promise<number> {
  try {
    const done = await readMeta<number>(db, REPLAYED_RETENTION);
    let target = (await readSettings(db)).desiredRetention;
    if (done === undefined) await writeMeta(db, REPLAYED_RETENTION, target);
    if (done === undefined || done === target) return 0;
    let after = '';
    let replayed = 0;
    for (;;) {
      const step = await db.transaction('rw', MERGE_TABLES(db), async () => {
        const now = (await readSettings(db)).desiredRetention;
        if (now !== target) return { restart: now, last: false, count: 0 };
        const logs = await db.logs.where('id').above(after).limit(REPLAY_PAGE_CARDS).toArray();
        if (!logs.length) {
          await writeMeta(db, REPLAYED_RETENTION, target);
          return { restart: undefined, last: true, count: 0 };
        }
        const ids = logs.map((l) => l.id);
        const [rows, contents] = await Promise.all([
          db.cards.bulkGet(ids),
          db.content.bulkGet(ids),
        ]);
        await replayCards(
          db,
          logs.map((l, i) => ({
            cardId: l.id,
            course: l.course,
            sibling: contents[i]?.sibling ?? rows[i]?.sibling ?? l.id,
          })),
        );
        after = ids.at(-1)!;
        return { restart: undefined, last: false, count: logs.length };
      });
      if (step.restart !== undefined) {
        target = step.restart;
        after = '';
        continue;
      }
      replayed += step.count;
      if (step.last) return replayed;
      await pause();
    }
  } catch (error) {
    throw classifyStorageError(error);
  }
}

/** This device's weights rows, each the body of a `par:` sync document. */
export function paramsRows(db: TriglotDb): Promise<ParamsRow[]> {
  return allParams(db);
}

/**
 * Weights rows from other devices' `par:` documents: each checked (one that does
 * not read is skipped and counted, never stored), added by id, and the cards whose
 * answers come after a new row replayed with the weights it brings (`pause`
 * between pages). The same rows twice add nothing and replay nothing.
 */
export async function mergeSyncedParams(
  db: TriglotDb,
  bodies: readonly unknown[],
  pause: () => Promise<void> = async () => {},
): Promise<{ added: number; replayed: number; rejected: number }> {
  const rows = bodies.map(parseParamsRow);
  const valid = rows.filter((r): r is ParamsRow => r !== null);
  const fresh = await mergeParams(db, valid);
  const replayed = fresh.length ? await replayAfterParams(db, pause) : 0;
  return { added: fresh.length, replayed, rejected: rows.length - valid.length };
}

/** The learner's own articles (shipped ones every device has already). */
export function ownArticles(db: TriglotDb): Promise<ArticleBundle[]> {
  return learnerArticles(db);
}

/** An article another device added: stored unless an article with its id is here already. */
export async function putSyncedArticle(
  db: TriglotDb,
  bundle: ArticleBundle,
  now: number,
): Promise<boolean> {
  if (await db.articles.get(bundle.article.id as ArticleId)) return false;
  await putArticle(db, bundle, 'learner', textsKey(bundle.texts), now);
  return true;
}
