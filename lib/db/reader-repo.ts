/**
 * What the Reader knows of an article's words (issue 12): the clozes of one article
 * in one language, each with its word's status as the Words page computes it. Read
 * through the content's `article` index and by word id, never the whole course.
 */
import { liveQuery } from 'dexie';
import type { ArticleId, CardId, Lang, UnitId } from '@/lib/corpus/types';
import { isIgnored, wordId, wordStatus, type WordStatus } from '@/lib/srs/words';
import { knownShare, type KnownShare, type ReaderCloze } from '@/lib/srs/reader-words';
import { logEvents } from './event-repo';
import type { TriglotDb } from './schema';

/** One cloze of the article: where its blank sits, its word and the sentence card it belongs to. */
export interface ReaderWordCloze extends ReaderCloze {
  readonly card: CardId;
  readonly unit: UnitId;
  readonly word: CardId;
  readonly pos: string;
}

export interface ReaderWords {
  readonly lang: Lang;
  /** By unit id, then where the blank starts; the Reader walks the units in order itself. */
  readonly clozes: readonly ReaderWordCloze[];
  /** Each lemma's status; a lemma without a word item is new, as on the Words page. */
  readonly status: Readonly<Record<string, WordStatus>>;
}

export async function readerWords(
  db: TriglotDb,
  article: ArticleId,
  lang: Lang,
): Promise<ReaderWords> {
  const rows = await db.content.where('article').equals(article).toArray();
  const clozes: ReaderWordCloze[] = [];
  for (const row of rows) {
    if (row.kind !== 'cloze' || row.lang !== lang) continue;
    const c = row.cloze;
    clozes.push({
      card: row.id,
      unit: row.unit,
      word: wordId(lang, c.lemma),
      start: c.start,
      end: c.end,
      lemma: c.lemma,
      pos: c.pos,
      ...(c.gender ? { gender: c.gender } : {}),
      ...(c.gloss ? { gloss: c.gloss } : {}),
    });
  }
  clozes.sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.start - b.start));
  const lemmas = [...new Set(clozes.map((c) => c.lemma))];
  const ids = lemmas.map((l) => wordId(lang, l));
  const [cards, logs] = await Promise.all([db.cards.bulkGet(ids), db.logs.bulkGet(ids)]);
  const status: Record<string, WordStatus> = {};
  lemmas.forEach((lemma, i) => {
    const row = cards[i];
    status[lemma] = wordStatus(row, isIgnored(logEvents(logs[i])));
  });
  return { lang, clozes, status };
}

/**
 * `readerWords` for each of `langs`, again whenever a row it read changes (a word
 * marked known here, on the Words page or in another tab). Returns the unsubscribe.
 */
export function watchReaderWords(
  db: TriglotDb,
  article: ArticleId,
  langs: readonly Lang[],
  onData: (words: ReadonlyMap<Lang, ReaderWords>) => void,
  onError: (error: unknown) => void,
): () => void {
  const sub = liveQuery(async () => {
    const all = await Promise.all(langs.map((l) => readerWords(db, article, l)));
    return new Map(all.map((r) => [r.lang, r]));
  }).subscribe({ next: onData, error: onError });
  return () => sub.unsubscribe();
}

/** Each article's known share per language it has cards in (Home's list, issue 12). */
export type ArticleShares = ReadonlyMap<ArticleId, Readonly<Partial<Record<Lang, KnownShare>>>>;

/** Cards read per article for Home's known share: its first ones, in id order. */
export const SHARE_CARDS = 2_000;

/**
 * The known share of each article in each language, as the Reader counts it (one per
 * cloze). Reads the articles' content by the `article` index (at most `SHARE_CARDS` cards of
 * each: for a longer text, the share of those) and each distinct word's row and log once,
 * however many articles it is in.
 */
export async function articleShares(
  db: TriglotDb,
  articles: readonly ArticleId[],
): Promise<ArticleShares> {
  // At most SHARE_CARDS cards an article: Home lists every article, and a learner's own
  // book-length text must not put its whole course in memory for one percentage.
  const rows = (
    await Promise.all(
      articles.map((a) => db.content.where('article').equals(a).limit(SHARE_CARDS).toArray()),
    )
  ).flat();
  const lemmas = new Map<ArticleId, Map<Lang, string[]>>();
  const words = new Set<CardId>();
  for (const row of rows) {
    if (row.kind !== 'cloze') continue;
    const byLang = lemmas.get(row.article) ?? new Map<Lang, string[]>();
    const list = byLang.get(row.lang) ?? [];
    list.push(row.cloze.lemma);
    byLang.set(row.lang, list);
    lemmas.set(row.article, byLang);
    words.add(wordId(row.lang, row.cloze.lemma));
  }
  const ids = [...words];
  const [cards, logs] = await Promise.all([db.cards.bulkGet(ids), db.logs.bulkGet(ids)]);
  const status = new Map<CardId, WordStatus>(
    ids.map((id, i) => [id, wordStatus(cards[i], isIgnored(logEvents(logs[i])))]),
  );
  const out = new Map<ArticleId, Partial<Record<Lang, KnownShare>>>();
  for (const [article, byLang] of lemmas) {
    const shares: Partial<Record<Lang, KnownShare>> = {};
    for (const [lang, list] of byLang) {
      shares[lang] = knownShare(list, (l) => status.get(wordId(lang, l)) ?? 'new');
    }
    out.set(article, shares);
  }
  return out;
}

/** `articleShares`, again whenever a row it read changes. Returns the unsubscribe. */
export function watchArticleShares(
  db: TriglotDb,
  articles: readonly ArticleId[],
  onData: (shares: ArticleShares) => void,
  onError: (error: unknown) => void,
): () => void {
  const sub = liveQuery(() => articleShares(db, articles)).subscribe({
    next: onData,
    error: onError,
  });
  return () => sub.unsubscribe();
}
