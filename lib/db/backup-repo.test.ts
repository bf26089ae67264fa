import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError, MAX_BACKUP_BYTES, parseBackup } from '@/lib/backup/format';
import type { ArticleBundle } from '@/lib/corpus/model';
import type { ArticleId, CardId } from '@/lib/corpus/types';
import { newCardState, type CardState } from '@/lib/srs/card-state';
import { defaultSettings } from '@/lib/srs/params';
import { createScheduler } from '@/lib/srs/scheduler';
import { clearAll, dumpAll, exportBackup, importBackup } from './backup-repo';
import { putArticle } from './content-repo';
import { openTriglotDb, type TriglotDb } from './schema';
import { updateSettings } from './settings-repo';
import { saveAnswer } from './study-repo';

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
const scheduler = createScheduler(defaultSettings);

/** Answers a card `grades.length` times, a day apart, through the real write path. */
async function study(db: TriglotDb, id: string, grades: (1 | 2 | 3 | 4)[], start = T0) {
  let state: CardState = (await db.cards.get(id as CardId)) ?? newCardState(start);
  let at = start;
  for (const g of grades) {
    const { state: after, log } = scheduler.answer(state, g, at, {
      cardId: id as CardId,
      durationMs: 3000,
    });
    await saveAnswer(db, { ...log, course: 'de', sibling: `s-${id}`, after });
    state = after;
    at = Math.max(at + 86_400_000, after.due);
  }
}

let db: TriglotDb;
beforeEach(async () => {
  db = openTriglotDb('backup-test');
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

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
    const parsed = parseBackup(file);
    expect(parsed.articles.map((a) => a.article.id)).toEqual(['u-mine']);
    await clearAll(db);
    await importBackup(db, parsed);
    const after = await dumpAll(db);
    expect(after.articles.map((a) => a.id)).toEqual(['u-mine']);
    const own = (rows: typeof before) => ({
      units: rows.units.filter((u) => u.article === 'u-mine'),
      content: rows.content.filter((c) => c.article === 'u-mine'),
      words: rows.words.filter((w) => w.article === 'u-mine'),
    });
    expect(own(after)).toEqual(own(before));
    expect(after.reviews).toEqual(before.reviews);
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
    expect(parseBackup(v1).articles).toEqual([]);
  });

  it('export, clear, import gives identical card states and log', async () => {
    await study(db, 'de:a', [3, 3, 3]);
    await study(db, 'de:b', [1, 3]);
    await updateSettings(db, { newPerDay: 7 });
    const before = await dumpAll(db);
    const file = JSON.stringify(await exportBackup(db, T0));
    await clearAll(db);
    expect((await dumpAll(db)).reviews).toHaveLength(0);
    await importBackup(db, parseBackup(file));
    expect(await dumpAll(db)).toEqual(before);
  });

  it('importing the same backup twice changes nothing', async () => {
    await study(db, 'de:a', [3, 3]);
    const file = JSON.stringify(await exportBackup(db, T0));
    const first = await importBackup(db, parseBackup(file));
    expect(first.addedReviews).toBe(0);
    const before = await dumpAll(db);
    await importBackup(db, parseBackup(file));
    expect(await dumpAll(db)).toEqual(before);
  });

  it('merges another device’s reviews and rebuilds the card from the merged log', async () => {
    // Device A studies a card twice; device B (a copy of A after the first answer) answers once more.
    await study(db, 'de:a', [3]);
    const shared = JSON.stringify(await exportBackup(db, T0));
    const other = openTriglotDb('backup-test-other');
    await importBackup(other, parseBackup(shared));
    const bState = (await other.cards.get('de:a' as CardId))!;
    await study(other, 'de:a', [3], bState.due);
    const fromB = JSON.stringify(await exportBackup(other, T0));
    await other.delete();

    const result = await importBackup(db, parseBackup(fromB));
    expect(result.addedReviews).toBe(1);
    const log = await db.reviews.toArray();
    expect(log).toHaveLength(2);
    const card = (await db.cards.get('de:a' as CardId))!;
    expect(card.reps).toBe(2);
    expect(card.lastReview).toBe(Math.max(...log.map((r) => r.review)));
  });

  describe('rejects bad files with a clear message and leaves the database unchanged', () => {
    const cases: [string, string, string | number][] = [
      ['not JSON', 'this is { not json', 'NOT_JSON'],
      ['another app', JSON.stringify({ app: 'anki', version: 1 }), 'OTHER_APP'],
      ['an unknown version', JSON.stringify({ app: 'triglot', version: 99 }), 'UNKNOWN_VERSION'],
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
          await importBackup(db, parseBackup(text));
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(BackupError);
        expect((error as BackupError).code).toBe(code);
        expect((error as BackupError).message.length).toBeGreaterThan(10);
        expect(await dumpAll(db)).toEqual(before);
      });
    }

    it('a 100 MB file', () => {
      expect(() => parseBackup('{}', 100 * 1024 * 1024)).toThrow(BackupError);
      expect(() => parseBackup('{}', MAX_BACKUP_BYTES + 1)).toThrow(/MB/);
    });

    it('names where a wrong type is', () => {
      const text = WRONG_TYPES;
      expect(() => parseBackup(text)).toThrow(/reviews\[0\]/);
    });
  });
});
