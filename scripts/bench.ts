/**
 * npm run bench: the study loop at the scale of a heavy learner (100,000 cards,
 * 1,000,000 reviews by default; BENCH_CARDS / BENCH_REVIEWS to change), on
 * fake-indexeddb in Node. Prints figures (also into bench/results.json); asserts nothing. A real browser's
 * IndexedDB is faster at bulk writes and similar at indexed reads.
 */
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeGlossary } from '@/lib/corpus/glossary-file';
import { buildArticle } from '@/lib/corpus/pipeline';
import { articleId } from '@/lib/corpus/types';
import { loadLexiconFiles } from './lexicon/lexicon-files';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
import { getCards, indexTerms, orderKey, queryCards } from '@/lib/db/content-repo';
import { loadTodayQueue } from '@/lib/db/queue-repo';
import {
  openTriglotDb,
  type CardRow,
  type ContentRow,
  type EventRow,
  type UnitRow,
} from '@/lib/db/schema';
import { packLog, unpackLog, type LogRow } from '@/lib/db/log-codec';
import { saveAnswer, undoAnswer } from '@/lib/db/study-repo';
import { updateSettings } from '@/lib/db/settings-repo';
import { studyCards, wordsPage, type WordsSort } from '@/lib/db/words-repo';
import { recordBytes } from './lib/idb-bytes';
import { recordResults } from './lib/results';
import { rng } from './lib/serve-out';
import type { ArticleId, CardId, UnitId } from '@/lib/corpus/types';
import type { EventId } from '@/lib/srs/events';
import { newCardState } from '@/lib/srs/card-state';
import { defaultSettings } from '@/lib/srs/params';
import { createScheduler } from '@/lib/srs/scheduler';
import { afterAnswer, nextCard, startSession } from '@/lib/srs/session';
import { studyDayBounds } from '@/lib/srs/study-day';

const CARDS = Number(process.env.BENCH_CARDS ?? 100_000);
const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 1_000_000);
const NOW = new Date(2026, 10, 23, 9, 0).getTime();
const DAY = 86_400_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.95)]!;
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

