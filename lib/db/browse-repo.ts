/**
 * Browse's reads: one page of a course's cards with their stored state, found
 * through the index that narrows most (the search terms, the met cards of one
 * state, the course in rank order), so a keystroke or a filter costs about a
 * page of rows, never the whole course.
 *
 * A card's state lives in `cards` and its content in `content`; a card never
 * answered has no row. So "new" is the course minus the met cards' keys, and
 * the other states start from the `[course+state]` index.
 */
import type { Card, CardKind } from '@/lib/corpus/model';
import type { CardId, Lang } from '@/lib/corpus/types';
import type { CardStateName } from '@/lib/srs/card-state';
import {
  cardsInRankOrder,
  getCards,
  kindOfId,
  matchesAll,
  searchTerms,
  termKey,
  type CardRef,
} from './content-repo';
import type { CardRow, TriglotDb } from './schema';

export type BrowseState = CardStateName | 'suspended';

export interface BrowseFilter {
  readonly course: Lang;
  readonly kind?: CardKind;
  readonly state?: BrowseState;
}

export interface BrowseQuery extends BrowseFilter {
  /** Word prefixes, accent- and case-blind, all of them in the card's sentence. */
  readonly search?: string;
  /** How many cards to return: the list grows a page at a time from the first. */
  readonly limit: number;
}

export interface BrowseItem {
  readonly card: Card;
  readonly row: CardRow | undefined;
}

export interface BrowsePage {
  readonly items: BrowseItem[];
  /** Whether more cards match after these (or, for a search cut short, may). */
  readonly more: boolean;
}

/**
 * Rows a search may read per card it lists before it stops and says "more": a
 * common word whose other words rarely match (or that is common in another
 * language: the term index holds every language) would otherwise read them all.
 */
export const SEARCH_ROWS_PER_CARD = 40;

/** How many of a word's index entries tell it is rare enough to walk first. */
const RARE_ENTRIES = 2000;

/** Suspension hides the schedule's state; a card without a row is new. */
export function browseState(row: CardRow | undefined): BrowseState {
  return row?.suspended ? 'suspended' : (row?.state ?? 'new');
}

/**
 * The next `count` candidate ids in list order, already narrowed by what an
 * index or a key can check; each call goes on from the last. Fewer means the
 * end, unless `cut`: the scan stopped at its budget.
 */
type Candidates = (count: number) => Promise<{ ids: CardId[]; cut?: boolean }>;

/** One batch of raw ids from where the last ended, and whether it was the last. */
type Source = (size: number) => Promise<{ ids: CardId[]; end: boolean }>;

/**
 * Candidates from batches of a source, keeping the ids that pass `keep`. Batches
 * grow, since thousands may fail (met cards before the first new one).
 */
function batched(source: Source, keep: (id: CardId) => boolean): Candidates {
  const pending: CardId[] = [];
  let end = false;
  let size = 256;
  return async (count) => {
    while (pending.length < count && !end) {
      const batch = await source(size);
      for (const id of batch.ids) if (keep(id)) pending.push(id);
      end = batch.end;
      size = Math.min(size * 2, 4096);
    }
    return { ids: pending.splice(0, count) };
  };
}

/**
 * The cards matching `q`, the first `q.limit` of them. A search lists cards in
 * the order of the term index, otherwise new and unfiltered lists follow rank
 * (the order studying introduces them) and met states follow their index.
 * `signal` stops a scan a newer query has replaced.
 */
export async function browseCards(
  db: TriglotDb,
  q: BrowseQuery,
  signal?: AbortSignal,
): Promise<BrowsePage> {
  const words = q.search ? searchTerms(q.search) : [];
  const candidates = await (words.length > 0
    ? searchCandidates(db, q, words, signal)
    : q.state && q.state !== 'new'
      ? rowCandidates(db, q.course, q.state, q.kind)
      : rankCandidates(
          db,
          q.course,
          q.kind,
          q.state === 'new' ? await metKeys(db, q.course) : null,
        ));
  return collect(db, candidates, q, signal);
}

