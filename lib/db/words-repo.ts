/**
 * Word items in storage (lib/srs/words.ts): the carry-over of existing cloze
 * progress, the i+1 order of new words, the sentence a due word is shown in, and
 * the learner's "I know this" / "ignore". Every write is an event in the word's
 * own log, through recordEvent or mergeEvents: nothing new in storage mechanics.
 */
import Dexie from 'dexie';
import { contentHash } from '@/lib/corpus/hash';
import type { Card } from '@/lib/corpus/model';
import type { CardId, Lang } from '@/lib/corpus/types';
import type { QueueCard } from '@/lib/srs/queue';
import {
  carriedState,
  chooseSentence,
  isClozeId,
  isIgnored,
  isWordId,
  lastShown,
  lemmaOf,
  orderNewWords,
  pluralSeen,
  wordId,
  wordStatus,
  type WordStatus,
} from '@/lib/srs/words';
import type { CardState } from '@/lib/srs/card-state';
import type { EventId } from '@/lib/srs/events';
import { getCards } from './content-repo';
import { logEvents, MERGE_TABLES, mergeEvents, recordEvent, storedScheduler } from './event-repo';
import { takeSeq } from './clock';
import type { CardRow, ContentRow, EventRow, TriglotDb } from './schema';

const carriedKey = (course: Lang) => `wordsCarried:${course}`;

/** How many word logs one merge writes: a transaction stays short on a phone. */
const CARRY_CHUNK = 500;

/**
 * Gives every word of the course that has no log yet a snapshot of its best
 * remembered cloze card (highest stability), once per switch to "learn words"
 * (meta `wordsCarried:<lang>`, cleared by a queue built in "learn sentences").
 * The snapshot's id is made from the word and the card state it copies, so two
 * devices that switch with the same history write the same event, and sync
 * keeps one. Resolves with the number of words carried.
 */
export async function carryOverWords(db: TriglotDb, course: Lang, now: number): Promise<number> {
  if (await db.meta.get(carriedKey(course))) return 0;
  const byWord = new Map<CardId, { id: CardId; state: CardState; head: EventId; time: number }[]>();
  for (const state of ['learning', 'review', 'relearning'] as const) {
    const rows = (await db.cards.where('[course+state]').equals([course, state]).toArray()).filter(
      (r) => isClozeId(r.id),
    );
    for (let i = 0; i < rows.length; i += 2_000) {
      const page = rows.slice(i, i + 2_000);
      const contents = await db.content.bulkGet(page.map((r) => r.id));
      page.forEach((row, j) => {
        const c = contents[j];
        if (!c || c.kind !== 'cloze') return;
        const word = wordId(course, c.cloze.lemma);
        const list = byWord.get(word) ?? [];
        list.push({ id: row.id, state: stateOf(row), head: row.head, time: row.time });
        byWord.set(word, list);
      });
    }
  }
  const words = [...byWord.keys()];
  const existing = new Set(
    (await db.logs.bulkGet(words)).flatMap((l) => (l && l.events.length ? [l.id] : [])),
  );
  const seq = words.length ? await takeSeq(db, now) : 0;
  const events: EventRow[] = [];
  for (const word of words) {
    if (existing.has(word)) continue;
    const clozes = byWord.get(word)!;
    const carried = carriedState(clozes);
    if (!carried) continue;
    const { head, time } = clozes.find((c) => c.id === carried.from)!;
    events.push({
      id: `ca.${contentHash(`${word}|${carried.from}|${head}`)}` as EventId,
      seq,
      cardId: word,
      course,
      // Dated as the copied card's newest event, not at the switch: a log's `last`
      // at the switch would put every word among the logs of today that each queue
      // reads that day (today's answers, by [course+last]).
      at: Math.min(now, time),
      kind: 'snapshot',
      state: carried.state,
    });
  }
  for (let i = 0; i < events.length; i += CARRY_CHUNK) {
    // A transaction per chunk: the log, the card row, the daily counts and the card tally
    // of each word are written together or not at all.
    await db.transaction('rw', MERGE_TABLES(db), () =>
      mergeEvents(db, events.slice(i, i + CARRY_CHUNK)),
    );
  }
  await db.meta.put({ key: carriedKey(course), value: now });
  return events.length;
}

