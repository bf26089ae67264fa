/** Test helpers: stored rows as the event log would leave them. */
import type { CardId, Lang } from '@/lib/corpus/types';
import { newCardState, type CardState } from '@/lib/srs/card-state';
import type { EventId } from '@/lib/srs/events';
import type { Grade } from '@/lib/srs/grade';
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
