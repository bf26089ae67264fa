/**
 * Where a course's new cards begin in rank order. A long-studied course has
 * tens of thousands of met cards before its first new one; walking past them
 * for every queue cost most of its time. The frontier is an order key such that
 * every card before it is met (has a state that is not new, or is suspended).
 *
 * Lowering it is always safe, raising it needs proof, so: every write that can
 * make a card a new-card candidate again (a reset, an undo back to new, an
 * unsuspend, content added) lowers it in the same transaction and bumps its
 * version; the queue raises it only to the first candidate its walk found, and
 * only if the version is still the one it read (compare and set: another tab
 * may have lowered it meanwhile).
 *
 * The frontier alone skips only the met cards before the first candidate. A
 * learner's own article studied far ahead of the shipped ones leaves candidates
 * scattered among tens of thousands of met cards, and the walk past them cost
 * seconds at every start. So the row also keeps what the last walk found: up to
 * `until` (exclusive), every candidate is among `known`. The same writes keep
 * that true: a card that may be a candidate again below `until` is added to
 * `known` (or, for many cards at once, `until` is cut back to below it). A card
 * in `known` that has since been met is only dropped by the next walk.
 *
 * "Learn words" has a frontier of its own (scope `words`, meta `newFrom:words:<lang>`),
 * over the same [lang+order] walk, where a cloze is a candidate when its word is:
 * the word item's row is new or absent. Its `known` holds every cloze of a candidate
 * word that the walk passed, not only the word's first, so removing one sentence
 * leaves the word found. The same writes keep it: every order that lowers the cards'
 * frontier lowers it too (content added, a cloze new again: more than needed, never
 * less), and a word item that is a candidate again lowers it to its clozes' orders.
 */
import type { CardId, Lang } from '@/lib/corpus/types';
import type { CardState } from '@/lib/srs/card-state';
import { isWordId, lemmaOf } from '@/lib/srs/words';
import type { TriglotDb } from './schema';

export interface Frontier {
  /** Cards before this order key are met; '' is the start of the course. */
  readonly order: string;
  readonly version: number;
  /** Walked up to here (exclusive): every candidate in [order, until) is in `known`. */
  readonly until?: string;
  /** Order keys of candidates in [order, until), ascending; some may be met since. */
  readonly known?: readonly string[];
}

/** More cards than this made candidates at once (an article added) cut `until` back instead. */
const MAX_ADDED = 256;
/** The most order keys a row keeps: a day's new cards several times over. */
export const MAX_KNOWN = 2048;

/** Which new items a frontier walks to: cards (learn sentences) or word items (learn words). */
export type FrontierScope = 'cards' | 'words';
const SCOPES: readonly FrontierScope[] = ['cards', 'words'];

/** Read per word item new again: a word in more sentences lowers its frontier to the start. */
const MAX_WORD_SENTENCES = 2048;

const PREFIX = 'newFrom:';
const key = (lang: Lang, scope: FrontierScope) =>
  scope === 'cards' ? `${PREFIX}${lang}` : `${PREFIX}words:${lang}`;

/**
 * A frontier row in `meta`. It is a hint, not the learner's data: any write may
 * lower it and any queue raise it, so store comparisons in tests leave it out.
 */
export function isFrontierKey(metaKey: string): boolean {
  return metaKey.startsWith(PREFIX);
}

function valid(value: unknown): value is Frontier {
  const f = value as Frontier | null;
  return !!f && typeof f.order === 'string' && Number.isInteger(f.version);
}

/** The walk's cache, when the row has one that makes sense; else none (walk from `order`). */
function withCache(f: Frontier): Frontier {
  const { order, version, until, known } = f;
  const ok =
    typeof until === 'string' &&
    until >= order &&
    Array.isArray(known) &&
    known.every(
      (k, i) => typeof k === 'string' && k >= order && k < until && (i === 0 || k > known[i - 1]!),
    );
  return ok ? { order, version, until, known } : { order, version };
}

export async function readFrontier(
  db: TriglotDb,
  lang: Lang,
  scope: FrontierScope = 'cards',
): Promise<Frontier> {
  const value = (await db.meta.get(key(lang, scope)))?.value;
  return valid(value) ? withCache(value) : { order: '', version: 0 };
}

/** The card id in an order key (content-repo `orderKey`: rank, a space, the id). */
export function orderKeyId(order: string): CardId {
  return order.slice(order.indexOf(' ') + 1) as CardId;
}

/** Whether a card with this stored state (none: never met) is a candidate for new cards. */
export function isNewCandidate(state: Pick<CardState, 'state' | 'suspended'> | undefined): boolean {
  return state === undefined || (state.state === 'new' && !state.suspended);
}

