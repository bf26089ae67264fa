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
 */
import type { CardId, Lang } from '@/lib/corpus/types';
import type { CardState } from '@/lib/srs/card-state';
import type { TriglotDb } from './schema';

export interface Frontier {
  /** Cards before this order key are met; '' is the start of the course. */
  readonly order: string;
  readonly version: number;
}

const PREFIX = 'newFrom:';
const key = (lang: Lang) => `${PREFIX}${lang}`;

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

export async function readFrontier(db: TriglotDb, lang: Lang): Promise<Frontier> {
  const value = (await db.meta.get(key(lang)))?.value;
  return valid(value) ? value : { order: '', version: 0 };
}

/** Whether a card with this stored state (none: never met) is a candidate for new cards. */
export function isNewCandidate(state: Pick<CardState, 'state' | 'suspended'> | undefined): boolean {
  return state === undefined || (state.state === 'new' && !state.suspended);
}

/** In the caller's transaction (meta in scope): these orders may hold candidates now. */
export async function lowerFrontier(
  db: TriglotDb,
  orders: readonly { readonly lang: Lang; readonly order: string }[],
): Promise<void> {
  const lowest = new Map<Lang, string>();
  for (const { lang, order } of orders) {
    const was = lowest.get(lang);
    if (was === undefined || order < was) lowest.set(lang, order);
  }
  for (const [lang, order] of lowest) {
    const now = await readFrontier(db, lang);
    await db.meta.put({
      key: key(lang),
      value: { order: order < now.order ? order : now.order, version: now.version + 1 },
    });
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
  const ids = written.filter((w) => isNewCandidate(w.state)).map((w) => w.id);
  if (!ids.length) return;
  const content = await db.content.bulkGet(ids);
  await lowerFrontier(
    db,
    content.flatMap((c) => (c ? [{ lang: c.lang, order: c.order }] : [])),
  );
}

/** Raises the frontier to `order` if nobody lowered it since `seen` was read. */
export async function raiseFrontier(
  db: TriglotDb,
  lang: Lang,
  seen: Frontier,
  order: string,
): Promise<void> {
  if (order <= seen.order) return;
  await db.transaction('rw', [db.meta], async () => {
    const now = await readFrontier(db, lang);
    if (now.version !== seen.version || now.order !== seen.order) return;
    await db.meta.put({ key: key(lang), value: { order, version: now.version } });
  });
}
