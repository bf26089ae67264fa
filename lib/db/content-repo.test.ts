import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleBundle } from '@/lib/corpus/model';
import type { ArticleId, CardId } from '@/lib/corpus/types';
import type { EventId } from '@/lib/srs/events';
import { testCardRow } from './fixtures';
import { saveAnswer } from './study-repo';
import {
  cardsInRankOrder,
  courseCardPages,
  deleteArticle,
  findArticleByTexts,
  getCards,
  librarySummary,
  putArticle,
  queryCards,
  indexTerms,
  searchTerms,
  syncShippedArticles,
} from './content-repo';
import { eventCount } from './fixtures';
import { allEvents } from './event-repo';
import { openTriglotDb, type TriglotDb } from './schema';

const bbc = JSON.parse(
  readFileSync('public/data/articles/bbc-russia-syria.json', 'utf8'),
) as ArticleBundle;
const cnn = JSON.parse(
  readFileSync('public/data/articles/cnn-russia-syria.json', 'utf8'),
) as ArticleBundle;
const NOW = Date.UTC(2026, 11, 1);

let db: TriglotDb;
beforeEach(async () => {
  db = openTriglotDb('content-repo-test');
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('putArticle', () => {
  it('stores each unit once and gives back cards joined with their sentence and hints', async () => {
    await putArticle(db, bbc, 'shipped', 'v1', NOW);
    expect(await db.units.count()).toBe(bbc.article.units.length);
    expect(await db.content.count()).toBe(bbc.cards.length);
    const cloze = bbc.cards.find((c) => c.kind === 'cloze' && c.lang === 'de')!;
    const [card] = await getCards(db, [cloze.id]);
    const unit = bbc.article.units.find((u) => u.id === cloze.unit)!;
    expect(card?.text).toBe(unit.text.de);
    expect(card?.hints).toEqual({ it: unit.text.it, en: unit.text.en });
    expect(card?.kind === 'cloze' && card.cloze.answer).toBe(
      cloze.kind === 'cloze' && cloze.cloze.answer,
    );
  });

  it('is all or nothing: a failing write leaves no half-added article', async () => {
    const broken = {
      ...bbc,
      // An undefined key makes IndexedDB refuse the content rows after the units were queued.
      cards: [...bbc.cards, { ...bbc.cards[0]!, id: undefined as unknown as CardId }],
    };
    await expect(putArticle(db, broken, 'learner', 'v1', NOW)).rejects.toThrow();
    expect(await db.articles.count()).toBe(0);
    expect(await db.units.count()).toBe(0);
    expect(await db.content.count()).toBe(0);
  });

  it('replacing an article keeps the progress of its unchanged cards and drops removed ones', async () => {
    await putArticle(db, bbc, 'learner', 'v1', NOW);
    const kept = bbc.cards[0]!;
    await db.cards.put({
      ...testCardRow({ id: kept.id, course: kept.lang, sibling: kept.sibling }, {}, NOW),
      reps: 4,
    });
    const dropped = bbc.cards.filter((c) => c.unit === bbc.article.units[1]!.id);
    const edited: ArticleBundle = {
      ...bbc,
      article: { ...bbc.article, units: bbc.article.units.filter((_, i) => i !== 1) },
      cards: bbc.cards.filter((c) => c.unit !== bbc.article.units[1]!.id),
    };
    await putArticle(db, edited, 'learner', 'v2', NOW + 1);
    expect(await db.content.count()).toBe(bbc.cards.length - dropped.length);
    expect((await getCards(db, [dropped[0]!.id]))[0]).toBeUndefined();
    expect((await db.cards.get(kept.id))?.reps).toBe(4);
    expect((await db.articles.get(bbc.article.id))?.addedAt).toBe(NOW);
  });

  it('recognises the same texts whatever their whitespace', async () => {
    await putArticle(db, bbc, 'learner', 'v1', NOW);
    const spaced = Object.fromEntries(
      Object.entries(bbc.texts).map(([l, t]) => [l, `  ${t!.replace(/ /g, '  ')}\n`]),
    );
    expect((await findArticleByTexts(db, spaced))?.id).toBe(bbc.article.id);
    expect(await findArticleByTexts(db, { de: 'Ein anderer Text.' })).toBeUndefined();
  });
});

describe('deleteArticle', () => {
  async function withProgress() {
    await putArticle(db, bbc, 'learner', 'v1', NOW);
    await putArticle(db, cnn, 'shipped', 'v1', NOW);
    const mine = bbc.cards[0]!;
    const other = cnn.cards[0]!;
    for (const c of [mine, other]) {
      await saveAnswer(db, {
        id: `an.${c.id}` as EventId,
        cardId: c.id,
        course: c.lang,
        sibling: c.sibling,
        review: NOW,
        grade: 3,
        durationMs: 1,
        from: 'new',
      });
    }
    return { mine, other };
  }

  it('keeps the review history unless asked to remove it', async () => {
    const { mine } = await withProgress();
    await deleteArticle(db, bbc.article.id, { history: false });
    expect(await db.articles.get(bbc.article.id)).toBeUndefined();
    expect(await db.content.where('article').equals(bbc.article.id).count()).toBe(0);
    expect(await db.cards.get(mine.id)).toBeDefined();
    expect(await eventCount(db)).toBe(2);
  });

  it('with history, removes exactly that article’s schedule and log', async () => {
    const { mine, other } = await withProgress();
    await deleteArticle(db, bbc.article.id, { history: true });
    expect(await db.cards.get(mine.id)).toBeUndefined();
    expect(await db.cards.get(other.id)).toBeDefined();
    expect((await allEvents(db)).map((r) => r.cardId)).toEqual([other.id]);
    expect(await db.content.count()).toBe(cnn.cards.length);
  });
});

describe('syncShippedArticles', () => {
  it('imports once, again when a version changes, and drops an article no longer shipped', async () => {
    const loads: string[] = [];
    const load = async (id: ArticleId) => {
      loads.push(id);
      return id === bbc.article.id ? bbc : cnn;
    };
    const both = [
      { id: bbc.article.id, version: 'a' },
      { id: cnn.article.id, version: 'a' },
    ];
    expect(await syncShippedArticles(db, both, load, NOW)).toBe(2);
    expect(await syncShippedArticles(db, both, load, NOW)).toBe(0);
    expect(await syncShippedArticles(db, [{ id: bbc.article.id, version: 'b' }], load, NOW)).toBe(
      1,
    );
    expect(loads).toEqual([bbc.article.id, cnn.article.id, bbc.article.id]);
    expect((await db.articles.toArray()).map((a) => a.id)).toEqual([bbc.article.id]);
  });
});

describe('reading content through indexes', () => {
  beforeEach(async () => {
    await putArticle(db, bbc, 'shipped', 'v1', NOW);
    await putArticle(db, cnn, 'shipped', 'v1', NOW);
  });

  it('walks a course in new-card order, a page at a time', async () => {
    const expected = [...bbc.cards, ...cnn.cards]
      .filter((c) => c.lang === 'it')
      .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1))
      .map((c) => c.id);
    const seen: CardId[] = [];
    let after = null;
    for (;;) {
      const page = await cardsInRankOrder(db, 'it', after, 37);
      if (page.length === 0) break;
      seen.push(...page.map((p) => p.id));
      after = page[page.length - 1]!;
    }
    expect(seen).toEqual(expected);
    const paged: CardId[] = [];
    for await (const page of courseCardPages(db, 'it', 100)) paged.push(...page.map((c) => c.id));
    expect(paged).toEqual(expected);
  });

  it('pages a course in new-card order, of one kind or all, from its keys', async () => {
    const ranked = [...bbc.cards, ...cnn.cards]
      .filter((c) => c.lang === 'de')
      .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
    const first = await queryCards(db, { lang: 'de', offset: 0, limit: 50 });
    expect(first.cards.map((c) => c.id)).toEqual(ranked.slice(0, 50).map((c) => c.id));
    expect(first.cards[0]!.text).toBeTruthy();
    expect(first.more).toBe(true);
    const produce = ranked.filter((c) => c.kind === 'produce').map((c) => c.id);
    const second = await queryCards(db, { lang: 'de', kind: 'produce', offset: 20, limit: 30 });
    expect(second.cards.map((c) => c.id)).toEqual(produce.slice(20, 50));
    const all = await queryCards(db, { lang: 'de', kind: 'produce', offset: 0, limit: 10_000 });
    expect(all.cards.map((c) => c.id)).toEqual(produce);
    expect(all.more).toBe(false);
  });

  it('finds cards by accent- and case-blind word prefixes, a page at a time', async () => {
    const all = await queryCards(db, { lang: 'de', search: 'russl', offset: 0, limit: 1000 });
    expect(all.cards.length).toBeGreaterThan(5);
    expect(all.cards.every((c) => /russland/i.test(c.text))).toBe(true);
    const first = await queryCards(db, { lang: 'de', search: 'RUSSL', offset: 0, limit: 3 });
    expect(first.cards.map((c) => c.id)).toEqual(all.cards.slice(0, 3).map((c) => c.id));
    expect(first.more).toBe(true);
    const both = await queryCards(db, {
      lang: 'de',
      search: 'russl assad',
      offset: 0,
      limit: 1000,
    });
    expect(both.cards.every((c) => /russland/i.test(c.text) && /assad/i.test(c.text))).toBe(true);
    expect(both.cards.length).toBeLessThan(all.cards.length);
    // Umlauts typed without their dots still find the word.
    const dotless = await queryCards(db, { lang: 'de', search: 'prasident', offset: 0, limit: 50 });
    expect(dotless.cards.length).toBeGreaterThan(0);
    expect(dotless.cards.every((c) => /präsident/i.test(c.text))).toBe(true);
    const folded = await queryCards(db, { lang: 'it', search: 'citta', offset: 0, limit: 5 });
    expect(folded.cards.every((c) => /città/i.test(c.text))).toBe(true);
  });

  it('sums every article per course', async () => {
    const de = (await librarySummary(db)).find((c) => c.lang === 'de')!;
    expect(de.cards).toBe([...bbc.cards, ...cnn.cards].filter((c) => c.lang === 'de').length);
  });

  it('search terms fold accents, case and ß', () => {
    expect(searchTerms('Die Straße in Città, STRASSE')).toEqual(['die', 'strasse', 'in', 'citta']);
    // Indexed within the course, and also as learners type umlauts without dots.
    expect(indexTerms('Mädchen', 'de')).toEqual(['de|maedchen', 'de|madchen']);
  });
});