/**
 * In the caller's transaction (meta in scope): these orders may hold candidates now.
 * Both scopes by default: a card or content that is a candidate may make its word one.
 */
export async function lowerFrontier(
  db: TriglotDb,
  orders: readonly { readonly lang: Lang; readonly order: string }[],
  scopes: readonly FrontierScope[] = SCOPES,
): Promise<void> {
  for (const scope of scopes) await lowerScope(db, orders, scope);
}

async function lowerScope(
  db: TriglotDb,
  orders: readonly { readonly lang: Lang; readonly order: string }[],
  scope: FrontierScope,
): Promise<void> {
  const lowest = new Map<Lang, string>();
  for (const { lang, order } of orders) {
    const was = lowest.get(lang);
    if (was === undefined || order < was) lowest.set(lang, order);
  }
  for (const [lang, order] of lowest) {
    const now = await readFrontier(db, lang, scope);
    const next = { order: order < now.order ? order : now.order, version: now.version + 1 };
    let cache: Pick<Frontier, 'until' | 'known'> = {};
    if (now.until !== undefined && now.known) {
      const until = now.until;
      const added = orders.filter((o) => o.lang === lang && o.order < until).map((o) => o.order);
      // '' (a word in too many sentences to list): the cache holds nowhere.
      if (added.length <= MAX_ADDED && order !== '') {
        const known = [...new Set([...now.known, ...added])].sort();
        cache = known.length <= MAX_KNOWN ? { until, known } : {};
      } else {
        // Many at once: the walk's cache holds only below the lowest of them.
        cache = { until: order, known: now.known.filter((k) => k < order) };
      }
    }
    await db.meta.put({ key: key(lang, scope), value: { ...next, ...cache } });
  }
}

/**
 * In the caller's transaction (content and meta in scope): of these cards just
 * written, those that are candidates again lower their course's frontier.
 */
export async function noteCandidates(
  db: TriglotDb,
  written: readonly { readonly id: CardId; readonly state: CardState | undefined }[],
): Promise<void> {
  const all = written.filter((w) => isNewCandidate(w.state)).map((w) => w.id);
  const ids = all.filter((id) => !isWordId(id));
  const words = all.filter(isWordId);
  if (ids.length) {
    const content = await db.content.bulkGet(ids);
    await lowerFrontier(
      db,
      content.flatMap((c) => (c ? [{ lang: c.lang, order: c.order }] : [])),
    );
  }
  if (words.length) await lowerFrontier(db, await wordOrders(db, words), ['words']);
}

/**
 * The orders of these word items' sentences (their clozes), where the words walk
 * will meet them. A word in more sentences than are read lowers to the start of
 * the course: correct, and the next walk is a long one once.
 */
async function wordOrders(
  db: TriglotDb,
  words: readonly CardId[],
): Promise<{ lang: Lang; order: string }[]> {
  const out: { lang: Lang; order: string }[] = [];
  for (const word of words) {
    const lang = word.slice(0, word.indexOf(':')) as Lang;
    const rows = await db.content
      .where('[lang+cloze.lemma]')
      .equals([lang, lemmaOf(word)])
      .limit(MAX_WORD_SENTENCES + 1)
      .toArray();
    if (rows.length > MAX_WORD_SENTENCES) out.push({ lang, order: '' });
    else for (const c of rows) out.push({ lang, order: c.order });
  }
  return out;
}

/**
 * Raises the frontier to `order` and keeps what the walk found (`until`, `known`:
 * every candidate in [order, until)), if nobody lowered it since `seen` was read.
 */
export async function raiseFrontier(
  db: TriglotDb,
  lang: Lang,
  seen: Frontier,
  walked: { readonly order: string; readonly until: string; readonly known: readonly string[] },
  scope: FrontierScope = 'cards',
): Promise<void> {
  const order = walked.order > seen.order ? walked.order : seen.order;
  let { until, known } = walked;
  known = known.filter((k) => k >= order);
  if (known.length > MAX_KNOWN) {
    until = known[MAX_KNOWN]!;
    known = known.slice(0, MAX_KNOWN);
  }
  const same =
    order === seen.order &&
    until === seen.until &&
    known.length === seen.known?.length &&
    known.every((k, i) => k === seen.known![i]);
  if (same) return;
  await db.transaction('rw', [db.meta], async () => {
    const now = await readFrontier(db, lang, scope);
    if (now.version !== seen.version || now.order !== seen.order) return;
    await db.meta.put({
      key: key(lang, scope),
      value: { order, version: now.version, until, known },
    });
  });
}