async function collect(
  db: TriglotDb,
  candidates: Candidates,
  q: BrowseQuery,
  signal: AbortSignal | undefined,
): Promise<BrowsePage> {
  const items: BrowseItem[] = [];
  // Usually one round: another is needed only when a candidate fails a check that
  // needs its row or content (a suspended card among the met keys, a sentence gone).
  for (;;) {
    const want = q.limit + 1 - items.length;
    const { ids, cut } = await candidates(want);
    signal?.throwIfAborted();
    const [cards, rows] = await Promise.all([getCards(db, ids), db.cards.bulkGet(ids)]);
    ids.forEach((_, i) => {
      const card = cards[i];
      const row = rows[i];
      if (!card || (q.kind && card.kind !== q.kind)) return;
      if (q.state && browseState(row) !== q.state) return;
      items.push({ card, row });
    });
    if (items.length > q.limit) return { items: items.slice(0, q.limit), more: true };
    if (ids.length < want) return { items, more: !!cut };
  }
}

/** Key chunks of this size deserialise in a few milliseconds: no long task. */
const KEY_CHUNK = 4096;

/** Every card row's key in the course, in chunks along the primary key (ids start `lang:`). */
async function courseRowKeys(db: TriglotDb, course: Lang): Promise<CardId[]> {
  const out: CardId[] = [];
  let after = `${course}:`;
  for (;;) {
    const keys = await db.cards
      .where(':id')
      .between(after, `${course}:\uffff`, false, false)
      .limit(KEY_CHUNK)
      .primaryKeys();
    out.push(...keys);
    if (keys.length < KEY_CHUNK) return out;
    after = keys[keys.length - 1]!;
  }
}

/**
 * Keys of the course's cards that have left "new": every row but those in state
 * new (few: left by undo, or a new card suspended), from keys alone.
 */
async function metKeys(db: TriglotDb, course: Lang): Promise<Set<CardId>> {
  const [all, fresh] = await Promise.all([
    courseRowKeys(db, course),
    db.cards.where('[course+state]').equals([course, 'new']).primaryKeys(),
  ]);
  const met = new Set(all);
  for (const id of fresh) met.delete(id);
  return met;
}

/** The course in rank order on index keys alone, so skipping met cards or other kinds reads no rows. */
function rankCandidates(
  db: TriglotDb,
  course: Lang,
  kind: CardKind | undefined,
  skip: ReadonlySet<CardId> | null,
): Candidates {
  let after: CardRef | null = null;
  return batched(
    async (size) => {
      const refs = await cardsInRankOrder(db, course, after, size);
      after = refs[refs.length - 1] ?? after;
      return { ids: refs.map((r) => r.id), end: refs.length < size };
    },
    (id) => (!kind || kindOfId(id) === kind) && !skip?.has(id),
  );
}

/**
 * A met state from its index, keys only (suspension is checked on the page's
 * rows); suspended cards from the course's rows in primary-key chunks, since
 * no index holds the flag.
 */
function rowCandidates(
  db: TriglotDb,
  course: Lang,
  state: Exclude<BrowseState, 'new'>,
  kind: CardKind | undefined,
): Candidates {
  const ofKind = (id: CardId) => !kind || kindOfId(id) === kind;
  if (state === 'suspended') return batched(suspendedSource(db, course), ofKind);
  let offset = 0;
  return batched(async (size) => {
    const ids = await db.cards
      .where('[course+state]')
      .equals([course, state])
      .offset(offset)
      .limit(size)
      .primaryKeys();
    offset += ids.length;
    return { ids, end: ids.length < size };
  }, ofKind);
}

/** The course's suspended cards, reading its rows a chunk at a time in id order (ids start `lang:`). */
function suspendedSource(db: TriglotDb, course: Lang): Source {
  let after = `${course}:`;
  return async (size) => {
    // Rows, unlike keys, cost real time to deserialise: a thousand keeps each read a short task.
    const rows = await db.cards
      .where(':id')
      .between(after, `${course}:\uffff`, false, false)
      .limit(Math.min(size, 1024))
      .toArray();
    if (rows.length > 0) after = rows[rows.length - 1]!.id;
    return {
      ids: rows.filter((r) => r.suspended).map((r) => r.id),
      end: rows.length < Math.min(size, 1024),
    };
  };
}