/** Studying sentences again: the next switch to words carries over what was learnt meanwhile. */
export async function clearCarryOver(db: TriglotDb, course: Lang): Promise<void> {
  if (await db.meta.get(carriedKey(course))) await db.meta.delete(carriedKey(course));
}

function stateOf(row: CardRow): CardState {
  const { id: _i, course: _c, sibling: _s, head: _h, seq: _q, time: _t, blank: _b, ...state } = row;
  return state;
}

/** At most this many sentences are read per word to choose one (the least recently shown). */
const SENTENCES_PER_WORD = 64;

function sentencesOf(db: TriglotDb, course: Lang, lemma: string) {
  return db.content
    .where('[lang+cloze.lemma]')
    .equals([course, lemma])
    .limit(SENTENCES_PER_WORD)
    .toArray();
}

/**
 * i+1 among the new words the walk took: those with a sentence whose other content
 * words (the other clozes of its unit) are all known come first, then frequency.
 * Known: the word item is in review (answered, carried over, or marked known).
 * Translation cards keep their places; word candidates are reordered among theirs.
 */
export async function orderWordCandidates(
  db: TriglotDb,
  course: Lang,
  cards: QueueCard[],
  firstCloze: ReadonlyMap<CardId, ContentRow>,
): Promise<QueueCard[]> {
  const units = [...new Set([...firstCloze.values()].map((c) => c.unit))];
  const siblings = await db.content.where('unit').anyOf(units).toArray();
  const lemmasOfUnit = new Map<string, string[]>();
  for (const c of siblings) {
    if (c.kind !== 'cloze' || c.lang !== course) continue;
    const list = lemmasOfUnit.get(c.unit) ?? [];
    list.push(c.cloze.lemma);
    lemmasOfUnit.set(c.unit, list);
  }
  const lemmas = [...new Set([...lemmasOfUnit.values()].flat())];
  const rows = await db.cards.bulkGet(lemmas.map((l) => wordId(course, l)));
  const known = new Set(lemmas.filter((_, i) => rows[i]?.state === 'review'));
  const words = [...firstCloze].map(([id, c]) => ({
    id,
    order: c.order,
    contexts: [lemmasOfUnit.get(c.unit) ?? [lemmaOf(id)]],
  }));
  const ordered = orderNewWords(words, (l) => known.has(l));
  const slots = cards.filter((c) => firstCloze.has(c.id)).map((c) => c.newRank);
  const rank = new Map(ordered.map((w, i) => [w.id, slots[i]!]));
  return cards.map((c) => (rank.has(c.id) ? { ...c, newRank: rank.get(c.id)! } : c));
}

/**
 * The cards the study screen shows for these queue ids: a word item through the
 * sentence chosen for it now (never shown for it first, else the least recently
 * shown; lib/srs/words.ts chooseSentence), with the word's id and `shown` naming
 * the cloze; any other card as stored. A word with no sentence left has no card.
 */
export async function studyCards(
  db: TriglotDb,
  course: Lang,
  ids: readonly CardId[],
  /** Per word, the sentence (cloze card) to show it in when it is one of its sentences. */
  prefer?: ReadonlyMap<CardId, CardId>,
): Promise<(Card | undefined)[]> {
  const words = ids.filter(isWordId);
  if (!words.length) return getCards(db, ids);
  const [plain, logs, sentences] = await Promise.all([
    getCards(
      db,
      ids.filter((id) => !isWordId(id)),
    ),
    db.logs.bulkGet(words),
    Promise.all(words.map((w) => sentencesOf(db, course, lemmaOf(w)))),
  ]);
  const chosen = words.map((w, i) => {
    const wanted = prefer?.get(w);
    if (wanted && sentences[i]!.some((s) => s.id === wanted)) return wanted;
    const shown = lastShown(logEvents(logs[i]));
    return chooseSentence(sentences[i]!, shown)?.id;
  });
  const shownCards = await getCards(
    db,
    chosen.flatMap((c) => (c ? [c] : [])),
  );
  const byCloze = new Map(shownCards.flatMap((c) => (c ? [[c.id, c] as const] : [])));
  const byWord = new Map<CardId, Card>();
  words.forEach((w, i) => {
    const card = chosen[i] && byCloze.get(chosen[i]);
    if (card) byWord.set(w, { ...card, id: w, sibling: w, shown: card.id });
  });
  const others = new Map(plain.flatMap((c) => (c ? [[c.id, c] as const] : [])));
  return ids.map((id) => (isWordId(id) ? byWord.get(id) : others.get(id)));
}

