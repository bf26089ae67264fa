import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS_FORMAT, type CardContent, type CardKind, type Unit } from '@/lib/corpus/model';
import type { ArticleId, CardId, Lang, UnitId } from '@/lib/corpus/types';
import { browseCard, browseCards, browseCount, watchCourse, type BrowseQuery } from './browse-repo';
import { putArticle } from './content-repo';
import { testCardRow } from './fixtures';
import { openTriglotDb, type CardRow, type TriglotDb } from './schema';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();
const KINDS: readonly CardKind[] = ['understand', 'produce', 'understand'];
const HIT: Readonly<Record<Lang, string>> = {
  de: 'Die Straße nach Damaskus ist gesperrt',
  it: 'Perché la città è chiusa',
  en: 'The road to Damascus is closed',
};

/**
 * An article of `units` sentences, three cards each in German (ranked in id order)
 * and, for the first two sentences, in Italian. Every fifth sentence has the words
 * searched for, and a marker word naming which one it is (zahla, zahlb, …).
 */
function article(id: string, units: number, from = 0) {
  const article = id as ArticleId;
  const unitRows: Unit[] = Array.from({ length: units }, (_, u) => {
    const hit = u % 5 === 0 ? ` zahl${String.fromCharCode(97 + u / 5)}` : '';
    const text = (l: Lang) => (hit ? `${HIT[l]}${hit}.` : `Satz ${l}.`);
    return {
      id: `${id}:u${u}` as UnitId,
      index: u,
      kind: 'sentence',
      text: { de: text('de'), it: text('it'), en: text('en') },
      score: 1,
    };
  });
  const cards: CardContent[] = unitRows.flatMap((unit, u) =>
    (['de', 'it'] as const).flatMap((lang) =>
      lang === 'it' && u >= 2
        ? []
        : KINDS.map((kind, k) => {
            const i = from + u * 3 + k;
            return {
              id: `${lang}:${id}:${kind}:${String(i).padStart(4, '0')}` as CardId,
              lang,
              article,
              unit: unit.id,
              sibling: `${lang}:${unit.id}`,
              rank: i,
              kind: kind as 'understand',
            };
          }),
    ),
  );
  return {
    format: CORPUS_FORMAT,
    article: {
      id: article,
      title: { de: id, it: id, en: id },
      outlet: 'Test',
      original: null,
      madeForTriglot: [],
      license: 'test',
      attribution: 'test',
      format: CORPUS_FORMAT,
      pairs: [],
      units: unitRows,
    },
    texts: {},
    cards,
    words: [],
  } as const;
}

// 60 German cards in 20 sentences; the hits are sentences 0, 5, 10, 15.
const news = article('news', 20);
const de = news.cards.filter((c) => c.lang === 'de');
const it_ = news.cards.filter((c) => c.lang === 'it');
const hitUnits = [0, 5, 10, 15];
const hits = (pred: (u: number) => boolean = () => true) =>
  de.filter((_, i) => hitUnits.includes(Math.floor(i / 3)) && pred(Math.floor(i / 3)));

function row(c: CardContent, over: Partial<CardRow>): CardRow {
  return { ...testCardRow({ id: c.id, course: c.lang, sibling: c.sibling }, {}, NOW), ...over };
}

const ids = (items: { card: { id: CardId } }[]) => items.map((x) => x.card.id);
const page = (q: Partial<BrowseQuery>) => browseCards(db, { course: 'de', limit: 50, ...q });

let db: TriglotDb;
beforeEach(async () => {
  db = openTriglotDb('browse-repo-test');
  await db.open();
  await putArticle(db, news, 'shipped', 'v1', NOW);
});
afterEach(async () => {
  await db.delete();
});

