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
import Dexie, { type Collection } from 'dexie';
import type { Card, CardKind } from '@/lib/corpus/model';
import type { CardId, Lang } from '@/lib/corpus/types';
import type { CardStateName } from '@/lib/srs/card-state';
import { cardsInRankOrder, courseRange, getCards, searchTerms, type CardRef } from './content-repo';
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
  /** Whether more cards match after these. */
  readonly more: boolean;
}

const MET_STATES = ['learning', 'review', 'relearning'] as const;

/** Suspension hides the schedule's state; a card without a row is new. */
export function browseState(row: CardRow | undefined): BrowseState {
  return row?.suspended ? 'suspended' : (row?.state ?? 'new');
}

/** Ids are `lang:article:kind:hash` (lib/corpus/cards.ts), so kind is known from keys alone. */
function kindOfId(id: CardId): string | undefined {
  const parts = id.split(':');
  return parts[parts.length - 2];
}

/**
 * The next `count` candidate ids in list order (fewer only at the end), already
 * narrowed by what an index or a key can check; each call goes on from the last.
 */
type Candidates = (count: number) => Promise<CardId[]>;

/** Candidates from a Dexie collection, built afresh per call and resumed by offset. */
function byOffset(collection: () => Collection<unknown, CardId>): Candidates {
  let offset = 0;
  return async (count) => {
    const ids = await collection().offset(offset).limit(count).primaryKeys();
    offset += ids.length;
    return ids;
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
    const ids = await candidates(want);
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
    if (ids.length < want) return { items, more: false };
  }
}

/** Keys of the course's cards that have left "new", from the state index alone (no rows read). */
async function metKeys(db: TriglotDb, course: Lang): Promise<Set<CardId>> {
  // One exact-key range per state, as the queue does: `anyOf` would walk the index with jumps.
  const keys = await Promise.all(
    MET_STATES.map((s) => db.cards.where('[course+state]').equals([course, s]).primaryKeys()),
  );
  return new Set(keys.flat());
}

/** The course in rank order on index keys alone, so skipping met cards or other kinds reads no rows. */
function rankCandidates(
  db: TriglotDb,
  course: Lang,
  kind: CardKind | undefined,
  skip: ReadonlySet<CardId> | null,
): Candidates {
  let after: CardRef | null = null;
  let done = false;
  let batch = 256;
  // Kept between calls: a walk resumes only after the last ref of a batch.
  const pending: CardId[] = [];
  return async (count) => {
    while (pending.length < count && !done) {
      const refs = await cardsInRankOrder(db, course, after, batch);
      for (const ref of refs) {
        if ((!kind || kindOfId(ref.id) === kind) && !skip?.has(ref.id)) pending.push(ref.id);
      }
      if (refs.length < batch) done = true;
      else after = refs[refs.length - 1]!;
      // Thousands of met cards may come before the first new one: take longer strides.
      batch = Math.min(batch * 2, 4096);
    }
    return pending.splice(0, count);
  };
}

function rowCandidates(
  db: TriglotDb,
  course: Lang,
  state: Exclude<BrowseState, 'new'>,
  kind: CardKind | undefined,
): Candidates {
  const rows =
    state === 'suspended'
      ? // No index on the flag: every met card of the course, which is the learner's history, not the course.
        db.cards.where('[course+due]').between([course, Dexie.minKey], [course, Dexie.maxKey])
      : db.cards.where('[course+state]').equals([course, state]);
  return byOffset(() =>
    rows
      .clone()
      .filter((r) => (state === 'suspended') === r.suspended && (!kind || kindOfId(r.id) === kind)),
  );
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
    const ids = new Set(
      await (state === 'suspended'
        ? db.cards
            .where('[course+due]')
            .between([q.course, Dexie.minKey], [q.course, Dexie.maxKey])
            .filter((r) => r.suspended)
            .primaryKeys()
        : db.cards.where('[course+state]').equals([q.course, state]).primaryKeys()),
    );
    keep = (id) => ids.has(id);
  }
  // The longest word has the fewest index entries to walk; the others are checked on the row.
  const longest = [...words].sort((a, b) => b.length - a.length)[0]!;
  return byOffset(() =>
    db.content
      .where('terms')
      .startsWith(longest)
      .distinct()
      .until(() => !!signal?.aborted)
      .filter(
        (c) =>
          c.lang === q.course &&
          (!q.kind || c.kind === q.kind) &&
          (!keep || keep(c.id)) &&
          words.every((w) => c.terms.some((t) => t.startsWith(w))),
      ),
  );
}

/**
 * How many cards of a course match a filter without a search, from counts and
 * keys rather than rows where the stores allow. Met rows whose sentence has
 * left the library still count as met (their history stays), so a count can
 * be off from the list by those few.
 */
export async function browseCount(db: TriglotDb, f: BrowseFilter): Promise<number> {
  const { course, kind, state } = f;
  if (!state) return courseCount(db, course, kind);
  if (state === 'new') {
    const [total, met] = await Promise.all([courseCount(db, course, kind), metKeys(db, course)]);
    // A suspended row in state new is not new either.
    const suspendedNew = await db.cards
      .where('[course+state]')
      .equals([course, 'new'])
      .filter((r) => r.suspended && (!kind || kindOfId(r.id) === kind))
      .count();
    let metOfKind = 0;
    for (const id of met) if (!kind || kindOfId(id) === kind) metOfKind++;
    return Math.max(0, total - metOfKind - suspendedNew);
  }
  const rows =
    state === 'suspended'
      ? db.cards.where('[course+due]').between([course, Dexie.minKey], [course, Dexie.maxKey])
      : db.cards.where('[course+state]').equals([course, state]);
  return rows
    .filter((r) => (state === 'suspended') === r.suspended && (!kind || kindOfId(r.id) === kind))
    .count();
}

/** The course's cards (of a kind): a native index count, or per article a primary-key range, since ids start `lang:article:kind:`. */
async function courseCount(db: TriglotDb, course: Lang, kind: CardKind | undefined) {
  if (!kind) return courseRange(db, course, null).count();
  const articles = await db.articles.toCollection().primaryKeys();
  const counts = await Promise.all(
    articles.map((a) => {
      const prefix = `${course}:${a}:${kind}:`;
      return db.content.where(':id').between(prefix, `${prefix}\uffff`).count();
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** One card as Browse shows it, with its row: the detail pane, whatever the list's filter. */
export async function browseCard(db: TriglotDb, id: CardId): Promise<BrowseItem | undefined> {
  const [[card], row] = await Promise.all([getCards(db, [id]), db.cards.get(id)]);
  return card ? { card, row } : undefined;
}