async function main() {
  const random = rng(42);
  const db = openTriglotDb(`bench-${Date.now()}`);
  await db.open();
  const refs: { id: CardId; sibling: string; rank: number }[] = Array.from(
    { length: CARDS },
    (_, i) => ({
      // Three of a unit's four cards are clozes (`<lang>:<article>:cloze:…`), so that
      // "learn words" has words to schedule; the fourth is an understand card.
      id: (i % 4 === 0 ? `de:bench:${i}` : `de:bench:cloze:${i}`) as CardId,
      sibling: `s${Math.floor(i / 4)}`,
      rank: i,
    }),
  );
  // Card content as an import leaves it: a unit per four cards, sentences of 12–20
  // words from a 20,000-word vocabulary (skewed: frequent words are in many
  // sentences), 100 cards per article; each cloze blanks one of its sentence's words.
  const vocabulary = Array.from({ length: 20_000 }, (_, i) => `wort${i.toString(36)}`);
  let t = performance.now();
  for (let i = 0; i < CARDS; i += 20_000) {
    const units: UnitRow[] = [];
    const content: ContentRow[] = [];
    for (let j = i; j < Math.min(CARDS, i + 20_000); j++) {
      const article = `bench-${Math.floor(j / 100)}` as ArticleId;
      const unit = `${article}:u${Math.floor(j / 4)}` as UnitId;
      if (j % 4 === 0) {
        const words = Array.from(
          { length: 12 + Math.floor(random() * 9) },
          () => vocabulary[Math.floor(random() ** 2 * vocabulary.length)]!,
        );
        const text = words.join(' ') + '.';
        units.push({
          id: unit,
          article,
          index: j / 4,
          kind: 'sentence',
          text: { de: text, it: text, en: text },
          score: 1,
        });
      }
      const text = units[units.length - 1]!.text.de ?? '';
      const base = {
        id: refs[j]!.id,
        lang: 'de',
        article,
        unit,
        sibling: refs[j]!.sibling,
        rank: j,
        order: orderKey(j, refs[j]!.id),
        terms: indexTerms(text, 'de'),
      } as const;
      if (j % 4 === 0) {
        content.push({ ...base, kind: 'understand' });
      } else {
        const answer = text.split(' ')[j % 4]!.replace('.', '');
        const start = text.indexOf(answer);
        content.push({
          ...base,
          kind: 'cloze',
          cloze: {
            start,
            end: start + answer.length,
            answer,
            lemma: answer,
            pos: 'noun',
            options: [answer, 'a', 'b', 'c'],
            neighbours: [],
          },
        });
      }
    }
    await db.units.bulkAdd(units);
    await db.content.bulkAdd(content);
  }
  const seedContent = performance.now() - t;
  // Two thirds of the cards have been met; reviews are spread over them.
  const met = Math.floor(CARDS * 0.66);
  const scheduler = createScheduler({ ...defaultSettings, fuzz: false });
  const rows: CardRow[] = [];
  const snapshots: EventRow[] = [];
  for (let i = 0; i < met; i++) {
    const state = random() < 0.1 ? 'learning' : 'review';
    const due = NOW + Math.round((random() * 60 - 5) * DAY);
    const cardState = {
      ...newCardState(NOW - 400 * DAY),
      state,
      due,
      lastReview: due - 10 * DAY,
      stability: 5 + random() * 100,
      difficulty: 1 + random() * 9,
      scheduledDays: 10,
      reps: 5,
    } as const;
    // Each met card's history ends in a snapshot of its state, as an upgrade leaves it.
    const at = NOW - DAY;
    const head = `sn.${i.toString(36)}` as EventId;
    snapshots.push({
      id: head,
      seq: at + i,
      cardId: refs[i]!.id,
      course: 'de',
      at,
      kind: 'snapshot',
      state: cardState,
    });
    rows.push({
      ...cardState,
      id: refs[i]!.id,
      course: 'de',
      sibling: refs[i]!.sibling,
      head,
      seq: at + i,
      time: at,
    });
  }
  t = performance.now();
  for (let i = 0; i < rows.length; i += 20_000) await db.cards.bulkAdd(rows.slice(i, i + 20_000));
  const seedCards = performance.now() - t;

  t = performance.now();
  // Answers as the study screen writes them: a random id, a typed word or none, a verdict.
  const perCard = new Map<CardId, EventRow[]>(snapshots.map((e) => [e.cardId, []]));
  const typedWords = ['Regierung', 'Krieg', 'besorgt', 'Abkommen', 'Waffen', 'sagte'];
  const verdicts = ['right:exact', 'right:accent', 'almost:typo', 'wrong:other'];
  for (let j = 0; j < REVIEWS; j++) {
    const card = rows[j % met]!;
    const at = NOW - 400 * DAY + j * 30_000;
    const typed = random() < 0.5 ? typedWords[j % typedWords.length]! : null;
    perCard.get(card.id)!.push({
      id: `an.${Math.floor(random() * 2 ** 52)
        .toString(16)
        .padStart(16, '0')}` as EventId,
      seq: at,
      cardId: card.id,
      course: 'de',
      at,
      kind: 'answer',
      grade: 3,
      durationMs: 1500 + Math.floor(random() * 12_000),
      typed,
      verdict: typed === null ? null : verdicts[j % verdicts.length]!,
      from: 'review',
    });
  }
  for (const e of snapshots) perCard.get(e.cardId)!.push(e);
  const logRows: LogRow[] = [];
  for (const [id, events] of perCard) logRows.push(packLog(id, 'de', events));
  perCard.clear();
  for (let i = 0; i < logRows.length; i += 5_000)
    await db.logs.bulkAdd(logRows.slice(i, i + 5_000));
  await db.meta.put({ key: 'lastSeq', value: NOW });
  const seedReviews = performance.now() - t;

  // Bytes per review, as Chromium would lay the records out (scripts/lib/idb-bytes.ts):
  // the log now, and the same events as one row each with three indexes (schema v2).
  let logBytes = 0;
  let rowBytes = 0;
  let events = 0;
  for (const row of logRows) {
    logBytes += recordBytes(row, row.id, [[row.course, row.last], ...row.imports]);
    for (const e of unpackLog(row)) {
      events++;
      rowBytes += recordBytes(e, e.id, [
        [e.cardId, e.seq],
        [e.course, e.at],
      ]);
    }
  }
  const stateBytes = rows.reduce(
    (n, r) => n + recordBytes(r, r.id, [[r.course, r.due], [r.course, r.state], r.sibling]),
    0,
  );
  logRows.length = 0;

  const settings = { newPerDay: 20, reviewsPerDay: 200, rolloverHour: 4 };
  const loads: number[] = [];
  let loaded = await loadTodayQueue(db, 'de', settings, NOW);
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    loaded = await loadTodayQueue(db, 'de', settings, NOW);
    loads.push(performance.now() - t);
  }

  const firstCards: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    await getCards(db, loaded.queue);
    firstCards.push(performance.now() - t);
  }
  // Browse: each keystroke of "wort1a" runs one indexed search for a page of 50.
  const keystrokes: number[] = [];
  for (const q of ['w', 'wo', 'wor', 'wort', 'wort1', 'wort1a', 'wort1a wort2']) {
    t = performance.now();
    await queryCards(db, { lang: 'de', search: q, offset: 0, limit: 50 });
    keystrokes.push(performance.now() - t);
  }
  const cardsPage: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    await queryCards(db, { lang: 'de', offset: 0, limit: 50 });
    cardsPage.push(performance.now() - t);
  }

  // The answer path as the study screen runs it: schedule, write log + state, pick the next card.
  const dayEnd = studyDayBounds(NOW, 4).end;
  let session = startSession(loaded.queue, loaded.laterToday);
  const states = new Map(loaded.states);
  const answers: number[] = [];
  const writes: number[] = [];
  const undos: number[] = [];
  let at = NOW;
  for (let i = 0; i < 200; i++) {
    const next = nextCard(session, at);
    if (next.kind !== 'card') break;
    const state = states.get(next.id)!;
    const start = performance.now();
    scheduler.preview(state, at);
    const { state: after } = scheduler.answer(state, 3, at, { cardId: next.id, durationMs: 3000 });
    const w = performance.now();
    const input = {
      id: `bench.${i}` as EventId,
      cardId: next.id,
      course: 'de' as const,
      sibling: 'bench',
      review: at,
      grade: 3 as const,
      durationMs: 3000,
      from: state.state,
    };
    const ref = await saveAnswer(db, input);
    writes.push(performance.now() - w);
    states.set(next.id, after);
    session = afterAnswer(session, next.id, after, dayEnd);
    nextCard(session, at);
    answers.push(performance.now() - start);
    if (i % 20 === 0) {
      const u = performance.now();
      await undoAnswer(db, next.id, ref, at + 1);
      undos.push(performance.now() - u);
      await saveAnswer(db, { ...input, id: `bench.${i}.again` as EventId, review: at + 2 });
    }
    at += 5_000;
  }

  // The same course in "learn words": the first queue carries every word over from
  // its best cloze (once per switch), then the queue as every later visit builds it.
  await updateSettings(db, { learn: { de: 'words' } }, NOW);
  t = performance.now();
  let words = await loadTodayQueue(db, 'de', settings, at);
  const carryMs = performance.now() - t;
  const wordLoads: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    words = await loadTodayQueue(db, 'de', settings, at);
    wordLoads.push(performance.now() - t);
  }
  const wordCards: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    await studyCards(db, 'de', words.queue);
    wordCards.push(performance.now() - t);
  }
  // The Words page, first 50 words in each order.
  const wordsPages: Partial<Record<WordsSort, number>> = {};
  for (const sort of ['lemma', 'weakest', 'frequent', 'recent'] as const) {
    t = performance.now();
    await wordsPage(db, 'de', { limit: 50, sort }, at);
    wordsPages[sort] = performance.now() - t;
  }
  // Answer → next card for words includes choosing the next word's sentence (studyCards).
  session = startSession(words.queue, words.laterToday);
  const wordStates = new Map(words.states);
  const wordAnswers: number[] = [];
  for (let i = 0; i < 100; i++) {
    const next = nextCard(session, at);
    if (next.kind !== 'card') break;
    const state = wordStates.get(next.id)!;
    const [shown] = await studyCards(db, 'de', [next.id]);
    const start = performance.now();
    scheduler.preview(state, at);
    const { state: after } = scheduler.answer(state, 3, at, { cardId: next.id, durationMs: 3000 });
    await saveAnswer(db, {
      id: `bench.w${i}` as EventId,
      cardId: next.id,
      course: 'de',
      sibling: next.id,
      review: at,
      grade: 3,
      durationMs: 3000,
      from: state.state,
      ...(shown?.shown ? { shown: shown.shown } : {}),
    });
    wordStates.set(next.id, after);
    session = afterAnswer(session, next.id, after, dayEnd);
    const following = nextCard(session, at);
    if (following.kind === 'card') await studyCards(db, 'de', [following.id]);
    wordAnswers.push(performance.now() - start);
    at += 5_000;
  }

  console.log(
    `Triglot bench: ${CARDS.toLocaleString('en')} cards (${met.toLocaleString('en')} met), ${REVIEWS.toLocaleString('en')} reviews, fake-indexeddb on Node ${process.version}`,
  );
  console.log(`seed: content ${(seedContent / 1000).toFixed(1)} s`);
  console.log(
    `seed: cards ${(seedCards / 1000).toFixed(1)} s, reviews ${(seedReviews / 1000).toFixed(1)} s`,
  );
  console.log(
    `today's queue (${loaded.queue.length} cards: ${JSON.stringify(loaded.counts)}): median ${ms(median(loads))}, max ${ms(Math.max(...loads))}`,
  );
  console.log(
    `the queue's cards read (content + units, ${loaded.queue.length} cards): median ${ms(median(firstCards))}`,
  );
  console.log(
    `Browse keystroke (indexed search, first 50): median ${ms(median(keystrokes))}, max ${ms(Math.max(...keystrokes))}`,
  );
  console.log(`Cards page (first 50 of the course): median ${ms(median(cardsPage))}`);
  console.log(
    `answer → next card (schedule + transaction + next): median ${ms(median(answers))}, p95 ${ms(p95(answers))} over ${answers.length} answers`,
  );
  console.log(
    `  of which the IndexedDB transaction: median ${ms(median(writes))}, p95 ${ms(p95(writes))}`,
  );
  console.log(`undo (a compensating event, the card replayed): median ${ms(median(undos))}`);
  console.log(
    `the log: ${(logBytes / events).toFixed(1)} bytes per review in IndexedDB (Chromium's layout, estimated; a row per event as in schema v2: ${(rowBytes / events).toFixed(1)}); ` +
      `with the cards' cached states: ${((logBytes + stateBytes) / events).toFixed(1)} (${events.toLocaleString('en')} events)`,
  );
  console.log(
    `learn words: first queue after the switch (carry-over of every met word + queue): ${ms(carryMs)}`,
  );
  console.log(
    `learn words: today's queue (${words.queue.length} cards: ${JSON.stringify(words.counts)}): median ${ms(median(wordLoads))}, max ${ms(Math.max(...wordLoads))}`,
  );
  console.log(
    `learn words: the queue's sentences chosen and read (${words.queue.length} cards): median ${ms(median(wordCards))}`,
  );
  console.log(
    `learn words: answer → next card (schedule + transaction + next + its sentence): median ${ms(median(wordAnswers))}, p95 ${ms(p95(wordAnswers))} over ${wordAnswers.length} answers`,
  );
  console.log(
    `learn words: the Words page, first 50: ${Object.entries(wordsPages)
      .map(([sort, x]) => `${sort} ${ms(x)}`)
      .join(', ')}`,
  );
  console.log(`one frame at 60 Hz is 16.7 ms`);
  recordResults('node_study', {
    node_queue_build_p50_ms: median(loads),
    node_queue_build_max_ms: Math.max(...loads),
    node_queue_cards_read_p50_ms: median(firstCards),
    node_browse_keystroke_p50_ms: median(keystrokes),
    node_browse_keystroke_max_ms: Math.max(...keystrokes),
    node_cards_page_p50_ms: median(cardsPage),
    node_answer_to_next_p50_ms: median(answers),
    node_answer_to_next_p95_ms: p95(answers),
    node_undo_p50_ms: median(undos),
    node_words_first_queue_ms: carryMs,
    node_words_queue_build_p50_ms: median(wordLoads),
    node_words_queue_build_max_ms: Math.max(...wordLoads),
    node_words_queue_cards_read_p50_ms: median(wordCards),
    node_words_answer_to_next_p50_ms: median(wordAnswers),
    node_words_answer_to_next_p95_ms: p95(wordAnswers),
    node_words_page_frequent_ms: wordsPages.frequent ?? 0,
    bytes_per_review: logBytes / events,
    bytes_per_review_with_states: (logBytes + stateBytes) / events,
    bytes_per_review_row_per_event: rowBytes / events,
  });
  await db.delete();
}