describe('browseCards', () => {
  it('pages the course in rank order, the first limit cards, saying whether more match', async () => {
    const first = await page({ limit: 25 });
    expect(ids(first.items)).toEqual(de.slice(0, 25).map((c) => c.id));
    expect(first.more).toBe(true);
    const all = await page({ limit: 60 });
    expect(all.items).toHaveLength(60);
    expect(all.more).toBe(false);
    expect(all.items[0]!.card.text).toBeTruthy();
  });

  it('filters by kind and joins each card with its row', async () => {
    await db.cards.put(row(de[1]!, { state: 'review', reps: 3 }));
    const produce = await page({ kind: 'produce' });
    expect(ids(produce.items)).toEqual(de.filter((c) => c.kind === 'produce').map((c) => c.id));
    expect(produce.items[0]!.row?.reps).toBe(3);
  });

  it('finds a card by accent- and case-blind word prefixes, all words, in the course only', async () => {
    // In the term index's order: by id within a term.
    const hit = hits()
      .map((c) => c.id)
      .sort();
    expect(ids((await page({ search: 'STRASSE' })).items)).toEqual(hit);
    expect(ids((await page({ search: 'damas stra' })).items)).toEqual(hit);
    expect(ids((await page({ search: 'damas zahlc' })).items).sort()).toEqual(
      de
        .slice(30, 33)
        .map((c) => c.id)
        .sort(),
    );
    expect((await page({ search: 'damas zahlx' })).items).toEqual([]);
    const italian = await browseCards(db, { course: 'it', search: 'perche citta', limit: 50 });
    expect(ids(italian.items).sort()).toEqual(
      it_
        .slice(0, 3)
        .map((c) => c.id)
        .sort(),
    );
    const limited = await page({ search: 'damaskus', limit: 2 });
    expect(limited.items).toHaveLength(2);
    expect(limited.more).toBe(true);
  });

  it('lists a met state from its index, leaving suspended cards to their own filter', async () => {
    await db.cards.bulkPut([
      row(de[3]!, { state: 'learning' }),
      row(de[5]!, { state: 'learning', suspended: true }),
      row(de[7]!, { state: 'review' }),
      row(de[9]!, { state: 'new', suspended: true }),
    ]);
    expect(ids((await page({ state: 'learning' })).items)).toEqual([de[3]!.id]);
    expect(ids((await page({ state: 'review' })).items)).toEqual([de[7]!.id]);
    expect(ids((await page({ state: 'suspended' })).items).sort()).toEqual(
      [de[5]!.id, de[9]!.id].sort(),
    );
    expect((await page({ state: 'relearning' })).items).toEqual([]);
  });

  it('counts as new the cards without a row and those put back to new, not met or suspended ones', async () => {
    await db.cards.bulkPut([
      row(de[0]!, { state: 'review' }),
      row(de[1]!, { state: 'new' }),
      row(de[2]!, { state: 'new', suspended: true }),
    ]);
    const fresh = await page({ state: 'new', limit: 3 });
    expect(ids(fresh.items)).toEqual([de[1]!.id, de[3]!.id, de[4]!.id]);
    expect(fresh.more).toBe(true);
    const searched = await page({ state: 'new', search: 'damaskus' });
    expect(ids(searched.items)).toEqual(
      hits()
        .filter((c) => ![de[0]!.id, de[2]!.id].includes(c.id))
        .map((c) => c.id)
        .sort(),
    );
  });

  it('walks past thousands of met cards by key to the first new ones', async () => {
    const more = article('more', 400, 60);
    await putArticle(db, more, 'shipped', 'v1', NOW);
    const all = [...de, ...more.cards.filter((c) => c.lang === 'de')];
    await db.cards.bulkPut(all.slice(0, 1100).map((c) => row(c, { state: 'review' })));
    const fresh = await page({ state: 'new', kind: 'understand', limit: 3 });
    const expected = all
      .slice(1100)
      .filter((c) => c.kind === 'understand')
      .map((c) => c.id);
    expect(ids(fresh.items)).toEqual(expected.slice(0, 3));
    expect(fresh.more).toBe(true);
    const rest = await page({ state: 'new', kind: 'understand', limit: 500 });
    expect(ids(rest.items)).toEqual(expected);
    expect(rest.more).toBe(false);

    // Suspended cards are found among the met rows, read in chunks past the first.
    const far = [all[40]!, all[1050]!];
    await db.cards.bulkPut(far.map((c) => row(c, { state: 'review', suspended: true })));
    expect(ids((await page({ state: 'suspended' })).items).sort()).toEqual(
      far.map((c) => c.id).sort(),
    );
    expect(await browseCount(db, { course: 'de', state: 'review' })).toBe(1098);
    expect(await browseCount(db, { course: 'de', state: 'suspended' })).toBe(2);
  });

  it('searches within the course, walks the rarest word, and ends at once on a word nobody has', async () => {
    await putArticle(db, article('more', 400, 60), 'shipped', 'v1', NOW);
    // "satz" is in over a thousand German cards and six Italian ones: the index is per
    // course, so the Italian search never reads a German row.
    const italian = (limit: number) => browseCards(db, { course: 'it', search: 'satz', limit });
    const first = await italian(1);
    expect(first.items.map((x) => x.card.lang)).toEqual(['it']);
    expect(first.more).toBe(true);
    const found = await italian(50);
    expect(found.items.map((x) => x.card.lang)).toEqual(['it', 'it', 'it', 'it', 'it', 'it']);
    expect(found.more).toBe(false);
    // A word with no entries ends the search at once, whatever the other words.
    expect(await page({ search: 'satz zzz' })).toEqual({ items: [], more: false });
    expect((await page({ search: 'satz zahlc' })).items).toHaveLength(0);
    expect((await page({ search: 'damas zahlc' })).items).toHaveLength(6);
  });

  it('lists each card of a one-word search once, in index order, a page further each time', async () => {
    await putArticle(db, article('more', 400, 60), 'shipped', 'v1', NOW);
    // Every German sentence here has "de" or "Satz"; the hits also "Die" and "Damaskus".
    const all = await page({ search: 'd', limit: 100 });
    expect(new Set(ids(all.items)).size).toBe(100);
    expect(all.more).toBe(true);
    // "satz": one term, so index order is id order.
    const satz = [news, article('more', 400, 60)]
      .flatMap((a) => {
        const text = new Map(a.article.units.map((u) => [u.id, u.text.de]));
        return a.cards.filter((c) => c.lang === 'de' && text.get(c.unit)!.startsWith('Satz'));
      })
      .map((c) => c.id)
      .sort();
    const first = await page({ search: 'satz', limit: 50 });
    const more = await page({ search: 'satz', limit: 100 });
    expect(ids(first.items)).toEqual(satz.slice(0, 50));
    expect(ids(more.items)).toEqual(satz.slice(0, 100));
    const produce = satz.filter((id) => id.includes(':produce:'));
    expect(ids((await page({ search: 'satz', kind: 'produce', limit: 30 })).items)).toEqual(
      produce.slice(0, 30),
    );
  });

  it('combines a search with a met state', async () => {
    await db.cards.bulkPut([
      row(de[15]!, { state: 'learning' }),
      row(de[18]!, { state: 'learning' }),
    ]);
    expect(ids((await page({ state: 'learning', search: 'strasse' })).items)).toEqual([de[15]!.id]);
  });

  it('skips a met card whose content has left the library', async () => {
    await db.cards.bulkPut([
      row(de[3]!, { state: 'learning' }),
      row(de[4]!, { state: 'learning' }),
    ]);
    await db.content.delete(de[3]!.id);
    expect(ids((await page({ state: 'learning', limit: 1 })).items)).toEqual([de[4]!.id]);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      browseCards(db, { course: 'de', search: 'damaskus', limit: 50 }, controller.signal),
    ).rejects.toThrow();
  });
});