/** "I know this": the word is scheduled as known, with a long first interval. */
export async function markWordKnown(db: TriglotDb, word: CardId, course: Lang, now: number) {
  return recordEvent(db, { cardId: word, course, sibling: word }, { kind: 'known' }, now);
}

/** "Ignore" (a name, a loanword): the word is suspended, and the log says why. */
export async function ignoreWord(db: TriglotDb, word: CardId, course: Lang, now: number) {
  return recordEvent(db, { cardId: word, course, sibling: word }, { kind: 'ignore' }, now);
}

/** Content keys read per step of the frequency walk. */
const FREQUENT_PAGE = 512;

/**
 * The first `limit` word items with a row, in the order their clozes come in the
 * course (frequency rank). Frequent words are met first, so the walk is short for
 * most learners; one who met only rare words walks further, a page at a time.
 */
async function frequentWords(db: TriglotDb, course: Lang, limit: number): Promise<CardRow[]> {
  const out: CardRow[] = [];
  const seen = new Set<CardId>();
  let from = '';
  let inclusive = true;
  while (out.length < limit) {
    const contents = await db.content
      .where('[lang+order]')
      .between([course, from], [course, '\uffff'], inclusive, true)
      .limit(FREQUENT_PAGE)
      .toArray();
    if (!contents.length) break;
    const words = [
      ...new Set(
        contents.flatMap((c) => (c.kind === 'cloze' ? [wordId(course, c.cloze.lemma)] : [])),
      ),
    ].filter((w) => !seen.has(w));
    words.forEach((w) => seen.add(w));
    const rows = await db.cards.bulkGet(words);
    for (const row of rows) if (row && out.length < limit) out.push(row);
    if (contents.length < FREQUENT_PAGE) break;
    from = contents[contents.length - 1]!.order;
    inclusive = false;
  }
  return out;
}

/** One line of the Words page. */
export interface WordItem {
  readonly id: CardId;
  readonly lemma: string;
  readonly pos: string;
  readonly gender?: 'm' | 'f' | 'n';
  readonly gloss?: string;
  /** A noun's plural, where a sentence of the library has it (lib/srs/words.ts `pluralSeen`). */
  readonly plural?: string;
  readonly status: WordStatus;
  /** Probability of recall now, 0..1; null for a word never answered. */
  readonly recall: number | null;
  readonly due: number | null;
  /** A few of the sentences it appears in, with the article they are from. */
  readonly sentences: readonly {
    readonly card: CardId;
    readonly text: string;
    readonly title: string;
  }[];
  /** How many sentences of the library hold it (up to the read limit). */
  readonly sentenceCount: number;
}

export interface WordsPage {
  readonly items: readonly WordItem[];
  /** Where the next page starts (null: this was the last). */
  readonly next: CardId | null;
}

const SENTENCES_SHOWN = 3;

/** How the Words page orders words. */
export type WordsSort = 'lemma' | 'weakest' | 'frequent' | 'recent';

/**
 * A page of the words met in a course (word items with a row), never the whole course:
 * - `lemma`: A–Z from `search` (a prefix as the lexicon spells it, either case of its
 *   first letter), a primary-key range of `cards`;
 * - `weakest`: the earliest due first (the `[course+due]` index, its word rows): at one
 *   retention, the word due longest ago is the one least likely recalled;
 * - `frequent`: the most frequent first, by the lexicon's frequency rank: a cloze's rank
 *   is its lemma's, so the content's `[lang+order]` index meets words in that order (a
 *   word's most frequent form counts; words the lexicon does not rank come last);
 * - `recent`: the latest studied or marked first (`logs` `[course+last]`, backwards).
 * The two index orders pass over the course's other cards, up to `limit` words.
 */
