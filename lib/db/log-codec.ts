/**
 * How a card's events are stored: one row per card (`logs`), its events as short
 * tuples. A row per event cost about 300 bytes in Chromium's IndexedDB (the
 * card id and event id repeated in the value, the primary key and three index
 * entries, two bytes per character); a tuple costs about 50, because what every
 * event of a card shares (card, course, import ids) is said once per row and
 * numbers are numbers.
 *
 * Tuple: [kind, seq, at − seq, id, import, ...body], where `import` is 0 or the
 * 1-based index of the event's import id in the row's `imports`. Trailing
 * optional fields are left off. `unpackLog` checks every field: a row that does
 * not decode is reported, never folded into a state.
 */
import type { CardId, Lang } from '@/lib/corpus/types';
import { LANGS } from '@/lib/corpus/types';
import { CARD_STATE_NAMES, type CardState, type CardStateName } from '@/lib/srs/card-state';
import { isReportReason, type CardEvent, type CardEventKind } from '@/lib/srs/events';
import { isGrade } from '@/lib/srs/grade';
import { assertNever } from '@/lib/assert';
import { StorageError } from './errors';

export type PackedEvent = readonly unknown[];

/** A card's whole log, as stored. */
export interface LogRow {
  readonly id: CardId;
  readonly course: Lang;
  /** The latest `at` of its events: "events since" is a range of this index. */
  readonly last: number;
  /** The imports that brought events here (multiEntry index: undo an import without a scan). */
  readonly imports: readonly string[];
  readonly events: readonly PackedEvent[];
}

/** A stored log that does not decode: a StorageError the UI can name. */
function corrupt(cardId: string, why: string): StorageError {
  return new StorageError('CORRUPT', `The stored log of card ${cardId} cannot be read: ${why}.`);
}

const KINDS = [
  'answer',
  'undo',
  'reset',
  'suspend',
  'unsuspend',
  'bury',
  'snapshot',
  'retime',
  // New kinds go at the end: a kind's place is its code in stored rows.
  'report',
  'known',
  'ignore',
] as const satisfies readonly CardEventKind[];

const KIND_CODE = Object.fromEntries(KINDS.map((k, i) => [k, i])) as Record<CardEventKind, number>;
const FROM_CODE = Object.fromEntries(CARD_STATE_NAMES.map((k, i) => [k, i])) as Record<
  CardStateName,
  number
>;

/** `undefined` (field absent) is 0 in a tuple; null and strings stand for themselves. */
function optText(v: string | null | undefined): string | null | 0 {
  return v === undefined ? 0 : v;
}

/** Leaves off trailing absent optional fields (those from position `from` on). */
function trimmed(t: unknown[], from: number): unknown[] {
  while (t.length > from && t[t.length - 1] === 0) t.pop();
  return t;
}

/**
 * `at` as its distance from `seq` (almost always 0 or a few ms: two bytes, not
 * nine); a time too far from it to come back exactly is kept whole, in brackets.
 */
function atField(seq: number, at: number): number | [number] {
  const delta = at - seq;
  return Object.is(seq + delta, at) ? delta : [at];
}

