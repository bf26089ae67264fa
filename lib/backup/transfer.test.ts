import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleBundle } from '@/lib/corpus/model';
import type { CardId } from '@/lib/corpus/types';
import { clearAll, dumpAll, exportBackup, recoverImport, undoImport } from '@/lib/db/backup-repo';
import { putArticle } from '@/lib/db/content-repo';
import { openTriglotDb, type TriglotDb } from '@/lib/db/schema';
import { updateSettings } from '@/lib/db/settings-repo';
import { mergeParams, recordFit } from '@/lib/db/params-repo';
import { mergeEvents, MERGE_TABLES, allEvents } from '@/lib/db/event-repo';
import { default_w } from 'ts-fsrs';
import { BackupError } from './format';
import { studyCard } from '@/lib/db/fixtures';
import { exportToBlob, importFromBlob } from './transfer';

const T0 = new Date(2026, 10, 20, 9, 0).getTime();
const NOW = T0 + 30 * 86_400_000;

const study = (db: TriglotDb, id: string, grades: (1 | 2 | 3 | 4)[], start = T0) =>
  studyCard(db, id, grades, start);

/** A shipped article re-labelled as the learner's own, its ids with it. */
const mine = JSON.parse(
  readFileSync('public/data/articles/bbc-russia-syria.json', 'utf8').replaceAll(
    'bbc-russia-syria',
    'u-mine',
  ),
) as ArticleBundle;

/**
 * The stores without what an import sets itself: its tag on events and weights, and an
 * article's added-at time and version (as a version-3 import sets them).
 */
async function comparable(db: TriglotDb) {
  const all = await dumpAll(db);
  return {
    ...all,
    events: all.events.map(({ importId: _i, ...e }) => e),
    params: all.params.map(({ importId: _i, ...p }) => p),
    articles: all.articles.map(({ addedAt: _a, version: _v, ...a }) => {
      const { seed: _s, ...rest } = a as typeof a & { seed?: unknown };
      return rest;
    }),
  };
}

async function failure(p: Promise<unknown>): Promise<BackupError> {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    return error as BackupError;
  }
  throw new Error('expected a BackupError');
}

let db: TriglotDb;
let other: TriglotDb;
beforeEach(async () => {
  db = openTriglotDb('transfer-test');
  other = openTriglotDb('transfer-test-other');
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
  await other.delete();
});

/** Weights unlike the defaults: other stabilities, first and after a recall. */
const FITTED = default_w.map((w, i) => (i < 4 ? w * 3 : i === 8 ? w * 1.5 : w));
const REPORT = {
  before: { logLoss: 0.4, rmse: 0.08 },
  after: { logLoss: 0.35, rmse: 0.05 },
  items: 900,
  heldOut: 100,
};

/** Device `other` with two cards studied, fitted weights and an article of its own, exported. */
async function otherDevice(): Promise<Blob> {
  await putArticle(other, mine, 'learner', 'v', T0);
  await study(other, mine.cards[0]!.id, [3, 3, 1]);
  await recordFit(other, 'de', FITTED, REPORT, T0 + 2.5 * 86_400_000);
  await study(other, 'de:b', [1, 3], T0 + 3 * 86_400_000);
  await updateSettings(other, { newPerDay: 7 });
  return (await exportToBlob(other, NOW, { batchSize: 2 })).blob;
}

