import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardContent } from '@/lib/corpus/model';
import type { ArticleId, CardId, UnitId } from '@/lib/corpus/types';
import { wordId } from '@/lib/srs/words';
import { orderKey } from './content-repo';
import { articleShares, readerWords, watchReaderWords, type ReaderWords } from './reader-repo';
import { openTriglotDb, type ContentRow, type TriglotDb } from './schema';
import { ignoreWord, markWordKnown } from './words-repo';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();

function cloze(
  article: string,
  unit: number,
  lemma: string,
  start: number,
  lang: 'de' | 'it' = 'de',
  extra: { gender?: 'm' | 'f' | 'n'; gloss?: string } = {},
): ContentRow {
  const id = `${lang}:${article}:cloze:${unit}-${lemma}` as CardId;
  const content: CardContent = {
    id,
    lang,
    article: article as ArticleId,
    unit: `${article}:${unit}` as UnitId,
    sibling: `${article}:${unit}:${lang}`,
    rank: 1,
    kind: 'cloze',
    cloze: {
      start,
      end: start + lemma.length,
      answer: lemma,
      lemma,
      pos: 'noun',
      options: [lemma, 'a', 'b', 'c'],
      neighbours: [],
      ...extra,
    },
  };
  return { ...content, order: orderKey(1, id), terms: [] };
}

let db: TriglotDb;
let n = 0;
beforeEach(async () => {
  db = openTriglotDb(`reader-repo-test-${n++}`);
  await db.open();
  await db.content.bulkPut([
    cloze('bbc', 2, 'Krieg', 10),
    cloze('bbc', 1, 'Haus', 4, 'de', { gender: 'n', gloss: 'house' }),
    cloze('bbc', 1, 'Krieg', 12),
    cloze('bbc', 1, 'Name', 20),
    cloze('bbc', 1, 'guerra', 3, 'it'),
    cloze('cnn', 1, 'Frieden', 0),
  ]);
  const understand: ContentRow = {
    id: 'de:bbc:understand:1' as CardId,
    lang: 'de',
    article: 'bbc' as ArticleId,
    unit: 'bbc:1' as UnitId,
    sibling: 'bbc:1:de',
    rank: 1,
    kind: 'understand',
    order: orderKey(1, 'de:bbc:understand:1' as CardId),
    terms: [],
  } as ContentRow;
  await db.content.put(understand);
});
afterEach(async () => {
  await db.delete();
});

describe('readerWords', () => {
  it("reads one article's clozes in one language, by unit and offset, with their word facts", async () => {
    const r = await readerWords(db, 'bbc' as ArticleId, 'de');
    expect(r.clozes.map((c) => `${c.unit}/${c.lemma}`)).toEqual([
      'bbc:1/Haus',
      'bbc:1/Krieg',
      'bbc:1/Name',
      'bbc:2/Krieg',
    ]);
    const haus = r.clozes[0]!;
    expect(haus).toMatchObject({
      card: 'de:bbc:cloze:1-Haus',
      word: wordId('de', 'Haus'),
      start: 4,
      end: 8,
      gender: 'n',
      gloss: 'house',
    });
    expect(r.clozes[1]).not.toHaveProperty('gender');
  });

  it('gives each lemma the Words page status: new without a word item, known, ignored', async () => {
    await markWordKnown(db, wordId('de', 'Haus'), 'de', NOW);
    await ignoreWord(db, wordId('de', 'Name'), 'de', NOW);
    const r = await readerWords(db, 'bbc' as ArticleId, 'de');
    expect(r.status).toEqual({ Haus: 'known', Krieg: 'new', Name: 'ignored' });
  });

  it('a word marked known after being ignored is known again', async () => {
    await ignoreWord(db, wordId('de', 'Name'), 'de', NOW);
    await markWordKnown(db, wordId('de', 'Name'), 'de', NOW + 1000);
    expect((await readerWords(db, 'bbc' as ArticleId, 'de')).status.Name).toBe('known');
  });

  it('is empty for an article with no clozes in the language', async () => {
    const r = await readerWords(db, 'cnn' as ArticleId, 'it');
    expect(r).toEqual({ lang: 'it', clozes: [], status: {} });
  });
});

describe('watchReaderWords', () => {
  it('sends the words again when one is marked known', async () => {
    const seen: ReaderWords[] = [];
    let next: () => void = () => {};
    const stop = watchReaderWords(
      db,
      'bbc' as ArticleId,
      ['de', 'it'],
      (words) => {
        seen.push(words.get('de')!);
        next();
      },
      (error) => {
        throw error;
      },
    );
    const arrival = () => new Promise<void>((resolve) => (next = resolve));
    await arrival();
    expect(seen[0]!.status.Haus).toBe('new');
    const again = arrival();
    await markWordKnown(db, wordId('de', 'Haus'), 'de', NOW);
    await again;
    expect(seen.at(-1)!.status.Haus).toBe('known');
    stop();
  });
});

describe('articleShares', () => {
  it("gives each article's known share per language, one count per cloze", async () => {
    await markWordKnown(db, wordId('de', 'Krieg'), 'de', NOW);
    await ignoreWord(db, wordId('de', 'Name'), 'de', NOW);
    const shares = await articleShares(db, ['bbc', 'cnn', 'none'] as ArticleId[]);
    // bbc German: Haus, Krieg, Name, Krieg; three of four known or ignored.
    expect(shares.get('bbc' as ArticleId)?.de).toEqual({ known: 3, total: 4, share: 0.75 });
    expect(shares.get('bbc' as ArticleId)?.it).toEqual({ known: 0, total: 1, share: 0 });
    expect(shares.get('cnn' as ArticleId)).toEqual({ de: { known: 0, total: 1, share: 0 } });
    expect(shares.has('none' as ArticleId)).toBe(false);
  });
});