/** Every suspended card of the course. */
async function suspendedIds(db: TriglotDb, course: Lang): Promise<Set<CardId>> {
  const source = suspendedSource(db, course);
  const out = new Set<CardId>();
  for (;;) {
    const { ids, end } = await source(4096);
    ids.forEach((id) => out.add(id));
    if (end) return out;
  }
}

async function searchCandidates(
  db: TriglotDb,
  q: BrowseQuery,
  words: readonly string[],
  signal: AbortSignal | undefined,
): Promise<Candidates> {
  // A state narrows by key, checked while the term index is walked; the row check in `collect` settles suspension.
  let keep: ((id: CardId) => boolean) | null = null;
  if (q.state === 'new') {
    const met = await metKeys(db, q.course);
    keep = (id) => !met.has(id);
  } else if (q.state) {
    const state = q.state;
    const ids =
      state === 'suspended'
        ? await suspendedIds(db, q.course)
        : new Set(await stateKeys(db, q.course, state));
    keep = (id) => ids.has(id);
  }
  if (words.length === 1) return wordCandidates(db, q, termKey(q.course, words[0]!), keep);
  const driver = await rarestWord(db, q.course, words);
  if (driver === null) return async () => ({ ids: [] });
  let offset = 0;
  return async (count) => {
    // The budget grows with the list, so "Show more" searches further.
    const budget = (offset + count) * SEARCH_ROWS_PER_CARD;
    let read = 0;
    const ids = await db.content
      .where('terms')
      .startsWith(termKey(q.course, driver))
      .distinct()
      .until(() => !!signal?.aborted || ++read > budget)
      .filter(
        (c) =>
          c.lang === q.course &&
          (!q.kind || c.kind === q.kind) &&
          (!keep || keep(c.id)) &&
          matchesAll(c.terms, q.course, words),
      )
      .offset(offset)
      .limit(count)
      .primaryKeys();
    offset += ids.length;
    return { ids, cut: read > budget };
  };
}

/**
 * One word: its index entries hold the course in their key and a match needs no
 * other word, so the card ids alone answer, from one key read instead of a
 * cursor's round trip per card. A sentence is listed once however many of its
 * words start so; each call reads from the start again, more keys each time a
 * read falls short, up to the same budget as a walk.
 */
function wordCandidates(
  db: TriglotDb,
  q: BrowseQuery,
  key: string,
  keep: ((id: CardId) => boolean) | null,
): Candidates {
  let given = 0;
  return async (count) => {
    const want = given + count;
    const budget = want * SEARCH_ROWS_PER_CARD;
    for (let size = Math.min(budget, want * 4); ; size = Math.min(budget, size * 4)) {
      const keys = await db.content.where('terms').startsWith(key).limit(size).primaryKeys();
      const ids = [...new Set(keys)].filter(
        (id) => (!q.kind || kindOfId(id) === q.kind) && (!keep || keep(id)),
      );
      const end = keys.length < size;
      if (ids.length >= want || end || size === budget) {
        const page = ids.slice(given, want);
        given += page.length;
        return { ids: page, cut: !end && ids.length < want };
      }
    }
  };
}

/**
 * The word whose prefix has the fewest index entries, from at most RARE_ENTRIES
 * keys of each (all of them common: the longest); null when one has none, so
 * nothing can match. A lone word is not counted: a keystroke's first letter
 * would read RARE_ENTRIES keys for nothing.
 */
async function rarestWord(
  db: TriglotDb,
  course: Lang,
  words: readonly string[],
): Promise<string | null> {
  const longest = [...words].sort((a, b) => b.length - a.length);
  // One word drives the walk whatever its count; the walk itself says when it has none.
  if (longest.length === 1) return longest[0]!;
  const sizes = await Promise.all(
    longest.map(async (w) => {
      const keys = await db.content
        .where('terms')
        .startsWith(termKey(course, w))
        .limit(RARE_ENTRIES)
        .primaryKeys();
      return keys.length;
    }),
  );
  const fewest = Math.min(...sizes);
  return fewest === 0 ? null : longest[sizes.indexOf(fewest)]!;
}

/**
 * How many cards of a course match a filter without a search, from counts and
 * keys rather than rows where the stores allow (suspension needs the met rows,
 * read in chunks). Met rows whose sentence has left the library still count as
 * met (their history stays), so a count can be off from the list by those few.
 */
