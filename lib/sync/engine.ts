/**
 * Sync through CouchDB replication. A local PouchDB replica holds this device's
 * documents and everything the server sent; PouchDB replicates it with the server
 * both ways (live, resuming from its checkpoints, reconnecting after failures). This file moves the outbox into
 * the replica and the replica's changes into the log, never on the way of a write
 * the learner makes: every step is its own short transaction.
 */
import type { ArticleBundle } from '@/lib/corpus/model';
import type { CardId } from '@/lib/corpus/types';
import type { TriglotDb } from '@/lib/db/schema';
import {
  applySyncedSetting,
  confirmPushed,
  laterClock,
  markStaged,
  mergeSynced,
  mergeSyncedParams,
  ownArticles,
  paramsRows,
  pendingCount,
  putSyncedArticle,
  readMeta,
  replayForSettings,
  settingsWithClocks,
  SYNC_SINCE,
  syncDevice,
  unstagedBatch,
  writeMeta,
  type SyncLogRow,
} from '@/lib/db/sync-repo';
import {
  articleDocId,
  CHUNK_EVENTS,
  classifySyncError,
  judgeMarker,
  logDocDevice,
  logDocId,
  MARKER_ID,
  paramsDocId,
  settingDocId,
  SYNC_FORMAT,
  SyncError,
  type SyncStatus,
} from './protocol';

/* The slice of PouchDB's API used here (pouchdb-browser in the app, pouchdb-core in tests). */
interface Doc {
  _id: string;
  _rev?: string;
  _conflicts?: string[];
  [k: string]: unknown;
}
interface Changes {
  results: { id: string; deleted?: boolean; doc?: Doc }[];
  last_seq: number | string;
}
export interface PouchDb {
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  get(id: string, opts?: { rev?: string; conflicts?: boolean }): Promise<Doc>;
  put(doc: Doc): Promise<{ rev: string }>;
  remove(id: string, rev: string): Promise<unknown>;
  allDocs(opts: {
    keys: string[];
  }): Promise<{ rows: { key: string; error?: string; value?: { deleted?: boolean } }[] }>;
  changes(opts: Record<string, unknown>): Promise<Changes>;
  sync(remote: PouchDb, opts: Record<string, unknown>): Replication;
  close(): Promise<void>;
}
interface Replication {
  on(event: string, f: (arg: never) => void): Replication;
  cancel(): void;
}
export type PouchCtor = new (name: string, opts?: Record<string, unknown>) => PouchDb;

export interface SyncConfig {
  readonly url: string;
  readonly user: string;
  readonly password: string;
}

export interface SyncOptions {
  readonly PouchDB: PouchCtor;
  readonly db: TriglotDb;
  readonly config: SyncConfig;
  /** The local replica's name: one per server and user. */
  readonly localName: string;
  readonly now: () => number;
  readonly onStatus: (status: SyncStatus) => void;
  /** Events merged from another device, and the cards whose logs grew (for the pages). */
  readonly onMerged?: (count: number, cards: readonly CardId[]) => void;
  /** Every card was replayed (the scheduler settings changed). */
  readonly onReplayed?: () => void;
  /** How often the outbox is moved into the replica. */
  readonly stageEveryMs?: number;
  /** How long after a failed start the server is asked again. */
  readonly retryMs?: number;
}

export interface SyncHandle {
  /** Move new events to the server now rather than at the next tick. */
  kick(): void;
  stop(): Promise<void>;
  /** Resolves once the outbox is empty and the replica fully read (tests, the bench). */
  settled(): Promise<void>;
}

/** Merges per transaction: short enough that a learner's answer never waits long behind one. */
const MERGE_BATCH_ROWS = 500;

const pause = () => new Promise<void>((r) => setTimeout(r, 0));

