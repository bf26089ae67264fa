/** Test helpers: stored rows as the event log would leave them. */
import fc from 'fast-check';
import type { ArticleId, CardId, Lang } from '@/lib/corpus/types';
import { newCardState, type CardState } from '@/lib/srs/card-state';
import type { EventId } from '@/lib/srs/events';
import type { Grade } from '@/lib/srs/grade';
import { deleteArticle } from './content-repo';
import {
  cardEvents,
  MERGE_TABLES,
  mergeEvents,
  recordEvent,
  removeImportedEvents,
  undoEvent,
  type CardKey,
} from './event-repo';
import { packLog } from './log-codec';
import type { CardRow, EventRow, TriglotDb } from './schema';
import { saveAnswer } from './study-repo';

/** A card row for a test that seeds states directly (its head names no real event). */
export function testCardRow(
  key: { id: CardId | string; course: Lang; sibling: string },
  state: Partial<CardState> = {},
  now = 0,
): CardRow {
  return {
    ...newCardState(now),
    ...state,
    id: key.id as CardId,
    course: key.course,
    sibling: key.sibling,
    head: `test.${key.id}` as EventId,
    seq: 0,
    time: now,
  };
}

let answers = 0;

/**
 * Answers a card `grades.length` times, a day apart from `start`, through the real
 * write path. A card without content in the library is its own sibling, as an
 * import sees it.
 */
export async function studyCard(
  db: TriglotDb,
  id: string,
  grades: readonly Grade[],
  start: number,
): Promise<void> {
  let at = start;
  for (const grade of grades) {
    await saveAnswer(db, {
      id: `an.test.${answers++}` as EventId,
      cardId: id as CardId,
      course: 'de',
      sibling: (await db.content.get(id as CardId))?.sibling ?? id,
      review: at,
      grade,
      durationMs: 3000,
      from: (await db.cards.get(id as CardId))?.state ?? 'new',
    });
    at += 86_400_000;
  }
}

/**
 * Writes these events as the cards' whole logs, without replaying them (what a
 * benchmark or a test of replay starts from). Replaces any log the cards had.
 */
export async function seedLogs(db: TriglotDb, events: readonly EventRow[]): Promise<void> {
  const byCard = new Map<CardId, EventRow[]>();
  for (const e of events) {
    const list = byCard.get(e.cardId);
    if (list) list.push(e);
    else byCard.set(e.cardId, [e]);
  }
  const rows = [...byCard.values()].map((es) => packLog(es[0]!.cardId, es[0]!.course, es));
  for (let i = 0; i < rows.length; i += 5_000) await db.logs.bulkPut(rows.slice(i, i + 5_000));
}

/** How many events the logs hold, without decoding them. */
export async function eventCount(db: TriglotDb): Promise<number> {
  let n = 0;
  await db.logs.each((row) => (n += row.events.length));
  return n;
}

/**
 * What the card tally should say, counted the slow way from every card row: the reference
 * the tally's tests compare it with (reviews only, suspended and new cards not forecast).
 */
export function recountTally(rows: readonly CardRow[], bounds: readonly number[]) {
  const states = { new: 0, learning: 0, review: 0, relearning: 0 };
  const forecast = bounds.map(() => 0);
  for (const r of rows) {
    states[r.state]++;
    if (r.state === 'new' || r.suspended) continue;
    const day = bounds.findIndex((end) => r.due < end);
    if (day >= 0) forecast[day]!++;
  }
  return { forecast, states };
}

/** A random change to a test database's logs, for the property tests of derived stores. */
export type LogOp =
  | { kind: 'answer'; card: number; grade: 1 | 2 | 3 | 4; hours: number }
  | { kind: 'undo'; card: number }
  | { kind: 'reset' | 'suspend' | 'unsuspend'; card: number }
  | { kind: 'merge'; card: number; grade: 1 | 2 | 3 | 4; hoursBack: number }
  | { kind: 'unimport' }
  | { kind: 'deleteArticle' };

const GRADE = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const);

/**
 * Ops over `cards` cards: answers, undos, merges (as one import) and that import undone;
 * with `more`, also resets, suspensions and deleting the article `art1` with its history.
 */
export function logOps(cards: number, more: boolean): fc.Arbitrary<LogOp> {
  const card = fc.nat(cards - 1);
  const base: fc.Arbitrary<LogOp>[] = [
    fc.record({
      kind: fc.constant('answer' as const),
      card,
      grade: GRADE,
      hours: fc.integer({ min: 0, max: 20 * 24 }),
    }),
    fc.record({ kind: fc.constant('undo' as const), card }),
    fc.record({
      kind: fc.constant('merge' as const),
      card,
      grade: GRADE,
      hoursBack: fc.integer({ min: 0, max: 10 * 24 }),
    }),
    fc.constant({ kind: 'unimport' as const }),
  ];
  if (more) {
    base.push(
      fc.record({
        kind: fc.constantFrom('reset' as const, 'suspend' as const, 'unsuspend' as const),
        card,
      }),
      fc.constant({ kind: 'deleteArticle' as const }),
    );
  }
  return fc.oneof(...base);
}

const HOUR = 3_600_000;

/** Applies one op through the app's own write paths; returns the clock after it. */
export async function applyLogOp(
  db: TriglotDb,
  keys: readonly CardKey[],
  o: LogOp,
  clock: number,
  n: number,
): Promise<number> {
  const key = keys[('card' in o ? o.card : 0) % keys.length]!;
  switch (o.kind) {
    case 'answer': {
      const at = clock + o.hours * HOUR;
      const body = { kind: 'answer', grade: o.grade, durationMs: 3000, from: 'review' } as const;
      await recordEvent(db, key, body, at);
      return at;
    }
    case 'undo': {
      const last = (await cardEvents(db, key.cardId)).at(-1);
      if (last && last.kind !== 'undo') await undoEvent(db, key, last.id, clock + 1);
      return clock;
    }
    case 'reset':
    case 'suspend':
    case 'unsuspend':
      await recordEvent(db, key, { kind: o.kind }, clock + 1000);
      return clock + 1000;
    case 'merge': {
      const at = clock - o.hoursBack * HOUR;
      const e = {
        id: `other.${n}` as EventId,
        seq: at,
        cardId: key.cardId,
        course: key.course,
        at,
        kind: 'answer',
        grade: o.grade,
        durationMs: 2000,
        from: 'new',
      } as EventRow;
      // In a transaction of its own, as sync and backups merge.
      await db.transaction('rw', MERGE_TABLES(db), () => mergeEvents(db, [e], 'import.p'));
      return clock;
    }
    case 'unimport':
      await removeImportedEvents(db, 'import.p');
      return clock;
    case 'deleteArticle':
      await deleteArticle(db, 'art1' as ArticleId, { history: true });
      return clock;
  }
}