export async function browseCount(
  db: TriglotDb,
  f: BrowseFilter,
  signal?: AbortSignal,
): Promise<number> {
  const { course, kind, state } = f;
  if (!state) return courseCount(db, course, kind, signal);
  const ofKind = (ids: Iterable<CardId>) => {
    let n = 0;
    for (const id of ids) if (!kind || kindOfId(id) === kind) n++;
    return n;
  };
  const suspended = await suspendedIds(db, course);
  if (state === 'suspended') return ofKind(suspended);
  if (state === 'new') {
    const [total, met] = await Promise.all([courseCount(db, course, kind), metKeys(db, course)]);
    const suspendedNew = [...suspended].filter((id) => !met.has(id));
    return Math.max(0, total - ofKind(met) - ofKind(suspendedNew));
  }
  const inState = db.cards.where('[course+state]').equals([course, state]);
  const suspendedHere = (await db.cards.bulkGet([...suspended])).filter(
    (r) => r?.state === state,
  ).length;
  if (!kind) return (await inState.count()) - suspendedHere;
  let n = 0;
  for (const id of await stateKeys(db, course, state)) {
    if (kindOfId(id) === kind && !suspended.has(id)) n++;
  }
  return n;
}

/** Keys in one state of the schedule, a chunk at a time (one read of tens of thousands is a long task). */
async function stateKeys(db: TriglotDb, course: Lang, state: CardStateName): Promise<CardId[]> {
  const out: CardId[] = [];
  for (let offset = 0; ; offset += KEY_CHUNK) {
    const keys = await db.cards
      .where('[course+state]')
      .equals([course, state])
      .offset(offset)
      .limit(KEY_CHUNK)
      .primaryKeys();
    out.push(...keys);
    if (keys.length < KEY_CHUNK) return out;
  }
}

/** The course's cards (of a kind): a native index count, or per article a primary-key range, since ids start `lang:article:kind:`. */
async function courseCount(
  db: TriglotDb,
  course: Lang,
  kind: CardKind | undefined,
  signal?: AbortSignal,
) {
  if (!kind) {
    // Keys a chunk at a time, not one count: Chromium serves a site's requests one at a
    // time, and one count of 100,000 entries held a keystroke's search back by a second.
    let total = 0;
    let after = `${course}:`;
    for (;;) {
      signal?.throwIfAborted();
      const keys = await db.content
        .where(':id')
        .between(after, `${course}:\uffff`, false, false)
        .limit(KEY_CHUNK)
        .primaryKeys();
      total += keys.length;
      if (keys.length < KEY_CHUNK) return total;
      after = keys[keys.length - 1]!;
    }
  }
  const articles = await db.articles.toCollection().primaryKeys();
  let total = 0;
  // A few hundred requests at a time: issuing thousands at once is one long task.
  for (let i = 0; i < articles.length; i += 200) {
    const counts = await Promise.all(
      articles.slice(i, i + 200).map((a) => {
        const prefix = `${course}:${a}:${kind}:`;
        return db.content.where(':id').between(prefix, `${prefix}\uffff`).count();
      }),
    );
    total += counts.reduce((a, b) => a + b, 0);
  }
  return total;
}

/**
 * Inside a live query, wakes it on any change of the course's card rows or
 * content (ids start `lang:`). A primary-key read watches the whole range it
 * asks for, whatever its limit, so one row of each does; a count would walk
 * the range (at 100,000 cards it held the database for most of a second,
 * before the first page could be read).
 */
export async function watchCourse(db: TriglotDb, course: Lang): Promise<void> {
  const [from, to] = [`${course}:`, `${course}:\uffff`];
  await Promise.all([
    // Rows, not keys: Dexie may leave out of a key-only read's watch a write whose old row it holds.
    db.cards.where(':id').between(from, to).limit(1).toArray(),
    db.content.where(':id').between(from, to).limit(1).toArray(),
  ]);
}

/** One card as Browse shows it, with its row: the detail pane, whatever the list's filter. */
export async function browseCard(db: TriglotDb, id: CardId): Promise<BrowseItem | undefined> {
  const [[card], row] = await Promise.all([getCards(db, [id]), db.cards.get(id)]);
  return card ? { card, row } : undefined;
}
