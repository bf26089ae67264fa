import Dexie from 'dexie';
import {
  joinCard,
  type ArticleBundle,
  type Card,
  type CardContent,
  type CardKind,
  type CourseSummary,
} from '@/lib/corpus/model';
import { foldWord } from '@/lib/corpus/neighbours';
import { courseSummaries, sumCourses } from '@/lib/corpus/pipeline';
import { canonicalText, contentHash } from '@/lib/corpus/hash';
import { LANGS, type ArticleId, type CardId, type Lang } from '@/lib/corpus/types';
import { noteLogChanges } from './daily-repo';
import { noteCardChanges, TALLY_META } from './tally-repo';
import { classifyStorageError } from './errors';
import { presentKeys } from './key-windows';
import { unpackLog } from './log-codec';
import { lowerFrontier } from './new-frontier';
import type { ArticleOrigin, ArticleRow, ContentRow, TriglotDb, UnitRow } from './schema';

const WORD_RE = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** Folded words of a text (case, accents, ä→ae, ß→ss), once each: what a search asks for. */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const m of text.matchAll(WORD_RE)) terms.add(foldWord(m[0]));
  return [...terms];
}

/** A search word as the index holds it: within its course. */
export function termKey(lang: Lang, word: string): string {
  return `${lang}|${word}`;
}

/**
 * What Browse's index holds for a sentence: each word folded, within its course
 * (so a search in one course never reads another's rows), and also with ä, ö, ü
 * folded to a, o, u, since learners often type Madchen for Mädchen.
 */
export function indexTerms(text: string, lang: Lang): string[] {
  const terms = new Set<string>();
  for (const m of text.matchAll(WORD_RE)) {
    terms.add(termKey(lang, foldWord(m[0])));
    const plain = foldWord(m[0].replace(/[äöüÄÖÜ]/g, (c) => c.normalize('NFD')[0]!));
    terms.add(termKey(lang, plain));
  }
  return [...terms];
}

/** Whether a card's index terms hold every search word as a prefix. */
export function matchesAll(
  terms: readonly string[],
  lang: Lang,
  words: readonly string[],
): boolean {
  return words.every((w) => {
    const key = termKey(lang, w);
    return terms.some((t) => t.startsWith(key));
  });
}

/** The key two imports of the same texts share, whatever their whitespace or quote style. */
export function textsKey(texts: Readonly<Partial<Record<Lang, string>>>): string {
  return contentHash(LANGS.map((l) => canonicalText(texts[l] ?? '')).join('\u241f'));
}

/**
 * Writes an article with its units, cards and words in one transaction: all or
 * nothing. An article already stored under the same id is replaced; cards of an
 * unchanged sentence keep their id, so their progress (in `cards` and `reviews`,
 * which this never touches) carries over.
 */
export async function putArticle(
  db: TriglotDb,
  bundle: ArticleBundle,
  origin: ArticleOrigin,
  version: string,
  now: number,
): Promise<ArticleRow> {
  const { article, texts, cards, words } = bundle;
  const { units, format: _format, ...meta } = article;
  const byUnit = new Map(units.map((u) => [u.id, u]));
  const row: ArticleRow = {
    ...meta,
    origin,
    version,
    contentKey: textsKey(texts),
    addedAt: now,
    units: units.length,
    courses: courseSummaries(cards),
    texts,
  };
  const unitRows: UnitRow[] = units.map((u) => ({ ...u, article: article.id }));
  const contentRows: ContentRow[] = cards.map((c) => ({
    ...c,
    order: orderKey(c.rank, c.id),
    terms: indexTerms(byUnit.get(c.unit)?.text[c.lang] ?? '', c.lang),
  }));
  try {
    await db.transaction('rw', [db.articles, db.units, db.content, db.words, db.meta], async () => {
      const old = await db.articles.get(article.id);
      if (old) {
        await db.units
          .where('[article+index]')
          .between([article.id, Dexie.minKey], [article.id, Dexie.maxKey])
          .delete();
        await db.content.where('article').equals(article.id).delete();
      }
      await db.articles.put({ ...row, addedAt: old?.addedAt ?? now });
      await db.units.bulkPut(unitRows);
      await db.content.bulkPut(contentRows);
      // Its cards may be new, anywhere in their course's order.
      await lowerFrontier(db, contentRows);
      await db.words.put({ article: article.id, words });
    });
  } catch (error) {
    throw classifyStorageError(error);
  }
  return row;
}

/**
 * Removes an article and its content. With `history`, also the schedule and
 * review log of its cards; without, they stay (a re-added article finds them).
 */
