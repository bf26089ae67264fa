/**
 * A write-ahead journal for answers. An answer goes into localStorage
 * (synchronous, so it survives the tab closing a millisecond later) before its
 * IndexedDB transaction starts, and leaves once the transaction has committed.
 * At the next start, anything still journaled is written again; an answer's
 * event id is chosen before it is journaled, so a second write is a no-op.
 *
 * The journal is versioned and every entry is checked before it is written: an
 * entry that is not a valid answer is set aside under REJECTED_KEY and reported,
 * never written into the log.
 */
import { isLang } from '@/lib/corpus/types';
import { isCardStateName } from '@/lib/srs/card-state';
import type { EventId } from '@/lib/srs/events';
import { isGrade } from '@/lib/srs/grade';
import { legacyAnswer, type LegacyReview } from '@/lib/srs/legacy';
import { classifyStorageError } from './errors';
import { RECORD_TABLES } from './event-repo';
import type { TriglotDb } from './schema';
import { saveAnswer, type AnswerInput } from './study-repo';

export const JOURNAL_KEY = 'triglot:journal';
export const JOURNAL_VERSION = 2;
/** Where version 1 kept its entries (answers with whole states). */
const LEGACY_KEY = 'triglot:pending-answers';
export const REJECTED_KEY = 'triglot:journal-rejected';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // some browsers throw on access when storage is blocked
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const optionalText = (v: unknown) => v === undefined || v === null || typeof v === 'string';

/** The same checks the backup reader makes of an answer, without loading its schema library. */
export function validAnswer(v: unknown): v is AnswerInput {
  return (
    isObject(v) &&
    typeof v.id === 'string' &&
    v.id.length > 0 &&
    typeof v.cardId === 'string' &&
    v.cardId.length > 0 &&
    isLang(v.course) &&
    typeof v.sibling === 'string' &&
    finite(v.review) &&
    isGrade(v.grade) &&
    finite(v.durationMs) &&
    v.durationMs >= 0 &&
    isCardStateName(v.from) &&
    optionalText(v.typed) &&
    optionalText(v.verdict) &&
    (v.shown === undefined || (typeof v.shown === 'string' && v.shown.length > 0)) &&
    (v.expectedHead === undefined || v.expectedHead === null || typeof v.expectedHead === 'string')
  );
}

/** A version-1 entry (an answer with its whole state) as a version-2 one. */
function fromLegacy(v: unknown): unknown {
  if (!isObject(v) || !isObject(v.stateBefore)) return v;
  const e = legacyAnswer(v as unknown as LegacyReview);
  return { ...v, id: e.id, from: (v.stateBefore as { state?: unknown }).state };
}

interface Read {
  readonly entries: AnswerInput[];
  readonly rejected: unknown[];
}

function read(store: Store): Read {
  const entries: AnswerInput[] = [];
  const rejected: unknown[] = [];
  const take = (items: unknown) => {
    if (!Array.isArray(items)) {
      if (items !== null) rejected.push(items);
      return;
    }
    for (const item of items) (validAnswer(item) ? entries : rejected).push(item as AnswerInput);
  };
  const parse = (key: string): unknown => {
    const text = store.getItem(key);
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  };
  const current = parse(JOURNAL_KEY);
  if (current !== null) {
    if (isObject(current) && current.version === JOURNAL_VERSION) take(current.entries);
    else rejected.push(current);
  }
  const legacy = parse(LEGACY_KEY);
  if (legacy !== null) take(Array.isArray(legacy) ? legacy.map(fromLegacy) : legacy);
  return { entries, rejected };
}

function write(store: Store, entries: readonly AnswerInput[]): void {
  if (entries.length) {
    store.setItem(JOURNAL_KEY, JSON.stringify({ version: JOURNAL_VERSION, entries }));
  } else store.removeItem(JOURNAL_KEY);
}

const same = (a: AnswerInput, b: AnswerInput) => a.id === b.id;

export function journalAdd(answer: AnswerInput, store: Store | null = storage()): void {
  if (!store) return;
  try {
    write(store, [...read(store).entries.filter((a) => !same(a, answer)), answer]);
  } catch {
    // A full localStorage only loses the safety net, not the answer.
  }
}

export function journalRemove(answer: AnswerInput, store: Store | null = storage()): void {
  if (!store) return;
  try {
    write(
      store,
      read(store).entries.filter((a) => !same(a, answer)),
    );
  } catch {
    // Left in place: replaying a written answer is a no-op.
  }
}

export interface JournalReplay {
  readonly written: number;
  /** Still journaled: storage refused them (full), they go again next start. */
  readonly kept: number;
  /** Not valid answers: set aside under REJECTED_KEY, never written. */
  readonly rejected: number;
}

/**
 * Writes every journaled answer that may not have reached IndexedDB. Valid
 * entries go in one transaction (thousands take milliseconds, not one
 * transaction each); one that still cannot be written stays for the next start
 * and does not stop the app.
 */
export async function replayJournal(
  db: TriglotDb,
  store: Store | null = storage(),
): Promise<JournalReplay> {
  if (!store) return { written: 0, kept: 0, rejected: 0 };
  const { entries, rejected } = read(store);
  if (rejected.length) {
    try {
      const previous: unknown = JSON.parse(store.getItem(REJECTED_KEY) ?? '[]');
      store.setItem(
        REJECTED_KEY,
        JSON.stringify([...(Array.isArray(previous) ? previous : []), ...rejected]),
      );
    } catch {
      // Even the set-aside copy may not fit; the entry is still never written.
    }
  }
  store.removeItem(LEGACY_KEY);
  write(store, entries);
  if (entries.length === 0) return { written: 0, kept: 0, rejected: rejected.length };
  try {
    await db.transaction('rw', RECORD_TABLES(db), async () => {
      for (const answer of entries) await saveAnswer(db, answer);
    });
    write(store, []);
    return { written: entries.length, kept: 0, rejected: rejected.length };
  } catch {
    // One at a time, so what can be written is, and the rest waits.
    let written = 0;
    const kept: AnswerInput[] = [];
    for (const answer of entries) {
      try {
        await saveAnswer(db, answer);
        written++;
      } catch (error) {
        classifyStorageError(error);
        kept.push(answer);
      }
    }
    write(store, kept);
    return { written, kept: kept.length, rejected: rejected.length };
  }
}

/** A fresh id for an answer, chosen before it is journaled (`random` is injected for tests). */
export function newAnswerId(random: () => string = () => crypto.randomUUID()): EventId {
  return `an.${random().replace(/-/g, '').slice(0, 16)}` as EventId;
}
