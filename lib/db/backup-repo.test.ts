import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError, MAX_BACKUP_BYTES, parseBackup } from '@/lib/backup/format';
import type { ArticleBundle } from '@/lib/corpus/model';
import type { ArticleId, CardId } from '@/lib/corpus/types';
import { newCardState } from '@/lib/srs/card-state';
import { clearAll, dumpAll, exportBackup, importBackup, undoImport } from './backup-repo';
import { putArticle } from './content-repo';
import { allEvents } from './event-repo';
import { openTriglotDb, type TriglotDb } from './schema';
import { updateSettings } from './settings-repo';
import { studyCard } from './fixtures';

/** A backup whose first review has a date as text instead of a number. */
const WRONG_TYPES = JSON.stringify({
  app: 'triglot',
  version: 1,
  exportedAt: 1,
  settings: null,
  cards: [],
  reviews: [{ cardId: 'x', review: 'yesterday' }],
});

const T0 = new Date(2026, 10, 20, 9, 0).getTime();
const NOW = T0 + 30 * 86_400_000;

const study = (db: TriglotDb, id: string, grades: (1 | 2 | 3 | 4)[], start = T0) =>
  studyCard(db, id, grades, start);

let db: TriglotDb;
beforeEach(async () => {
  db = openTriglotDb('backup-test');
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** A version-3 backup whose second event is dated `at`. */
function timeFile(at: number): string {
  const base = { seq: 1, cardId: 'de:t', course: 'de', kind: 'reset' };
  return JSON.stringify({
    app: 'triglot',
    version: 3,
    exportedAt: T0,
    settings: null,
    events: [
      { ...base, id: 'r.1', at: T0 },
      { ...base, id: 'r.2', seq: 2, at },
    ],
    articles: [],
  });
}

describe('backup', () => {
  it('brings the learner’s own articles back, and leaves shipped ones to the app', async () => {
    const bbc = JSON.parse(
      readFileSync('public/data/articles/bbc-russia-syria.json', 'utf8'),
    ) as ArticleBundle;
    const mine: ArticleBundle = {
      ...bbc,
      article: { ...bbc.article, id: 'u-mine' as ArticleId },
    };
    await putArticle(db, mine, 'learner', 'v', T0);
    await putArticle(db, bbc, 'shipped', 'v', T0);
    await study(db, bbc.cards[0]!.id, [3]);
    const before = await dumpAll(db);
    const file = JSON.stringify(await exportBackup(db, T0));
    const parsed = parseBackup(file, file.length, NOW);
    expect(parsed.articles.map((a) => a.article.id)).toEqual(['u-mine']);
    await clearAll(db);
    // The app puts the shipped articles back at start-up.
    await putArticle(db, bbc, 'shipped', 'v', T0);
    await importBackup(db, parsed, NOW);
    const after = await dumpAll(db);
    expect(after.articles.filter((a) => a.origin === 'learner').map((a) => a.id)).toEqual([
      'u-mine',
    ]);
    const own = (rows: typeof before) => ({
      units: rows.units.filter((u) => u.article === 'u-mine'),
      content: rows.content.filter((c) => c.article === 'u-mine'),
      words: rows.words.filter((w) => w.article === 'u-mine'),
    });
    expect(own(after)).toEqual(own(before));
    expect(after.cards).toEqual(before.cards);
    expect(after.events.map(({ importId: _i, ...e }) => e)).toEqual(before.events);
  });

  it('reads a version-1 file, which has no articles', async () => {
    const v1 = JSON.stringify({
      app: 'triglot',
      version: 1,
      exportedAt: T0,
      settings: null,
      cards: [],
      reviews: [],
    });
    expect(parseBackup(v1, v1.length, NOW).articles).toEqual([]);
  });

  it('export, clear, import gives identical card states and log', async () => {
    await study(db, 'de:a', [3, 3, 3]);
    await study(db, 'de:b', [1, 3]);
    await updateSettings(db, { newPerDay: 7 });
    const before = await dumpAll(db);
    const file = JSON.stringify(await exportBackup(db, T0));
    await clearAll(db);
    expect((await dumpAll(db)).events).toHaveLength(0);
    await importBackup(db, parseBackup(file, file.length, NOW), NOW);
    const after = await dumpAll(db);
    expect(after.cards).toEqual(before.cards);
    expect(after.settings).toEqual(before.settings);
    expect(after.events.map(({ importId: _i, ...e }) => e)).toEqual(before.events);
  });

  it('importing the same backup twice changes nothing', async () => {
    await study(db, 'de:a', [3, 3]);
    const file = JSON.stringify(await exportBackup(db, T0));
    const first = await importBackup(db, parseBackup(file, file.length, NOW), NOW);
    expect(first.addedEvents).toBe(0);
    const before = await dumpAll(db);
    await importBackup(db, parseBackup(file, file.length, NOW), NOW + 1);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('merges another device’s answers and rebuilds the card from the merged log', async () => {
    // Device A studies a card; device B (a copy of A after the first answer) answers once more.
    await study(db, 'de:a', [3]);
    const shared = JSON.stringify(await exportBackup(db, T0));
    const other = openTriglotDb('backup-test-other');
    await importBackup(other, parseBackup(shared, shared.length, NOW), NOW);
    await study(other, 'de:a', [3], T0 + 2 * 86_400_000);
    const fromB = JSON.stringify(await exportBackup(other, T0));
    await other.delete();

    const result = await importBackup(db, parseBackup(fromB, fromB.length, NOW), NOW);
    expect(result.addedAnswers).toBe(1);
    const log = await allEvents(db);
    expect(log).toHaveLength(2);
    const card = (await db.cards.get('de:a' as CardId))!;
    expect(card.reps).toBe(2);
    expect(card.lastReview).toBe(Math.max(...log.map((r) => r.at)));
  });

  it('an import can be undone: its events leave and the cards are as before', async () => {
    await study(db, 'de:a', [3]);
    const before = await dumpAll(db);
    const other = openTriglotDb('backup-test-undo');
    await study(other, 'de:a', [1, 3], T0 + 3600_000);
    await study(other, 'de:z', [3]);
    const file = JSON.stringify(await exportBackup(other, T0));
    await other.delete();
    const result = await importBackup(db, parseBackup(file, file.length, NOW), NOW);
    expect(result.addedAnswers).toBe(3);
    expect(await undoImport(db, result.importId)).toBe(3);
    const after = await dumpAll(db);
    expect(after.events).toEqual(before.events);
    expect(after.cards.filter((c) => c.id === 'de:a')).toEqual(before.cards);
  });

  it('reads a version-2 file: answers and states become events, replayed to the same states', async () => {
    const state = {
      ...newCardState(T0),
      state: 'review' as const,
      reps: 2,
      due: T0 + 9e8,
      lastReview: T0,
    };
    const v2 = JSON.stringify({
      app: 'triglot',
      version: 2,
      exportedAt: T0 + 1000,
      settings: null,
      cards: [{ ...state, id: 'de:q', course: 'de', sibling: 's-q' }],
      reviews: [
        {
          cardId: 'de:q',
          course: 'de',
          sibling: 's-q',
          review: T0,
          grade: 3,
          stateBefore: newCardState(T0),
          stateAfter: 'review',
          elapsedDays: 0,
          durationMs: 1,
        },
      ],
      articles: [],
    });
    const result = await importBackup(db, parseBackup(v2, v2.length, NOW), NOW);
    expect(result.addedAnswers).toBe(1);
    expect(await db.cards.get('de:q' as CardId)).toMatchObject(state);
    // The same file again (or the same history converted by the database upgrade) adds nothing.
    expect((await importBackup(db, parseBackup(v2, v2.length, NOW), NOW)).addedEvents).toBe(0);
  });

  describe('rejects bad files with a clear message and leaves the database unchanged', () => {
    const cases: [string, string, string | number][] = [
      ['not JSON', 'this is { not json', 'NOT_JSON'],
      ['another app', JSON.stringify({ app: 'anki', version: 1 }), 'OTHER_APP'],
      ['an unknown version', JSON.stringify({ app: 'triglot', version: 99 }), 'UNKNOWN_VERSION'],
      ['no version', JSON.stringify({ app: 'triglot', events: [] }), 'NO_VERSION'],
      ['a version as text', JSON.stringify({ app: 'triglot', version: '1' }), 'INVALID'],
      ['a time in the year 3000', timeFile(Date.UTC(3000, 0, 1)), 'BAD_TIME'],
      ['a time of 1e20', timeFile(1e20), 'BAD_TIME'],
      ['a time before 2006', timeFile(Date.UTC(1999, 0, 1)), 'BAD_TIME'],
      [
        'missing fields',
        JSON.stringify({ app: 'triglot', version: 1, exportedAt: 1, settings: null, cards: [] }),
        'INVALID',
      ],
      ['wrong types', WRONG_TYPES, 'INVALID'],
    ];
    for (const [name, text, code] of cases) {
      it(name, async () => {
        await study(db, 'de:a', [3, 3]);
        const before = await dumpAll(db);
        let error: unknown;
        try {
          await importBackup(db, parseBackup(text, text.length, NOW), NOW);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(BackupError);
        expect((error as BackupError).code).toBe(code);
        expect((error as BackupError).message.length).toBeGreaterThan(10);
        expect(await dumpAll(db)).toEqual(before);
      });
    }

    it('a file over the limit says its size and the limit', () => {
      const e = (() => {
        try {
          parseBackup('{}', MAX_BACKUP_BYTES + 5_000_000);
        } catch (error) {
          return error as BackupError;
        }
      })();
      expect(e?.code).toBe('TOO_LARGE');
      expect(e?.params.sizeMb).toBeGreaterThan(MAX_BACKUP_BYTES / 1e6);
      expect(e?.params.limitMb).toBe(MAX_BACKUP_BYTES / 1e6);
    });

    it('names where a wrong type or a wrong time is', () => {
      expect(() => parseBackup(WRONG_TYPES)).toThrow(/reviews\[0\]/);
      const bad = timeFile(Date.UTC(3000, 0, 1));
      expect(() => parseBackup(bad, bad.length, NOW)).toThrow(/events\[1\]\.at/);
    });
  });
});