/** One event as a tuple; `importIndex` is its import's place in the row's `imports` (1-based, 0 none). */
export function packEvent(e: CardEvent, importIndex: number): PackedEvent {
  const head: unknown[] = [KIND_CODE[e.kind], e.seq, atField(e.seq, e.at), e.id, importIndex];
  switch (e.kind) {
    case 'answer':
      return trimmed(
        [
          ...head,
          e.grade,
          e.durationMs,
          FROM_CODE[e.from],
          optText(e.typed),
          optText(e.verdict),
          // Added with word items (issue 12): last, so older rows decode unchanged.
          optText(e.shown),
        ],
        8,
      );
    case 'undo':
      return [...head, e.target];
    case 'bury':
      return [...head, e.until];
    case 'report':
      return [...head, e.reason];
    case 'snapshot':
      return [...head, e.state];
    case 'reset':
    case 'suspend':
    case 'unsuspend':
    case 'retime':
    case 'known':
    case 'ignore':
      return head;
    default:
      return assertNever(e, 'card event');
  }
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const nullableNumber = (v: unknown) => v === null || finite(v);

function isState(v: unknown): v is CardState {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return (
    finite(s.due) &&
    nullableNumber(s.lastReview) &&
    finite(s.stability) &&
    finite(s.difficulty) &&
    finite(s.scheduledDays) &&
    finite(s.learningSteps) &&
    finite(s.reps) &&
    finite(s.lapses) &&
    (CARD_STATE_NAMES as readonly unknown[]).includes(s.state) &&
    typeof s.suspended === 'boolean' &&
    nullableNumber(s.buriedUntil)
  );
}

function text(v: unknown, cardId: string, what: string): string | null | undefined {
  if (v === 0 || v === undefined) return undefined;
  if (v === null || typeof v === 'string') return v;
  throw corrupt(cardId, `${what} is not text`);
}

/** A row's events, checked field by field; anything else is a StorageError 'CORRUPT'. */
export function unpackLog(row: LogRow): CardEvent[] {
  const { id: cardId, course } = row;
  if (!(LANGS as readonly unknown[]).includes(course))
    throw corrupt(cardId, `unknown course ${String(course)}`);
  if (!Array.isArray(row.events) || !Array.isArray(row.imports))
    throw corrupt(cardId, 'no list of events');
  return row.events.map((t, i) => {
    const bad = (why: string) => corrupt(cardId, `event ${i + 1}: ${why}`);
    if (!Array.isArray(t) || t.length < 5) throw bad('not a tuple');
    const code = t[0] as number;
    const seq: unknown = t[1];
    const atValue: unknown = t[2];
    const id: unknown = t[3];
    const imp: unknown = t[4];
    const kind = KINDS[code];
    if (!kind) throw bad(`unknown kind ${String(code)}`);
    const at = Array.isArray(atValue)
      ? atValue[0]
      : finite(seq) && finite(atValue)
        ? seq + atValue
        : NaN;
    if (!finite(seq) || !finite(at)) throw bad('no time');
    if (typeof id !== 'string' || !id) throw bad('no id');
    // Built field by field, not spread: a million of these is an import's decode.
    const e: Record<string, unknown> = { id, seq, cardId, course, at, kind };
    if (imp !== 0) {
      const importId = row.imports[(imp as number) - 1];
      if (typeof importId !== 'string') throw bad('unknown import');
      e.importId = importId;
    }
    const field = t[5];
    switch (kind) {
      case 'answer': {
        const from = CARD_STATE_NAMES[t[7] as number];
        if (!isGrade(field) || !finite(t[6]) || !from) throw bad('not an answer');
        e.grade = field;
        e.durationMs = t[6];
        e.from = from;
        const typed = text(t[8], cardId, 'the typed answer');
        if (typed !== undefined) e.typed = typed;
        const verdict = text(t[9], cardId, 'the verdict');
        if (verdict !== undefined) e.verdict = verdict;
        const shown = text(t[10], cardId, 'the sentence shown');
        if (shown) e.shown = shown;
        break;
      }
      case 'undo':
        if (typeof field !== 'string') throw bad('an undo without its target');
        e.target = field;
        break;
      case 'bury':
        if (!finite(field)) throw bad('a burial without its end');
        e.until = field;
        break;
      case 'report':
        if (!isReportReason(field)) throw bad('a report without its reason');
        e.reason = field;
        break;
      case 'snapshot':
        if (!isState(field)) throw bad('a snapshot without a valid state');
        e.state = field;
        break;
      case 'reset':
      case 'suspend':
      case 'unsuspend':
      case 'retime':
      case 'known':
      case 'ignore':
        break;
      default:
        return assertNever(kind, 'card event kind');
    }
    return e as unknown as CardEvent;
  });
}

/**
 * A row holding these events (all of one card), in log order. The import ids
 * are collected into the row; `last` is their latest `at`.
 */
export function packLog(cardId: CardId, course: Lang, events: readonly CardEvent[]): LogRow {
  const imports: string[] = [];
  const packed = events.map((e) => {
    let index = 0;
    if (e.importId) {
      index = imports.indexOf(e.importId) + 1;
      if (!index) index = imports.push(e.importId);
    }
    return packEvent(e, index);
  });
  return {
    id: cardId,
    course,
    last: events.reduce((m, e) => Math.max(m, e.at), -Infinity),
    imports,
    events: packed,
  };
}
