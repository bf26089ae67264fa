import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { default_w } from 'ts-fsrs';
import { allEvents, mergeEvents, MERGE_TABLES, replayAfterParams } from '@/lib/db/event-repo';
import { studyCard } from '@/lib/db/fixtures';
import { openTriglotDb, type EventRow, type ParamsRow, type TriglotDb } from '@/lib/db/schema';
import type { CardId } from '@/lib/corpus/types';
import { readSettings, updateSettings } from '@/lib/db/settings-repo';
import { allParams, mergeParams, readParamsReplay, recordFit } from '@/lib/db/params-repo';
import { enableOutbox, mergeSyncedParams, pendingCount } from '@/lib/db/sync-repo';
import type { Grade } from '@/lib/srs/grade';
import { startSync, type PouchCtor, type SyncHandle } from './engine';
import type { SyncStatus } from './protocol';

const require = createRequire(import.meta.url);
// The engine the app runs on, in memory: the "server" is one more PouchDB database.
const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-replication'))
  .defaults({ adapter: 'memory' }) as PouchCtor;

const T = 1_780_000_000_000;
const opened: TriglotDb[] = [];
const handles: SyncHandle[] = [];
let n = 0;

async function device(name: string): Promise<TriglotDb> {
  const db = openTriglotDb(`sync-${name}-${n}`);
  opened.push(db);
  await db.open();
  return db;
}

function sync(db: TriglotDb, name: string, server: string, statuses: SyncStatus[] = []) {
  const h = startSync({
    PouchDB,
    db,
    config: { url: server, user: 'u', password: 'p' },
    localName: `local-${name}-${n}`,
    now: () => T,
    onStatus: (s) => statuses.push(s),
    stageEveryMs: 20,
  });
  handles.push(h);
  return h;
}

/** The stores sync must make equal, compared whole (the outbox and meta are per device). */
async function stores(db: TriglotDb) {
  return {
    logs: await db.logs.orderBy('id').toArray(),
    cards: await db.cards.orderBy('id').toArray(),
    events: await allEvents(db),
    settings: await db.settings.toArray(),
    params: await allParams(db),
  };
}

/** Weights unlike the defaults: higher stabilities, first and after a recall: other intervals. */
const FITTED = default_w.map((w, i) => (i < 4 ? w * 3 : i === 8 ? w * 1.5 : w));
const REPORT = {
  before: { logLoss: 0.4, rmse: 0.08 },
  after: { logLoss: 0.35, rmse: 0.05 },
  items: 1_000,
  heldOut: 200,
};

afterEach(async () => {
  await Promise.all(handles.splice(0).map((h) => h.stop()));
  await Promise.all(opened.splice(0).map((db) => db.delete()));
  n++;
});