export async function deleteArticle(
  db: TriglotDb,
  id: ArticleId,
  opts: { history: boolean },
): Promise<void> {
  try {
    await db.transaction(
      'rw',
      [db.articles, db.units, db.content, db.words, db.cards, db.logs, db.daily, db.meta, db.tally],
      async () => {
        await db.articles.delete(id);
        await db.units
          .where('[article+index]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey])
          .delete();
        await db.content.where('article').equals(id).delete();
        await db.words.delete(id);
        if (!opts.history) return;
        for (const lang of LANGS) {
          // Card ids start with `lang:article:`, so a key range finds them without an index.
          const prefix = `${lang}:${id}:`;
          const logs = db.logs.where('id').between(prefix, `${prefix}\uffff`);
          // The statistics lose the answers with the log.
          await noteLogChanges(
            db,
            (await logs.toArray()).map((l) => ({
              cardId: l.id,
              course: l.course,
              before: unpackLog(l),
              after: [],
            })),
          );
          const cards = db.cards.where('id').between(prefix, `${prefix}\uffff`);
          await noteCardChanges(
            db,
            await db.meta.get(TALLY_META),
            (await cards.toArray()).map((c) => ({ id: c.id, before: c, after: undefined })),
          );
          await cards.delete();
          await logs.delete();
        }
      },
    );
  } catch (error) {
    throw classifyStorageError(error);
  }
}

/** Every article, newest first, without loading any of their cards. */
export async function listArticles(db: TriglotDb): Promise<ArticleRow[]> {
  const rows = await db.articles.toArray();
  return rows.sort((a, b) =>
    a.origin === b.origin ? b.addedAt - a.addedAt : a.origin === 'learner' ? -1 : 1,
  );
}

export async function getArticle(db: TriglotDb, id: ArticleId): Promise<ArticleRow | undefined> {
  return db.articles.get(id);
}

export async function findArticleByTexts(
  db: TriglotDb,
  texts: Readonly<Partial<Record<Lang, string>>>,
): Promise<ArticleRow | undefined> {
  return db.articles.where('contentKey').equals(textsKey(texts)).first();
}

export async function articleUnits(db: TriglotDb, id: ArticleId): Promise<UnitRow[]> {
  return db.units
    .where('[article+index]')
    .between([id, Dexie.minKey], [id, Dexie.maxKey])
    .toArray();
}

/** Cards as shown, in the order asked; a card whose content is gone is undefined. */
export async function getCards(
  db: TriglotDb,
  ids: readonly CardId[],
): Promise<(Card | undefined)[]> {
  const contents = await db.content.bulkGet([...ids]);
  const unitIds = [...new Set(contents.flatMap((c) => (c ? [c.unit] : [])))];
  const units = new Map(
    (await db.units.bulkGet(unitIds)).flatMap((u) => (u ? [[u.id, u] as const] : [])),
  );
  return contents.map((c) => {
    const unit = c && units.get(c.unit);
    if (!c || !unit) return undefined;
    const { terms: _terms, ...content } = c;
    return joinCard(content as CardContent, unit);
  });
}

/** Which of these ids still have content (a card whose sentence left the corpus has none). */
export async function existingCardIds(db: TriglotDb, ids: readonly CardId[]): Promise<Set<CardId>> {
  return presentKeys(db.content, ids);
}

/** Where a card stands in its course's new-card order: a page of the walk ends at one. */
export interface CardRef {
  readonly id: CardId;
  readonly order: string;
}

/**
 * A sortable key for new-card order: rank, then id. One string field keeps the
 * course index two-part, so a page of it is a plain getAllKeys (a three-part key
 * range with a limit walks a cursor and is a hundred times slower).
 */
export function orderKey(rank: number, id: CardId): string {
  return `${rank.toFixed(3).padStart(14, '0')} ${id}`;
}

/** A course on the [lang+order] index, after `after` when given. */
export function courseRange(db: TriglotDb, lang: Lang, after: CardRef | null) {
  return db.content
    .where('[lang+order]')
    .between([lang, after ? after.order : ''], [lang, '\uffff'], after === null, true);
}

/**
 * A course's cards in new-card order, `limit` at a time from after `after`.
 * Reads primary keys only (and one row for where the page ends), so skipping
 * thousands of met cards on the way to the first new one stays cheap.
 */
export async function cardsInRankOrder(
  db: TriglotDb,
  lang: Lang,
  after: CardRef | null,
  limit: number,
): Promise<CardRef[]> {
  const ids = await courseRange(db, lang, after).limit(limit).primaryKeys();
  if (ids.length === 0) return [];
  const last = await db.content.get(ids[ids.length - 1]!);
  // Only the last ref needs its order, to continue from; the others are never resumed from.
  return ids.map((id, i) => ({ id, order: i === ids.length - 1 && last ? last.order : '' }));
}

/** Ids are `lang:article:kind:hash` (lib/corpus/cards.ts), so kind is known from keys alone. */
export function kindOfId(id: CardId): string | undefined {
  const parts = id.split(':');
  return parts[parts.length - 2];
}

/**
 * The first `count` ids of a course in rank order, of one kind or all, from
 * index keys alone: a page costs one key read (more when a kind is rare early on).
 */
async function rankedIds(
  db: TriglotDb,
  lang: Lang,
  kind: CardKind | undefined,
  count: number,
): Promise<CardId[]> {
  const out: CardId[] = [];
  let after: CardRef | null = null;
  let size = count;
  for (;;) {
    const refs = await cardsInRankOrder(db, lang, after, size);
    for (const r of refs) if (!kind || kindOfId(r.id) === kind) out.push(r.id);
    if (out.length >= count || refs.length < size) return out.slice(0, count);
    after = refs[refs.length - 1]!;
    size = Math.min(size * 2, 4096);
  }
}

export interface CardPage {
  readonly cards: Card[];
  /** Whether more cards match after this page. */
  readonly more: boolean;
}

export interface CardQuery {
  readonly lang?: Lang;
  readonly article?: ArticleId;
  readonly kind?: CardKind;
  /** Words to find (prefixes, accent- and case-blind), all of them in the card's sentence. */
  readonly search?: string;
  readonly offset: number;
  readonly limit: number;
}

/** One page of cards through an index: the search term, the article or the course. */
export async function queryCards(db: TriglotDb, q: CardQuery): Promise<CardPage> {
  const words = q.search ? searchTerms(q.search) : [];
  if (words.length === 0 && !q.article && q.lang) {
    // A filter on rows would walk a cursor, a round trip a card; keys come in one read.
    const ids = (await rankedIds(db, q.lang, q.kind, q.offset + q.limit + 1)).slice(q.offset);
    const cards = (await getCards(db, ids.slice(0, q.limit))).filter((c): c is Card => !!c);
    return { cards, more: ids.length > q.limit };
  }
  const longest = [...words].sort((a, b) => b.length - a.length)[0];
  const langs = q.lang ? [q.lang] : LANGS;
  const base = longest
    ? db.content
        .where('terms')
        .startsWithAnyOf(langs.map((l) => termKey(l, longest)))
        .distinct()
    : q.article
      ? db.content.where('article').equals(q.article)
      : q.lang
        ? courseRange(db, q.lang, null)
        : db.content.toCollection();
  const rows = await base
    .filter(
      (c) =>
        (!q.lang || c.lang === q.lang) &&
        (!q.article || c.article === q.article) &&
        (!q.kind || c.kind === q.kind) &&
        matchesAll(c.terms, c.lang, words),
    )
    .offset(q.offset)
    .limit(q.limit + 1)
    .primaryKeys();
  const cards = (await getCards(db, rows.slice(0, q.limit))).filter((c): c is Card => !!c);
  return { cards, more: rows.length > q.limit };
}

/** Per course, the sum over every article: what Home shows. */
export async function librarySummary(db: TriglotDb): Promise<CourseSummary[]> {
  return sumCourses((await db.articles.toArray()).map((r) => r.courses));
}

/** Every article's words, for the distractors of an article being added. */
export async function libraryWordRows(db: TriglotDb) {
  return db.words.toArray();
}

export interface ShippedEntry {
  readonly id: ArticleId;
  readonly version: string;
}

/**
 * Brings the shipped articles into the stores: those never imported or whose
 * file changed since (by version), and drops the content of one no longer
 * shipped (its history stays, as for any removed sentence). Returns how many
 * were written.
 */
export async function syncShippedArticles(
  db: TriglotDb,
  shipped: readonly ShippedEntry[],
  load: (id: ArticleId) => Promise<ArticleBundle>,
  now: number,
): Promise<number> {
  const stored = new Map(
    (await db.articles.toArray()).map((a) => [a.id, { origin: a.origin, version: a.version }]),
  );
  let written = 0;
  for (const entry of shipped) {
    if (stored.get(entry.id)?.version === entry.version) continue;
    await putArticle(db, await load(entry.id), 'shipped', entry.version, now);
    written++;
  }
  const ids = new Set(shipped.map((s) => s.id));
  for (const [id, row] of stored) {
    if (row.origin === 'shipped' && !ids.has(id)) await deleteArticle(db, id, { history: false });
  }
  return written;
}

/** A course's cards a page at a time, in rank order: exports read the course without holding it. */
export async function* courseCardPages(
  db: TriglotDb,
  lang: Lang,
  pageSize = 1000,
): AsyncGenerator<Card[]> {
  let after: CardRef | null = null;
  for (;;) {
    const refs = await cardsInRankOrder(db, lang, after, pageSize);
    if (refs.length === 0) return;
    yield (
      await getCards(
        db,
        refs.map((r) => r.id),
      )
    ).filter((c): c is Card => !!c);
    after = refs[refs.length - 1]!;
  }
}