export async function wordsPage(
  db: TriglotDb,
  course: Lang,
  q: {
    readonly search?: string;
    readonly after?: CardId | null;
    readonly limit: number;
    readonly sort?: WordsSort;
  },
  now: number,
): Promise<WordsPage> {
  const prefix = (q.search ?? '').trim().normalize('NFC');
  const sort = prefix ? 'lemma' : (q.sort ?? 'lemma');
  const matches = (id: string) => isWordId(id);
  let rows: CardRow[];
  if (sort === 'weakest') {
    rows = await db.cards
      .where('[course+due]')
      .between([course, Dexie.minKey], [course, Dexie.maxKey])
      .filter((r) => matches(r.id))
      .limit(q.limit + 1)
      .toArray();
  } else if (sort === 'frequent') {
    rows = await frequentWords(db, course, q.limit + 1);
  } else if (sort === 'recent') {
    const logs = await db.logs
      .where('[course+last]')
      .between([course, Dexie.minKey], [course, Dexie.maxKey])
      .reverse()
      .filter((l) => matches(l.id))
      .limit(q.limit + 1)
      .primaryKeys();
    rows = (await db.cards.bulkGet(logs)).flatMap((r) => (r ? [r] : []));
  } else {
    const variants = prefix
      ? [...new Set([prefix, prefix[0]!.toUpperCase() + prefix.slice(1), prefix.toLowerCase()])]
      : [''];
    const ranges = await Promise.all(
      variants.map((p) => {
        const lower = q.after && q.after > wordId(course, p) ? q.after : wordId(course, p);
        return db.cards
          .where('id')
          .between(lower, wordId(course, `${p}\uffff`), lower !== q.after, false)
          .limit(q.limit + 1)
          .toArray();
      }),
    );
    rows = [...new Map(ranges.flat().map((r) => [r.id, r])).values()]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .slice(0, q.limit + 1);
  }
  const more = rows.length > q.limit;
  const page = rows.slice(0, q.limit);
  const scheduler = await storedScheduler(db, course);
  const [logs, sentences] = await Promise.all([
    db.logs.bulkGet(page.map((r) => r.id)),
    Promise.all(page.map((r) => sentencesOf(db, course, lemmaOf(r.id)))),
  ]);
  const shownIds = sentences.flatMap((s) => s.slice(0, SENTENCES_SHOWN).map((c) => c.id));
  const cards = new Map(
    (await getCards(db, shownIds)).flatMap((c) => (c ? [[c.id, c] as const] : [])),
  );
  const articleIds = [...new Set([...cards.values()].map((c) => c.article))];
  const titles = new Map(
    (await db.articles.bulkGet(articleIds)).flatMap((a) =>
      a ? [[a.id, a.title[course] || a.title.en || a.id] as const] : [],
    ),
  );
  const items = page.map((row, i): WordItem => {
    const facts = sentences[i]![0];
    const cloze = facts?.kind === 'cloze' ? facts.cloze : undefined;
    const state = stateOf(row);
    const ignored = isIgnored(logEvents(logs[i]));
    const answered = state.state !== 'new';
    const plural = pluralSeen(sentences[i]!.flatMap((c) => (c.kind === 'cloze' ? [c.cloze] : [])));
    return {
      id: row.id,
      lemma: lemmaOf(row.id),
      pos: cloze?.pos ?? '',
      ...(cloze?.gender ? { gender: cloze.gender } : {}),
      ...(cloze?.gloss ? { gloss: cloze.gloss } : {}),
      ...(plural ? { plural } : {}),
      status: wordStatus(state, ignored),
      recall: answered ? scheduler.retrievability(state, now) : null,
      due: answered ? state.due : null,
      sentences: sentences[i]!.slice(0, SENTENCES_SHOWN).flatMap((c) => {
        const card = cards.get(c.id);
        return card ? [{ card: c.id, text: card.text, title: titles.get(card.article) ?? '' }] : [];
      }),
      sentenceCount: sentences[i]!.length,
    };
  });
  return { items, next: more ? page[page.length - 1]!.id : null };
}