describe('streamed backup', () => {
  it('export, clear, import gives identical stores, reporting progress', async () => {
    await putArticle(db, mine, 'learner', 'v', T0);
    await study(db, mine.cards[0]!.id, [3, 3, 3]);
    await study(db, 'de:b', [1, 3]);
    await updateSettings(db, { newPerDay: 7 });
    const before = await comparable(db);
    const progress: string[] = [];
    const out = await exportToBlob(db, NOW, {
      batchSize: 2,
      onProgress: (stage, done, total) => progress.push(`${stage} ${done}/${total}`),
    });
    // Progress counts cards (two here), a page of cards at a time.
    expect(progress).toEqual(['export 0/2', 'export 1/2', 'export 2/2']);
    expect(out).toMatchObject({ events: 5, answers: 5, cards: 2, articles: 1 });
    const text = await out.blob.text();
    expect(text.split('\n')).toHaveLength(1 + 1 + 5 + 1);
    expect(JSON.parse(text.slice(0, text.indexOf('\n')))).toMatchObject({
      app: 'triglot',
      version: 4,
      counts: { articles: 1, events: 5 },
    });

    await clearAll(db);
    const stages = new Set<string>();
    const result = await importFromBlob(db, out.blob, NOW, {
      batchSize: 2,
      onProgress: (stage) => stages.add(stage),
    });
    expect([...stages]).toEqual(['check', 'write']);
    expect(result).toMatchObject({ format: 'stream', addedEvents: 5, addedAnswers: 5 });
    const after = await comparable(db);
    expect(after).toEqual(before);
  });

  it('merges another device’s answers into a larger library: the card is as that device has it', async () => {
    await study(db, 'de:a', [3]);
    await study(db, 'de:b', [3, 1]);
    await study(db, 'de:c', [4]);
    await importFromBlob(other, (await exportToBlob(db, NOW)).blob, NOW);
    await study(other, 'de:a', [1, 3], T0 + 2 * 86_400_000);
    const result = await importFromBlob(db, (await exportToBlob(other, NOW)).blob, NOW);
    // One card of three touched: replayed card by card, not by a range of the log.
    expect(result).toMatchObject({ addedAnswers: 2, rebuiltCards: 1 });
    expect(await db.cards.get('de:a' as CardId)).toEqual(await other.cards.get('de:a' as CardId));
  });

  it('the same file twice adds nothing', async () => {
    const file = await otherDevice();
    await importFromBlob(db, file, NOW, { batchSize: 2 });
    const before = await dumpAll(db);
    const again = await importFromBlob(db, file, NOW + 1, { batchSize: 2 });
    expect(again).toMatchObject({ addedEvents: 0, addedArticles: 0 });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('a bad line is named, and nothing is written', async () => {
    await study(db, 'de:a', [3]);
    const before = await dumpAll(db);
    const lines = (await (await otherDevice()).text()).split('\n');
    lines[4] = lines[4]!.replace('"course":"de"', '"course":"fr"');
    const e = await failure(importFromBlob(db, new Blob([lines.join('\n')]), NOW));
    expect(e.code).toBe('INVALID');
    expect(e.params).toEqual({ line: 5, where: 'event.course' });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('merges many cards a chunk at a time, into an empty store and among other cards alike', async () => {
    // 60 cards in one file: both ways of reading a chunk's logs (one range, a get per card).
    for (let i = 0; i < 60; i++) await study(db, `de:m:${String(i).padStart(2, '0')}`, [3, 1]);
    const file = (await exportToBlob(db, NOW)).blob;
    const want = await comparable(db);
    await clearAll(db);
    await importFromBlob(db, file, NOW, { batchSize: 50 });
    expect(await comparable(db)).toEqual(want);
    // Among 400 other cards whose ids sort between these.
    await clearAll(db);
    for (let i = 0; i < 400; i++)
      await study(db, `de:m:${String(i % 60).padStart(2, '0')}x${i}`, [3]);
    const others = await comparable(db);
    await importFromBlob(db, file, NOW, { batchSize: 50 });
    const both = await comparable(db);
    expect(both.events).toHaveLength(others.events.length + want.events.length);
    expect(both.cards).toEqual(
      [...others.cards, ...want.cards].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
  });

  it('a quota failure mid-import takes back what was written: the stores are as before', async () => {
    await study(db, 'de:a', [3]);
    const before = await dumpAll(db);
    const file = await otherDevice();
    const real = db.logs.bulkPut.bind(db.logs);
    let calls = 0;
    vi.spyOn(db.logs, 'bulkPut').mockImplementation(((rows: never) => {
      if (++calls === 2) {
        const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return Promise.reject(
          Object.assign(new Error('AbortError'), { name: 'AbortError', inner: quota }),
        );
      }
      return real(rows);
    }) as typeof db.logs.bulkPut);
    const e = await failure(importFromBlob(db, file, NOW, { batchSize: 2 }));
    expect(e.code).toBe('QUOTA');
    expect(calls).toBe(2);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('a repeated line adds nothing and is reported with its line, not as a storage failure', async () => {
    const lines = (await (await otherDevice()).text()).split('\n');
    // The same answer twice, once in the same batch and once in a later one.
    lines.splice(4, 0, lines[3]!);
    lines.push(lines[3]!);
    const header = JSON.parse(lines[0]!) as { counts: { events: number } };
    header.counts.events += 2;
    lines[0] = JSON.stringify(header);
    const text = lines.filter(Boolean).join('\n') + '\n';
    const result = await importFromBlob(db, new Blob([text]), NOW, { batchSize: 3 });
    expect(result).toMatchObject({ format: 'stream', addedEvents: 5 });
    if (result.format !== 'stream') throw new Error('stream expected');
    expect(result.repeated).toEqual({ count: 2, firstLine: 5 });
  });

  it('cancel takes back what was written', async () => {
    await study(db, 'de:a', [3]);
    const before = await dumpAll(db);
    const file = await otherDevice();
    const abort = new AbortController();
    const e = await failure(
      importFromBlob(db, file, NOW, {
        batchSize: 2,
        signal: abort.signal,
        onProgress: (stage, done) => {
          if (stage === 'write' && done >= 2) abort.abort();
        },
      }),
    );
    expect(e.code).toBe('CANCELLED');
    expect(await dumpAll(db)).toEqual(before);
  });

  it('an import cut off by a closed tab is taken back by the next job', async () => {
    await study(db, 'de:a', [3]);
    const before = await dumpAll(db);
    const file = await otherDevice();
    const real = db.logs.bulkPut.bind(db.logs);
    let calls = 0;
    // The second batch is written and then the job never goes on, as if the tab died
    // there (a tab that dies inside a transaction leaves nothing of it: IndexedDB aborts it).
    vi.spyOn(db.logs, 'bulkPut').mockImplementation(((rows: never) =>
      ++calls === 2
        ? real(rows).then(() => new Promise(() => {}))
        : real(rows)) as typeof db.logs.bulkPut);
    void importFromBlob(db, file, NOW, { batchSize: 2 });
    await vi.waitFor(() => expect(calls).toBe(2));
    vi.restoreAllMocks();
    db.close();
    db = openTriglotDb('transfer-test');
    expect(await recoverImport(db)).toMatch(/^import\./);
    expect(await dumpAll(db)).toEqual(before);
    expect(await recoverImport(db)).toBeNull();
  });

  it('the weights log travels: export, clear, import gives the same weights and states', async () => {
    await study(db, 'de:a', [3, 3]);
    const fit = await recordFit(db, 'de', FITTED, REPORT, T0 + 5 * 86_400_000);
    await study(db, 'de:a', [3], T0 + 6 * 86_400_000);
    await study(db, 'de:b', [3, 3], T0 + 7 * 86_400_000);
    const before = await comparable(db);
    const out = await exportToBlob(db, NOW);
    expect(out).toMatchObject({ events: 5, params: 1 });
    const lines = (await out.blob.text()).split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ counts: { articles: 0, params: 1, events: 5 } });
    // The weights come before the events they scheduled.
    expect(JSON.parse(lines[1]!)).toEqual({ params: fit });
    await clearAll(db);
    expect(await db.params.count()).toBe(0);
    await importFromBlob(db, out.blob, NOW);
    expect(await comparable(db)).toEqual(before);
  });

  it('weights from a file replay this device’s answers after them; undoing the import takes them back', async () => {
    const file = await otherDevice();
    // This device answered after the other's fit (by the clocks), with the defaults.
    await study(db, 'de:c', [3, 3, 3], T0 + 4 * 86_400_000);
    const before = await dumpAll(db);
    const result = await importFromBlob(db, file, NOW);
    expect(await db.params.toArray()).toEqual(
      (await other.params.toArray()).map((p) => ({ ...p, importId: result.importId })),
    );
    // The same states as a device that had the weights before it merged both logs.
    const ref = openTriglotDb('transfer-test-ref');
    try {
      await putArticle(ref, mine, 'learner', 'v', T0);
      await mergeParams(ref, await other.params.toArray());
      const all = [...(await allEvents(other)), ...(await allEvents(db))];
      await ref.transaction('rw', MERGE_TABLES(ref), () => mergeEvents(ref, all));
      expect(await db.cards.orderBy('id').toArray()).toEqual(
        await ref.cards.orderBy('id').toArray(),
      );
      expect(await db.cards.get('de:c' as CardId)).not.toEqual(
        before.cards.find((c) => c.id === 'de:c'),
      );
    } finally {
      await ref.delete();
    }
    // As the Data panel undoes it: by the import's id and the articles it added.
    await undoImport(db, result.importId, {
      articles: result.format === 'stream' ? result.addedArticleIds : [],
      settings: true,
    });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('version 1 to 3 files still import', async () => {
    await study(other, 'de:a', [3, 3]);
    const v3 = JSON.stringify(await exportBackup(other, T0));
    expect((await importFromBlob(db, new Blob([v3]), NOW)).addedAnswers).toBe(2);
    const v1 = JSON.stringify({
      app: 'triglot',
      version: 1,
      exportedAt: T0,
      settings: null,
      cards: [],
      reviews: [],
    });
    expect(await importFromBlob(db, new Blob([v1]), NOW)).toMatchObject({
      format: 'document',
      addedEvents: 0,
    });
    const e = await failure(importFromBlob(db, new Blob(['{"app":"triglot","version":"1"}']), NOW));
    expect(e.code).toBe('INVALID');
  });
});