describe('browseCount', () => {
  it('counts the course, a kind, a met state and new cards without reading the course', async () => {
    await db.cards.bulkPut([
      row(de[0]!, { state: 'review' }), // understand
      row(de[1]!, { state: 'learning' }), // produce
      row(de[2]!, { state: 'new', suspended: true }), // understand
      row(de[4]!, { state: 'learning', suspended: true }), // produce
    ]);
    expect(await browseCount(db, { course: 'de' })).toBe(60);
    expect(await browseCount(db, { course: 'it' })).toBe(6);
    expect(await browseCount(db, { course: 'de', kind: 'produce' })).toBe(20);
    expect(await browseCount(db, { course: 'de', state: 'learning' })).toBe(1);
    expect(await browseCount(db, { course: 'de', state: 'learning', kind: 'produce' })).toBe(1);
    expect(await browseCount(db, { course: 'de', state: 'learning', kind: 'understand' })).toBe(0);
    expect(await browseCount(db, { course: 'de', state: 'suspended' })).toBe(2);
    expect(await browseCount(db, { course: 'de', state: 'new' })).toBe(56);
    expect(await browseCount(db, { course: 'de', state: 'new', kind: 'understand' })).toBe(38);
    const listed = await page({ state: 'new', kind: 'understand' });
    expect(listed.items).toHaveLength(38);
  });
});

describe('browseCard', () => {
  it('reads one card and its row, or nothing for a card without content', async () => {
    await db.cards.put(row(de[6]!, { state: 'review' }));
    const item = await browseCard(db, de[6]!.id);
    expect(item?.card.id).toBe(de[6]!.id);
    expect(item?.row?.state).toBe('review');
    expect(await browseCard(db, 'de:gone:cloze:x' as CardId)).toBeUndefined();
  });
});

describe('watchCourse', () => {
  it('wakes a live query on any change of the course, far from the row it reads', async () => {
    await db.cards.bulkPut([row(de[0]!, {}), row(de[40]!, {})]);
    let started = 0;
    const emitted: number[] = [];
    let wake = () => {};
    const sub = liveQuery(async () => {
      const run = ++started;
      await watchCourse(db, 'de');
      return run;
    }).subscribe({
      next: (run) => {
        emitted.push(run);
        wake();
      },
    });
    const until = async (done: () => boolean) => {
      while (!done()) await new Promise<void>((r) => (wake = r));
    };
    /** `change`, then a run begun since (a missed change leaves the test waiting, and failing). */
    const wokenBy = async (change: () => Promise<unknown>) => {
      await until(() => started > 0 && emitted.at(-1) === started);
      const mark = started;
      await change();
      await until(() => emitted.some((run) => run > mark));
    };
    try {
      // An update of a row in the middle of the range (a card suspended).
      await wokenBy(() => db.cards.put(row(de[40]!, { suspended: true })));
      // Read and written in one transaction, as an answer is.
      await wokenBy(() =>
        db.transaction('rw', db.cards, async () => {
          const read = (await db.cards.get(de[40]!.id))!;
          await db.cards.put({ ...read, suspended: false });
        }),
      );
      // A new row (a first answer), and a row gone.
      await wokenBy(() => db.cards.put(row(de[50]!, { state: 'learning' })));
      await wokenBy(() => db.cards.delete(de[40]!.id));
      // Content: a card of the course gone with its sentence.
      await wokenBy(() => db.content.delete(de[59]!.id));
      expect(emitted.length).toBeGreaterThanOrEqual(6);
    } finally {
      sub.unsubscribe();
    }
  });
});
