/**
 * Reading an Anki collection back: the revlog of Triglot's own cards as answer
 * events (the LWT rule: only reviews after our last one per card, in order, with
 * ids made from the card and the review time, so a second import adds nothing),
 * and a foreign deck's sentence notes in two of our languages as the texts of a
 * new article. Pure: sql.js is handed in.
 */
import type { Database } from 'sql.js';
import { LANGS, type CardId, type Lang } from '@/lib/corpus/types';
import { detectLanguage } from '@/lib/import/input';
import type { CardEvent, CardEventBody, EventId } from '@/lib/srs/events';
import { isGrade } from '@/lib/srs/grade';
import type { CardStateName } from '@/lib/srs/card-state';
import { contentHash } from '@/lib/corpus/hash';
import { ApkgError } from './errors';
import { stripHtml } from './export';
import { triglotCardId } from './ids';
import { FIELD_SEPARATOR, REVLOG_TYPE } from './schema';

/** More cards than this is not a deck to study in a browser tab. */
export const MAX_CARDS = 200_000;
export const MAX_REVLOG = 5_000_000;

export interface AnkiRevlog {
  readonly id: number;
  readonly ease: number;
  readonly lastIvl: number;
  readonly time: number;
  readonly type: number;
}

export interface ReadCollection {
  /** Triglot cards found in the deck, each with its revlog in time order. */
  readonly triglot: ReadonlyMap<CardId, readonly AnkiRevlog[]>;
  /** The other notes' first two fields, as text, with the name of their deck. */
  readonly foreign: readonly {
    readonly front: string;
    readonly back: string;
    readonly deck: string;
  }[];
}

const GUID = new RegExp(`^(${LANGS.join('|')}):[^:]+:(cloze|translation):[0-9a-z]+$`);

function rows(db: Database, sql: string): unknown[][] {
  return db.exec(sql)[0]?.values ?? [];
}

function count(db: Database, table: string): number {
  return Number(rows(db, `SELECT count(*) FROM ${table}`)[0]?.[0] ?? 0);
}

export function readCollection(db: Database): ReadCollection {
  let cards: number;
  try {
    cards = count(db, 'cards');
    count(db, 'notes');
    count(db, 'revlog');
  } catch {
    throw new ApkgError('NOT_ANKI', 'no Anki tables in the collection');
  }
  if (cards > MAX_CARDS) throw new ApkgError('DECK_TOO_LARGE', `${cards} cards`);
  if (count(db, 'revlog') > MAX_REVLOG) throw new ApkgError('DECK_TOO_LARGE', 'revlog too long');
  let deckNames = new Map<number, string>();
  try {
    const decks = JSON.parse(String(rows(db, 'SELECT decks FROM col')[0]?.[0] ?? '{}')) as Record<
      string,
      { name?: string }
    >;
    deckNames = new Map(Object.entries(decks).map(([id, d]) => [Number(id), String(d.name ?? '')]));
  } catch {
    // A collection with unreadable deck names still has cards; the article is named by the page.
  }
  const byCid = new Map<number, CardId>();
  const triglot = new Map<CardId, AnkiRevlog[]>();
  const foreign: { front: string; back: string; deck: string }[] = [];
  const seenForeign = new Set<number>();
  for (const [cid, ord, did, nid, guid, flds] of rows(
    db,
    'SELECT c.id, c.ord, c.did, n.id, n.guid, n.flds FROM cards c JOIN notes n ON n.id = c.nid ORDER BY c.id',
  )) {
    const m = GUID.exec(String(guid));
    const id = m ? triglotCardId(String(guid), m[2] as 'cloze' | 'translation', Number(ord)) : null;
    if (id) {
      byCid.set(Number(cid), id);
      triglot.set(id, []);
      continue;
    }
    if (seenForeign.has(Number(nid))) continue;
    seenForeign.add(Number(nid));
    const fields = String(flds).split(FIELD_SEPARATOR);
    if (fields.length < 2) continue;
    const front = stripHtml(fields[0]!);
    const back = stripHtml(fields[1]!);
    if (front && back) foreign.push({ front, back, deck: deckNames.get(Number(did)) ?? '' });
  }
  for (const [id, cid, ease, lastIvl, time, type] of rows(
    db,
    'SELECT id, cid, ease, lastIvl, time, type FROM revlog ORDER BY id',
  )) {
    const card = byCid.get(Number(cid));
    if (!card) continue;
    triglot.get(card)!.push({
      id: Number(id),
      ease: Number(ease),
      lastIvl: Number(lastIvl),
      time: Number(time),
      type: Number(type),
    });
  }
  return { triglot, foreign };
}

function fromOf(r: AnkiRevlog): CardStateName {
  if (r.type === REVLOG_TYPE.learning) return r.lastIvl === 0 ? 'new' : 'learning';
  if (r.type === REVLOG_TYPE.relearning) return 'relearning';
  return 'review';
}

/** An imported review's id: from the card and the time, so importing twice is the same event. */
function importedId(cardId: CardId, at: number, kind: string): EventId {
  return `${kind.slice(0, 2)}.${contentHash(`${cardId}|${at}|${kind}|`)}` as EventId;
}

/**
 * The events a card's Anki history adds to our log: answers (and Anki's
 * Forget, a reset) later than `after`, our last answer or reset of that card,
 * in time order. Filtered and rescheduled rows set no memory and are left out.
 */
export function revlogEvents(
  cardId: CardId,
  course: Lang,
  revlog: readonly AnkiRevlog[],
  after: number,
): CardEvent[] {
  const out: CardEvent[] = [];
  for (const r of revlog) {
    if (r.id <= after) continue;
    let body: CardEventBody;
    if (isGrade(r.ease) && r.type <= REVLOG_TYPE.filtered) {
      body = {
        kind: 'answer',
        grade: r.ease,
        durationMs: Math.max(0, r.time),
        typed: null,
        verdict: null,
        from: fromOf(r),
      };
    } else if (r.ease === 0 && r.type === REVLOG_TYPE.manual) {
      body = { kind: 'reset' };
    } else continue;
    out.push({
      ...body,
      id: importedId(cardId, r.id, body.kind),
      seq: r.id,
      cardId,
      course,
      at: r.id,
    } as CardEvent);
  }
  return out;
}

/** A foreign deck as an article's texts: both sides' languages must be two of ours. */
export function foreignArticle(
  notes: ReadCollection['foreign'],
): { title: string; texts: Partial<Record<Lang, string>>; sentences: number } | null {
  if (notes.length === 0) return null;
  const sample = (side: 'front' | 'back') =>
    notes
      .slice(0, 200)
      .map((n) => n[side])
      .join(' ');
  const a = detectLanguage(sample('front'));
  const b = detectLanguage(sample('back'));
  if (a.kind !== 'taught' || b.kind !== 'taught' || a.lang === b.lang) return null;
  const line = (s: string) => s.replace(/\s+/g, ' ').trim();
  return {
    title: notes[0]!.deck.split('::').at(-1) ?? '',
    texts: {
      [a.lang]: notes.map((n) => line(n.front)).join('\n'),
      [b.lang]: notes.map((n) => line(n.back)).join('\n'),
    },
    sentences: notes.length,
  };
}
