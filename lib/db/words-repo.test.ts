import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardContent } from '@/lib/corpus/model';
import type { ArticleId, CardId, Lang, UnitId } from '@/lib/corpus/types';
import { KNOWN_STABILITY_DAYS } from '@/lib/srs/card-actions';
import { lemmaOf, wordId } from '@/lib/srs/words';
import { orderKey } from './content-repo';
import { cardEvents } from './event-repo';
import { loadTodayQueue } from './queue-repo';
import { openTriglotDb, type ContentRow, type TriglotDb } from './schema';
import { updateSettings } from './settings-repo';
import { saveAnswer } from './study-repo';
import { carryOverWords, ignoreWord, markWordKnown, studyCards, wordsPage } from './words-repo';
import type { EventId } from '@/lib/srs/events';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();
const DAY = 86_400_000;
const LIMITS = { newPerDay: 10, reviewsPerDay: 100, rolloverHour: 4 };

/** A cloze of `lemma` in unit `unit` of article `article`, at frequency rank `rank`. */
function cloze(article: string, unit: number, lemma: string, rank: number): ContentRow {
  const id = `de:${article}:cloze:${unit}-${lemma}` as CardId;
  const content: CardContent = {
    id,
    lang: 'de',
    article: article as ArticleId,
    unit: `${article}:${unit}` as UnitId,
    sibling: `${article}:${unit}:de`,
    rank,
    kind: 'cloze',
    cloze: {
      start: 0,
      end: lemma.length,
      answer: lemma,
      lemma,
      pos: 'noun',
      options: [lemma, 'a', 'b', 'c'],
      neighbours: [],
    },
  };
  return { ...content, order: orderKey(rank, id), terms: [] };
}

// Krieg in three sentences of two articles (one the learner's own); Frieden shares
// its first sentence; Dach and Haus share one where Haus will be known.
const CONTENT = [
  cloze('bbc', 1, 'Krieg', 1),
  cloze('bbc', 1, 'Frieden', 2),
  cloze('bbc', 2, 'Krieg', 1),
  cloze('mine', 1, 'Krieg', 1),
  cloze('mine', 2, 'Dach', 5),
  cloze('mine', 2, 'Haus', 3),
];
const id = (article: string, unit: number, lemma: string) =>
  `de:${article}:cloze:${unit}-${lemma}` as CardId;

let db: TriglotDb;
let n = 0;
beforeEach(async () => {
  db = openTriglotDb(`words-repo-test-${n++}`);
  await db.open();
  await db.content.bulkPut(CONTENT);
  await db.units.bulkPut(
    ['bbc:1', 'bbc:2', 'mine:1', 'mine:2'].map((u, index) => ({
      id: u as UnitId,
      article: u.split(':')[0] as ArticleId,
      index,
      kind: 'sentence' as const,
      text: { de: `Satz ${u}` },
      score: 1,
    })),
  );
});
afterEach(async () => {
  await db.delete();
});

let answerN = 0;
async function answer(cardId: CardId, grade: 1 | 2 | 3 | 4, at: number, shown?: CardId) {
  const sibling = cardId;
  return saveAnswer(db, {
    id: `test.${answerN++}` as EventId,
    cardId,
    course: 'de' as Lang,
    sibling,
    review: at,
    grade,
    durationMs: 1000,
    from: (await db.cards.get(cardId))?.state ?? 'new',
    ...(shown ? { shown } : {}),
  });
}

const words = () => updateSettings(db, { learn: { de: 'words' } }, NOW);