/** The pipeline as the import Worker runs it (here in Node): the BBC article and a long text. */
async function pipeline() {
  let t = performance.now();
  const lexicon = await loadLexiconFiles(ROOT);
  lexicon.lookup(
    { text: 'Haus', norm: 'haus', kind: 'word', start: 0, end: 4 },
    {
      lang: 'de',
      sentenceStart: true,
      otherSides: [],
    },
  );
  const decode = performance.now() - t;
  const gloss = decodeGlossary(await readFile(join(ROOT, 'public/lexicon/de-en.gloss'), 'utf8'));
  const res = {
    lexicon,
    gloss: (lang: string, lemma: string) =>
      lang === 'de' ? gloss.entries.get(lemma.toLowerCase()) : undefined,
  };
  const texts = Object.fromEntries(
    await Promise.all(
      (['de', 'it', 'en'] as const).map(async (l) => [
        l,
        await readFile(join(ROOT, 'corpus/bbc-russia-syria', `${l}.txt`), 'utf8'),
      ]),
    ),
  );
  const meta = {
    title: { de: 'B', it: 'B', en: 'B' },
    outlet: 'x',
    original: null,
    madeForTriglot: [],
    license: '',
    attribution: '',
  };
  t = performance.now();
  const bbc = buildArticle({ id: articleId('bench-bbc'), meta, texts, pivot: 'de' }, res);
  const bbcMs = performance.now() - t;
  const words = ['Stadt', 'Bibliothek', 'Regierung', 'Schule', 'Zeitung', 'Brücke', 'Kirche'];
  const long = Array.from(
    { length: 1000 },
    (_, i) =>
      `Am Tag ${i + 1} besuchten ${(i * 37) % 900} Menschen die neue ${words[i % 7]} in der Nummer ${i % 13}.`,
  ).join('\n');
  t = performance.now();
  const big = buildArticle({ id: articleId('bench-long'), meta, texts: { de: long } }, res);
  const longMs = performance.now() - t;
  console.log(`pipeline (Node ${process.version}): lexicon files decoded ${ms(decode)}`);
  console.log(`  the BBC article, three languages: ${ms(bbcMs)} (${bbc.cards.length} cards)`);
  console.log(`  a 1,000-sentence German text alone: ${ms(longMs)} (${big.cards.length} cards)`);
  recordResults('node_pipeline', {
    node_lexicon_decode_ms: decode,
    node_pipeline_bbc_ms: bbcMs,
    node_pipeline_1000_sentences_ms: longMs,
  });
}

main()
  .then(pipeline)
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