describe('sync', () => {
  it('two devices that answered offline end with the same logs, states and settings', async () => {
    const [phone, laptop] = [await device('phone'), await device('laptop')];
    await enableOutbox(phone, 'phone');
    await enableOutbox(laptop, 'laptop');
    await studyCard(phone, 'de:a', [3, 3, 1] as Grade[], T);
    await studyCard(phone, 'de:b', [4] as Grade[], T);
    await studyCard(laptop, 'de:a', [2] as Grade[], T + 3_600_000);
    await studyCard(laptop, 'de:c', [3, 3] as Grade[], T);
    await updateSettings(phone, { newPerDay: 12 }, T);
    // The laptop changes it later by the clocks (the phone has answered up to T + 2 days).
    await updateSettings(laptop, { newPerDay: 30 }, T + 10 * 86_400_000);
    await updateSettings(phone, { clozeMode: 'choice' }, T + 5);
    expect(await pendingCount(phone)).toBe(4);

    const server = `server-${n}`;
    const statuses: SyncStatus[] = [];
    const a = sync(phone, 'phone', server, statuses);
    const b = sync(laptop, 'laptop', server);
    await a.settled();
    await b.settled();
    await a.settled();

    const [p, l] = [await stores(phone), await stores(laptop)];
    expect(p.events).toHaveLength(7);
    expect(l).toEqual(p);
    // The later change of each key wins on both, whichever device made it.
    expect(await readSettings(phone)).toMatchObject({ newPerDay: 30, clozeMode: 'choice' });
    expect(await pendingCount(phone)).toBe(0);
    expect(statuses.some((s) => s.kind === 'upToDate')).toBe(true);
  });

  it('cards are replayed with the scheduler settings both devices converge on', async () => {
    const [phone, laptop] = [await device('phone'), await device('laptop')];
    await enableOutbox(phone, 'phone');
    await enableOutbox(laptop, 'laptop');
    // Each answers with the default retention: review states whose due dates depend on it.
    await studyCard(phone, 'de:a', [3, 3, 3, 3] as Grade[], T);
    await studyCard(phone, 'de:b', [3, 4, 3] as Grade[], T);
    await studyCard(laptop, 'de:c', [3, 3, 3, 3] as Grade[], T);
    // The laptop lowers it later by the clocks: the phone's states were all made with 0.9.
    await updateSettings(laptop, { desiredRetention: 0.8 }, T + 30 * 86_400_000);

    const server = `server-${n}`;
    const [a, b] = [sync(phone, 'phone', server), sync(laptop, 'laptop', server)];
    await a.settled();
    await b.settled();
    await a.settled();

    const [p, l] = [await stores(phone), await stores(laptop)];
    expect(p.events).toHaveLength(11);
    expect(l).toEqual(p);
    expect((await readSettings(phone)).desiredRetention).toBe(0.8);
    // The same states as a device that only ever knew 0.8 and merged the whole log.
    const fresh = await device('fresh');
    await updateSettings(fresh, { desiredRetention: 0.8 }, T);
    await fresh.transaction('rw', MERGE_TABLES(fresh), () => mergeEvents(fresh, p.events));
    expect(p.cards).toEqual(await fresh.cards.orderBy('id').toArray());
  });

  it('a backup restored on one device reaches the other once, and restoring it there adds nothing', async () => {
    const source = await device('old');
    await studyCard(source, 'de:x', [3, 3] as Grade[], T);
    await studyCard(source, 'de:y', [1] as Grade[], T);
    const backup = await allEvents(source);
    const [phone, laptop] = [await device('phone'), await device('laptop')];
    await enableOutbox(phone, 'phone');
    await enableOutbox(laptop, 'laptop');
    await phone.transaction('rw', MERGE_TABLES(phone), () =>
      mergeEvents(phone, backup, 'import.1'),
    );
    expect(await pendingCount(phone)).toBe(3);
    const server = `server-${n}`;
    const [a, b] = [sync(phone, 'phone', server), sync(laptop, 'laptop', server)];
    await a.settled();
    await b.settled();
    expect(await allEvents(laptop)).toEqual(backup);
    // The events came from the server: not the laptop's to send again.
    expect(await pendingCount(laptop)).toBe(0);
    const again = await laptop.transaction('rw', MERGE_TABLES(laptop), () =>
      mergeEvents(laptop, backup, 'import.2'),
    );
    expect(again.fresh).toEqual([]);
    expect((await stores(laptop)).cards).toEqual((await stores(phone)).cards);
  });

  it('a backup restored on both devices before they sync is still one copy of each event', async () => {
    const source = await device('old');
    await studyCard(source, 'de:x', [3, 3] as Grade[], T);
    await studyCard(source, 'de:y', [1] as Grade[], T);
    const backup = await allEvents(source);
    const [phone, laptop] = [await device('phone'), await device('laptop')];
    await enableOutbox(phone, 'phone');
    await enableOutbox(laptop, 'laptop');
    await studyCard(laptop, 'de:x', [2] as Grade[], T + 3 * 86_400_000);
    for (const [db, id] of [
      [phone, 'import.1'],
      [laptop, 'import.2'],
    ] as const)
      await db.transaction('rw', MERGE_TABLES(db), () => mergeEvents(db, backup, id));
    const server = `server-${n}`;
    const [a, b] = [sync(phone, 'phone', server), sync(laptop, 'laptop', server)];
    await a.settled();
    await b.settled();
    await a.settled();
    const [p, l] = [await stores(phone), await stores(laptop)];
    expect(p.events.map((e) => e.id)).toEqual([...new Set(p.events.map((e) => e.id))]);
    expect(p.events).toHaveLength(4);
    // Each device keeps its own import id (undoing an import is local); the events are one.
    const bare = (es: EventRow[]) => es.map(({ importId: _i, ...e }) => e);
    expect(bare(l.events)).toEqual(bare(p.events));
    expect(l.cards).toEqual(p.cards);
  });

  it('a fit made on one device reaches the other, and both replay the answers after it alike', async () => {
    const [phone, laptop] = [await device('phone'), await device('laptop')];
    await enableOutbox(phone, 'phone');
    await enableOutbox(laptop, 'laptop');
    await studyCard(phone, 'de:a', [3, 3] as Grade[], T);
    await studyCard(laptop, 'de:b', [3, 3] as Grade[], T);
    // The phone fits the weights; the laptop, not knowing it, answers after it by the clocks.
    const fit = await recordFit(phone, 'de', FITTED, REPORT, T + 5 * 86_400_000);
    await studyCard(phone, 'de:a', [3] as Grade[], T + 6 * 86_400_000);
    await studyCard(laptop, 'de:b', [3] as Grade[], T + 10 * 86_400_000);
    await studyCard(laptop, 'de:c', [3, 3] as Grade[], T + 11 * 86_400_000);
    const offline = await laptop.cards.orderBy('id').toArray();

    const server = `server-${n}`;
    const [a, b] = [sync(phone, 'phone', server), sync(laptop, 'laptop', server)];
    await a.settled();
    await b.settled();
    await a.settled();

    const [p, l] = [await stores(phone), await stores(laptop)];
    expect(p.params).toEqual([fit]);
    expect(l).toEqual(p);
    // The laptop's answers after the fit were replayed with the fitted weights ...
    const after = new Map(l.cards.map((c) => [c.id, c]));
    expect(after.get('de:b' as CardId)).not.toEqual(offline.find((c) => c.id === 'de:b'));
    expect(after.get('de:c' as CardId)).not.toEqual(offline.find((c) => c.id === 'de:c'));
    // ... and match a device that had the weights before it merged the whole log.
    const fresh = await device('fresh');
    await mergeParams(fresh, [fit]);
    await fresh.transaction('rw', MERGE_TABLES(fresh), () => mergeEvents(fresh, p.events));
    expect(await fresh.cards.orderBy('id').toArray()).toEqual(p.cards);
  });

  it('a weights row that does not read is skipped, and the same rows twice replay nothing', async () => {
    const db = await device('one');
    await studyCard(db, 'de:a', [3, 3] as Grade[], T);
    const row = {
      id: 'other.p1.x',
      course: 'de',
      seq: T + 1,
      at: T + 1,
      kind: 'fit',
      weights: FITTED,
    };
    const bad = [{ ...row, id: 'other.p2', weights: [1, 2] }, { ...row, course: 'xx' }, null];
    expect(await mergeSyncedParams(db, [row, ...bad])).toEqual({
      added: 1,
      replayed: 1,
      rejected: 3,
    });
    expect(await mergeSyncedParams(db, [row])).toEqual({ added: 0, replayed: 0, rejected: 0 });
    expect((await allParams(db)).map((r) => r.id)).toEqual(['other.p1.x']);
  });

  it('weights merged while a tab closes mid-replay: the replay resumes where it stopped', async () => {
    const db = await device('cut');
    // More cards than one replay page (500), all answered after the weights' seq.
    for (let c = 0; c < 620; c++) {
      await studyCard(db, `de:${String(c).padStart(4, '0')}`, [3, 3] as Grade[], T + c * 1000);
    }
    const row = {
      id: 'other.p1.cut',
      course: 'de',
      seq: T - 1,
      at: T - 1,
      kind: 'fit',
      weights: FITTED,
    };
    // The tab closes after the first page: the pause between pages never returns.
    const closed = new Error('tab closed');
    await expect(mergeSyncedParams(db, [row], () => Promise.reject(closed))).rejects.toThrow(
      'tab closed',
    );
    expect(await readParamsReplay(db)).toEqual({ from: { de: T - 1 }, after: 'de:0499' });
    // Start-up finishes it: every card as a device that had the weights before its answers.
    expect(await replayAfterParams(db)).toBe(120);
    expect(await readParamsReplay(db)).toBeNull();
    const ref = await device('ref');
    await mergeParams(ref, (await allParams(db)) as ParamsRow[]);
    const events = await allEvents(db);
    await ref.transaction('rw', MERGE_TABLES(ref), () => mergeEvents(ref, events));
    expect(await ref.cards.orderBy('id').toArray()).toEqual(await db.cards.orderBy('id').toArray());
    // And the weights really changed those states (the replay was not a no-op).
    const plain = await device('plain');
    await plain.transaction('rw', MERGE_TABLES(plain), () => mergeEvents(plain, events));
    expect(await plain.cards.get('de:0600' as CardId)).not.toEqual(
      await db.cards.get('de:0600' as CardId),
    );
  });

  it('a server holding another app’s documents is refused, and nothing local changes', async () => {
    const phone = await device('phone');
    await enableOutbox(phone, 'phone');
    await studyCard(phone, 'de:a', [3] as Grade[], T);
    const server = `foreign-${n}`;
    await new PouchDB(server).put({ _id: 'todo:1', title: 'milk' });
    const statuses: SyncStatus[] = [];
    const h = sync(phone, 'phone', server, statuses);
    await expect(h.settled()).rejects.toMatchObject({ code: 'FOREIGN' });
    expect(statuses.at(-1)).toEqual({ kind: 'error', code: 'FOREIGN', pending: 1 });
    expect(await allEvents(phone)).toHaveLength(1);
  });

  it('merging two devices’ events in any interleaving gives the same states', async () => {
    const a = await device('a');
    const events: EventRow[] = [];
    for (let c = 0; c < 4; c++)
      await studyCard(a, `de:${c}`, [3, 1, 3, 4].slice(0, 1 + (c % 4)) as Grade[], T + c * 1000);
    const b = await device('b');
    for (let c = 2; c < 6; c++) await studyCard(b, `de:${c}`, [2, 3] as Grade[], T + 500 + c);
    events.push(...(await allEvents(a)), ...(await allEvents(b)));
    const expected = await (async () => {
      const db = await device('ref');
      await db.transaction('rw', MERGE_TABLES(db), () => mergeEvents(db, events));
      return stores(db);
    })();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
        fc.array(fc.integer({ min: 1, max: events.length }), { minLength: 1, maxLength: 4 }),
        async (order, cuts) => {
          const db = openTriglotDb(`sync-prop-${n}-${run++}`);
          // Batches in arbitrary order and sizes, some delivered twice.
          let i = 0;
          for (const size of [...cuts, events.length]) {
            const part = order.slice(i, i + size);
            await db.transaction('rw', MERGE_TABLES(db), () =>
              mergeEvents(db, part, undefined, { fromSync: true }),
            );
            await db.transaction('rw', MERGE_TABLES(db), () =>
              mergeEvents(db, part, undefined, { fromSync: true }),
            );
            i += size;
          }
          const got = await stores(db);
          await db.delete();
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });
});