describe('learn words', () => {
  it('carries each word over once from its best remembered cloze, and queues words instead of clozes', async () => {
    // In "learn sentences": Krieg answered in two sentences, one of them much better.
    await answer(id('bbc', 1, 'Krieg'), 3, NOW - 40 * DAY);
    await answer(id('bbc', 1, 'Krieg'), 3, NOW - 30 * DAY);
    await answer(id('bbc', 2, 'Krieg'), 1, NOW - 30 * DAY);
    const best = (await db.cards.get(id('bbc', 1, 'Krieg')))!;
    const sentences = await loadTodayQueue(db, 'de', LIMITS, NOW);
    expect(sentences.queue.some((q) => q.startsWith('de:word:'))).toBe(false);

    await words();
    const q = await loadTodayQueue(db, 'de', LIMITS, NOW);
    const krieg = wordId('de', 'Krieg');
    const row = (await db.cards.get(krieg))!;
    expect(row).toMatchObject({ state: best.state, stability: best.stability, due: best.due });
    expect((await cardEvents(db, krieg)).map((e) => e.kind)).toEqual(['snapshot']);
    // Dated as the copied card's last answer: the switch leaves nothing among today's logs.
    expect((await cardEvents(db, krieg))[0]!.at).toBe(NOW - 30 * DAY);
    expect(
      await db.logs
        .where('[course+last]')
        .between(['de', NOW - DAY], ['de', Infinity])
        .count(),
    ).toBe(0);
    // No cloze card is queued in words mode; new words are.
    expect(q.queue.every((c) => !c.includes(':cloze:'))).toBe(true);
    expect(q.queue).toContain(wordId('de', 'Frieden'));
    // Once: a second build (or a second tab) adds no snapshot.
    await loadTodayQueue(db, 'de', LIMITS, NOW + 1);
    expect(await cardEvents(db, krieg)).toHaveLength(1);
  });

  it('shows a due word in a sentence it was not seen in, least recently seen after that', async () => {
    await words();
    const krieg = wordId('de', 'Krieg');
    const [first] = await studyCards(db, 'de', [krieg]);
    expect(first).toMatchObject({ id: krieg, shown: id('bbc', 1, 'Krieg'), kind: 'cloze' });
    await answer(krieg, 3, NOW, first!.shown);
    const [second] = await studyCards(db, 'de', [krieg]);
    expect(second!.shown).toBe(id('bbc', 2, 'Krieg'));
    await answer(krieg, 3, NOW + DAY, second!.shown);
    const [third] = await studyCards(db, 'de', [krieg]);
    // The learner's own article counts too.
    expect(third!.shown).toBe(id('mine', 1, 'Krieg'));
    await answer(krieg, 3, NOW + 3 * DAY, third!.shown);
    const [fourth] = await studyCards(db, 'de', [krieg]);
    expect(fourth!.shown).toBe(id('bbc', 1, 'Krieg'));
    // One memory: three answers on the word, whichever sentence.
    expect((await db.cards.get(krieg))!.reps).toBe(3);
    const log = await cardEvents(db, krieg);
    expect(log.map((e) => (e.kind === 'answer' ? e.shown : null))).toEqual([
      id('bbc', 1, 'Krieg'),
      id('bbc', 2, 'Krieg'),
      id('mine', 1, 'Krieg'),
    ]);
  });

  it('orders new words i+1: a sentence with every other content word known first, then frequency', async () => {
    await words();
    await markWordKnown(db, wordId('de', 'Haus'), 'de', NOW - DAY);
    const q = await loadTodayQueue(db, 'de', LIMITS, NOW);
    const fresh = q.queue.filter((c) => (q.states.get(c)?.state ?? 'new') === 'new');
    // Dach (rank 5) has a sentence where Haus is known; Krieg and Frieden share one with two unknowns.
    expect(fresh.map(lemmaOf)).toEqual(['Dach', 'Krieg', 'Frieden']);
  });

  it('"I know this" schedules the word far ahead; "ignore" keeps it out of the queue', async () => {
    await words();
    await markWordKnown(db, wordId('de', 'Krieg'), 'de', NOW);
    await ignoreWord(db, wordId('de', 'Frieden'), 'de', NOW);
    const known = (await db.cards.get(wordId('de', 'Krieg')))!;
    expect(known.state).toBe('review');
    expect(known.due).toBe(NOW + KNOWN_STABILITY_DAYS * DAY);
    const q = await loadTodayQueue(db, 'de', LIMITS, NOW + 1);
    expect(q.queue).not.toContain(wordId('de', 'Krieg'));
    expect(q.queue).not.toContain(wordId('de', 'Frieden'));
    expect(q.queue).toContain(wordId('de', 'Dach'));
  });

  it('lists the words met a page at a time: search, order, facts and status in plain words', async () => {
    await words();
    await answer(wordId('de', 'Krieg'), 3, NOW - 3 * DAY, id('bbc', 1, 'Krieg'));
    await answer(wordId('de', 'Dach'), 1, NOW - DAY, id('mine', 2, 'Dach'));
    await markWordKnown(db, wordId('de', 'Haus'), 'de', NOW - 2 * DAY);
    await ignoreWord(db, wordId('de', 'Frieden'), 'de', NOW - 2 * DAY);
    const all = await wordsPage(db, 'de', { limit: 10 }, NOW);
    expect(all.items.map((w) => w.lemma)).toEqual(['Dach', 'Frieden', 'Haus', 'Krieg']);
    const krieg = all.items.find((w) => w.lemma === 'Krieg')!;
    expect(krieg).toMatchObject({ status: 'learning', pos: 'noun', sentenceCount: 3 });
    expect(krieg.recall).toBeGreaterThan(0);
    expect(krieg.recall).toBeLessThan(1);
    expect(krieg.sentences).toHaveLength(3);
    expect(all.items.find((w) => w.lemma === 'Haus')!.status).toBe('known');
    expect(all.items.find((w) => w.lemma === 'Frieden')!.status).toBe('ignored');
    // A page, and where the next one starts.
    const first = await wordsPage(db, 'de', { limit: 2 }, NOW);
    expect(first.items.map((w) => w.lemma)).toEqual(['Dach', 'Frieden']);
    expect(first.next).toBe(wordId('de', 'Frieden'));
    expect((await wordsPage(db, 'de', { search: 'kr', limit: 10 }, NOW)).items).toHaveLength(1);
    const weakest = await wordsPage(db, 'de', { sort: 'weakest', limit: 10 }, NOW);
    // Krieg's learning step fell due three days ago, Dach's a day ago.
    expect(weakest.items[0]!.lemma).toBe('Krieg');
    const recent = await wordsPage(db, 'de', { sort: 'recent', limit: 10 }, NOW);
    expect(recent.items[0]!.lemma).toBe('Dach');
  });

  it('sorts the words met most frequent first, by the lexicon rank their clozes carry', async () => {
    await words();
    // Met in an order unlike frequency; Frieden (rank 2) is never met, so not listed.
    await markWordKnown(db, wordId('de', 'Dach'), 'de', NOW - 3 * DAY);
    await answer(wordId('de', 'Krieg'), 3, NOW - 2 * DAY);
    await ignoreWord(db, wordId('de', 'Haus'), 'de', NOW - DAY);
    const page = await wordsPage(db, 'de', { limit: 10, sort: 'frequent' }, NOW);
    expect(page.items.map((w) => w.lemma)).toEqual(['Krieg', 'Haus', 'Dach']);
    const first = await wordsPage(db, 'de', { limit: 2, sort: 'frequent' }, NOW);
    expect(first.items.map((w) => w.lemma)).toEqual(['Krieg', 'Haus']);
    expect(first.next).not.toBeNull();
  });

  it('carries over alike on two devices with the same history: the same snapshot, kept once by sync', async () => {
    const other = openTriglotDb(`words-repo-test-${n++}`);
    await other.open();
    await other.content.bulkPut(CONTENT);
    const same = async (target: TriglotDb) => {
      for (const [i, at] of [NOW - 9 * DAY, NOW - 2 * DAY].entries()) {
        await saveAnswer(target, {
          id: `same.${i}` as EventId,
          cardId: id('bbc', 2, 'Krieg'),
          course: 'de',
          sibling: 's',
          review: at,
          grade: 3,
          durationMs: 1000,
          from: i ? 'learning' : 'new',
        });
      }
      expect(await carryOverWords(target, 'de', NOW + (target === db ? 0 : 5_000))).toBe(1);
      return (await cardEvents(target, wordId('de', 'Krieg'))).map((e) => e.id);
    };
    try {
      expect(await same(db)).toEqual(await same(other));
    } finally {
      await other.delete();
    }
  });

  it('"learn this word" from the Reader shows the word in the sentence it was met in', async () => {
    await words();
    const krieg = wordId('de', 'Krieg');
    const met = id('mine', 1, 'Krieg');
    const focus = { word: krieg, sentence: met };
    const q = await loadTodayQueue(db, 'de', LIMITS, NOW, { focus });
    expect(q.queue[0]).toBe(krieg);
    const [card] = await studyCards(db, 'de', [krieg], new Map([[krieg, met]]));
    expect(card?.shown).toBe(met);
    // A sentence that is not one of the word's is not taken.
    const [other] = await studyCards(db, 'de', [krieg], new Map([[krieg, id('bbc', 9, 'X')]]));
    expect(other?.shown).not.toBe(id('bbc', 9, 'X'));
    // Learning sentences, the sentence itself heads the queue.
    await updateSettings(db, { learn: { de: 'sentences' } }, NOW);
    const s = await loadTodayQueue(db, 'de', LIMITS, NOW, { focus });
    expect(s.queue[0]).toBe(met);
  });

  it('"study this word now" puts the word first, due or not', async () => {
    await words();
    await markWordKnown(db, wordId('de', 'Krieg'), 'de', NOW - DAY);
    const plain = await loadTodayQueue(db, 'de', LIMITS, NOW);
    expect(plain.queue).not.toContain(wordId('de', 'Krieg'));
    const q = await loadTodayQueue(db, 'de', LIMITS, NOW, {
      focus: { word: wordId('de', 'Krieg') },
    });
    expect(q.queue[0]).toBe(wordId('de', 'Krieg'));
    expect(q.states.get(wordId('de', 'Krieg'))?.state).toBe('review');
    // Not a word of this library: nothing changes.
    const none = await loadTodayQueue(db, 'de', LIMITS, NOW, {
      focus: { word: wordId('de', 'Zebra') },
    });
    expect(none.queue).toEqual(plain.queue);
  });
});