export function startSync(o: SyncOptions): SyncHandle {
  const { db, config } = o;
  const local = new o.PouchDB(o.localName);
  // A new connection per session: PouchDB creates a missing database once per instance,
  // and a server that restarted empty must get it again.
  const connect = () =>
    new o.PouchDB(config.url, {
      auth: { username: config.user, password: config.password },
      // Created when missing (a home server); with couch_peruser it exists already.
      skip_setup: false,
    });
  let remote = connect();
  let connectedOnce = false;
  let backoff = o.retryMs ?? 5_000;
  let stopped = false;
  let replication: Replication | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let device = '';
  let phase: 'syncing' | 'idle' | 'offline' | 'error' = 'syncing';
  let lastError: SyncError | null = null;
  let upToDateAt = 0;

  async function report() {
    if (stopped) return;
    const pending = await pendingCount(db);
    if (phase === 'error' && lastError)
      o.onStatus({ kind: 'error', code: lastError.code, pending });
    else if (phase === 'offline') o.onStatus({ kind: 'offline', pending });
    else if (phase === 'idle' && pending === 0) o.onStatus({ kind: 'upToDate', at: upToDateAt });
    else o.onStatus({ kind: 'syncing', pending });
  }

  function fail(error: unknown) {
    const e = classifySyncError(error);
    lastError = e;
    phase = e.code === 'UNREACHABLE' ? 'offline' : 'error';
    void report();
    return e;
  }

  const serial = (f: () => Promise<unknown>) => {
    queue = queue.then(() => (stopped ? null : f())).catch(fail);
    return queue;
  };

  async function checkRemote() {
    const info = (await remote.info()) as { doc_count?: number; error?: string };
    // PouchDB reports a missing database as an info object with an error.
    if (info.error || typeof info.doc_count !== 'number')
      throw new SyncError('ADDRESS', info.error ?? 'no database');
    let marker: Doc | null = null;
    try {
      marker = await remote.get(MARKER_ID);
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
    const verdict = judgeMarker(
      marker as { app?: unknown; format?: unknown } | null,
      info.doc_count,
    );
    if (verdict === 'empty') {
      try {
        await remote.put({ _id: MARKER_ID, app: 'triglot', format: SYNC_FORMAT });
      } catch (error) {
        // Another device marked the empty database first: judge its marker instead.
        if ((error as { status?: number }).status !== 409) throw error;
        return checkRemote();
      }
    } else if (verdict !== 'ok')
      throw new SyncError(
        verdict,
        verdict === 'NEWER' ? 'newer Triglot' : 'not a Triglot database',
      );
  }

  async function getOr<T extends Doc>(id: string, fallback: T): Promise<T> {
    try {
      return (await local.get(id)) as T;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return fallback;
      throw error;
    }
  }

  /** Outbox → this device's log documents; changed settings and new articles → their documents. */
  async function stage() {
    for (;;) {
      const batch = await unstagedBatch(db, CHUNK_EVENTS);
      if (!batch.ids.length) break;
      const chunk = await getOr<Doc & { n: number; count: number }>('_local/chunk', {
        _id: '_local/chunk',
        n: 0,
        count: 0,
      });
      if (chunk.count > 0 && chunk.count + batch.count > CHUNK_EVENTS) {
        chunk.n += 1;
        chunk.count = 0;
      }
      const id = logDocId(device, chunk.n);
      const doc = await getOr<Doc & { rows: SyncLogRow[] }>(id, {
        _id: id,
        format: SYNC_FORMAT,
        device,
        rows: [],
      });
      await local.put({ ...doc, rows: [...doc.rows, ...batch.rows] });
      await local.put({ ...chunk, count: chunk.count + batch.count });
      const { update_seq } = await local.info();
      await markStaged(db, batch.ids, id, Number(update_seq));
      await pause();
    }
    for (const s of await settingsWithClocks(db)) {
      const id = settingDocId(s.key);
      const doc = await getOr<Doc & { seq?: number; device?: string }>(id, { _id: id });
      const theirs =
        typeof doc.seq === 'number' && typeof doc.device === 'string'
          ? { seq: doc.seq, device: doc.device }
          : undefined;
      if (laterClock(s.clock, theirs))
        await local.put({ ...doc, key: s.key, value: s.value, ...s.clock });
    }
    const bundles = await ownArticles(db);
    if (bundles.length) {
      const ids = bundles.map((b) => articleDocId(b.article.id));
      const { rows } = await local.allDocs({ keys: ids });
      for (const [i, row] of rows.entries()) {
        if (row.error === 'not_found') await local.put({ _id: ids[i]!, bundle: bundles[i]! });
      }
    }
    // Weights rows are immutable: a document per row, put once when the replica lacks it
    // (a fit made here, or a row a backup brought that the server may not have).
    const params = await paramsRows(db);
    if (params.length) {
      const ids = params.map((p) => paramsDocId(p.id));
      const { rows } = await local.allDocs({ keys: ids });
      for (const [i, row] of rows.entries()) {
        if (row.error === 'not_found') {
          // Import ids are this device's business (undoing an import), as for events.
          const { importId: _i, ...body } = params[i]!;
          await local.put({ _id: ids[i]!, format: SYNC_FORMAT, row: body });
        }
      }
    }
    // A scheduler setting changed here: the states this device shows are replayed with it.
    if (await replayForSettings(db, pause)) o.onReplayed?.();
  }

  /** Two devices changed one setting offline: every replica keeps the later clock, the same one. */
  async function resolveSetting(doc: Doc) {
    const revs = [
      doc,
      ...(await Promise.all((doc._conflicts ?? []).map((rev) => local.get(doc._id, { rev })))),
    ];
    const clockOf = (d: Doc) =>
      typeof d.seq === 'number' && typeof d.device === 'string'
        ? { seq: d.seq, device: d.device }
        : undefined;
    let best = revs[0]!;
    for (const d of revs) if (laterClock(clockOf(d), clockOf(best))) best = d;
    if (best !== doc) {
      const { _rev: _r, _conflicts: _c, ...content } = best;
      await local.put({ ...content, _id: doc._id, _rev: doc._rev });
    }
    for (const rev of doc._conflicts ?? []) await local.remove(doc._id, rev);
    const clock = clockOf(best);
    if (clock && typeof best.key === 'string')
      await applySyncedSetting(db, best.key, best.value, clock);
  }

  /** The replica's changes since last time → the log, settings and library. */
  async function ingest() {
    let since = (await readMeta<number | string>(db, SYNC_SINCE)) ?? 0;
    for (;;) {
      const res = await local.changes({ since, include_docs: true, conflicts: true, limit: 100 });
      if (!res.results.length) break;
      let rows: SyncLogRow[] = [];
      const params: unknown[] = [];
      let merged = 0;
      const cards: CardId[] = [];
      const flush = async () => {
        if (rows.length) {
          const m = await mergeSynced(db, rows);
          merged += m.events;
          cards.push(...m.cards);
        }
        rows = [];
        await pause();
      };
      for (const ch of res.results) {
        const doc = ch.doc;
        if (!doc || ch.deleted) continue;
        const owner = logDocDevice(doc._id);
        if (owner) {
          if (owner !== device && Array.isArray(doc.rows)) rows.push(...(doc.rows as SyncLogRow[]));
          if (rows.length >= MERGE_BATCH_ROWS) await flush();
        } else if (doc._id.startsWith('par:')) params.push(doc.row);
        else if (doc._id.startsWith('set:')) await resolveSetting(doc);
        else if (doc._id.startsWith('art:') && doc.bundle)
          await putSyncedArticle(db, doc.bundle as ArticleBundle, o.now());
      }
      await flush();
      if (merged) o.onMerged?.(merged, cards);
      // After this batch's events: a card whose answers came with the weights is replayed once.
      if (params.length && (await mergeSyncedParams(db, params, pause)).replayed) o.onReplayed?.();
      since = res.last_seq;
      await writeMeta(db, SYNC_SINCE, since);
    }
    // A scheduler setting that arrived (or won) after the merges replayed their cards
    // with the one before: every card is replayed again with the converged one.
    if (await replayForSettings(db, pause)) o.onReplayed?.();
  }

  async function begin() {
    const me = await syncDevice(db);
    if (!me) throw new SyncError('STORAGE', 'sync is not enabled on this device');
    device = me;
    // Notes the settings the states were made with before any other device's arrive.
    if (await replayForSettings(db, pause)) o.onReplayed?.();
    remote = connect();
    await checkRemote();
    connectedOnce = true;
    backoff = o.retryMs ?? 5_000;
    lastError = null;
    phase = 'syncing';
    await report();
    await stage();
    await ingest();
    replication = local
      .sync(remote, {
        live: true,
        // Retried here rather than by PouchDB: a new session checks the marker again, and
        // recreates the database of a server that lost it.
        retry: false,
        batch_size: 100,
      })
      .on('change', ((info: { direction: string; change: { last_seq: number | string } }) => {
        if (info.direction === 'push')
          void serial(() => confirmPushed(db, Number(info.change.last_seq)));
        else void serial(ingest);
        void serial(report);
      }) as (arg: never) => void)
      .on('paused', ((err: unknown) => {
        if (err) {
          lost(err);
          return;
        }
        void serial(async () => {
          await ingest();
          lastError = null;
          phase = 'idle';
          upToDateAt = o.now();
          await report();
        });
      }) as (arg: never) => void)
      .on('active', (() => {
        phase = 'syncing';
        void report();
      }) as (arg: never) => void)
      .on('denied', ((err: unknown) => fail(err)) as (arg: never) => void)
      .on('error', ((err: unknown) => lost(err)) as (arg: never) => void);
    // Staging is local: it goes on while the server is away.
    timer ??= setInterval(() => void serial(stage), o.stageEveryMs ?? 2_000);
  }

  /**
   * The connection failed. A server that is down (or lost the database it had) is
   * asked again, less and less often; a wrong password or database is the learner's
   * to fix.
   */
  function lost(error: unknown) {
    const e = fail(error);
    replication?.cancel();
    replication = null;
    const again = e.code === 'UNREACHABLE' || (connectedOnce && e.code === 'ADDRESS');
    if (again && !stopped && !retry) {
      retry = setTimeout(() => {
        retry = null;
        attempt();
      }, backoff);
      backoff = Math.min(backoff * 2, 60_000);
    }
  }

  function attempt() {
    void serial(async () => {
      try {
        await begin();
      } catch (error) {
        lost(error);
      }
    });
  }
  attempt();

  return {
    kick: () => void serial(stage),
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      if (retry) clearTimeout(retry);
      replication?.cancel();
      await queue.catch(() => null);
      await local.close().catch(() => null);
    },
    async settled() {
      for (;;) {
        await serial(stage);
        await serial(ingest);
        if (phase === 'error') throw lastError;
        if ((await pendingCount(db)) === 0) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
