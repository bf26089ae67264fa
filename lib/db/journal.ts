/**
 * A write-ahead journal for answers. An answer goes into localStorage
 * (synchronous, so it survives the tab closing a millisecond later) before its
 * IndexedDB transaction starts, and leaves once the transaction has committed.
 * At the next start, anything still journaled is written again; the review
 * log's unique [cardId+review] key makes that idempotent.
 */
import type { TriglotDb } from './schema';
import { saveAnswer, type AnswerInput } from './study-repo';

const KEY = 'triglot:pending-answers';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // some browsers throw on access when storage is blocked
  }
}

function read(store: Store): AnswerInput[] {
  try {
    const parsed: unknown = JSON.parse(store.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as AnswerInput[]) : [];
  } catch {
    return [];
  }
}

const same = (a: AnswerInput, b: AnswerInput) => a.cardId === b.cardId && a.review === b.review;

export function journalAdd(answer: AnswerInput, store: Store | null = storage()): void {
  if (!store) return;
  try {
    store.setItem(KEY, JSON.stringify([...read(store).filter((a) => !same(a, answer)), answer]));
  } catch {
    // A full localStorage only loses the safety net, not the answer.
  }
}

export function journalRemove(answer: AnswerInput, store: Store | null = storage()): void {
  if (!store) return;
  const rest = read(store).filter((a) => !same(a, answer));
  if (rest.length) store.setItem(KEY, JSON.stringify(rest));
  else store.removeItem(KEY);
}

/**
 * Writes every journaled answer that may not have reached IndexedDB; returns how
 * many it wrote. One that still cannot be written (storage still full) stays
 * journaled for the next start and does not stop the others or the app.
 */
export async function replayJournal(
  db: TriglotDb,
  store: Store | null = storage(),
): Promise<number> {
  if (!store) return 0;
  let written = 0;
  for (const answer of read(store)) {
    try {
      await saveAnswer(db, answer);
      journalRemove(answer, store);
      written++;
    } catch {
      // Kept for the next start.
    }
  }
  return written;
}
