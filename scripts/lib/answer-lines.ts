/**
 * A heavy learner's answers as backup lines (version 4), for the benchmarks that
 * import them through the app: `count` answers over the last two years, given as
 * the app's scheduler would have asked for them. The learner sits down most days
 * (not all), answers what is due (learning steps as they come back, then reviews
 * oldest first), meets new cards in rank order (up to `met`, spread over the two
 * years) and, on a day with time left, reviews ahead; a day's sitting ends when
 * its share of the answers is given, so a heavy day leaves a backlog for the next.
 * The last days are skipped: what the learner comes back to is a backlog of some
 * thousand reviews and the learning cards the last sitting left, as a real one's.
 * Each answer's `from` is the state the previous one left, computed by the app's
 * scheduler with the default settings (the import replays the same), ids random
 * as `newAnswerId` makes them. Seeded: every run writes the same file.
 */
import { encodeEvent, type BackupEvent } from '@/lib/backup/stream';
import type { CardId, Lang } from '@/lib/corpus/types';
import type { EventRow } from '@/lib/db/schema';
import { newCardState, type CardState, type CardStateName } from '@/lib/srs/card-state';
import type { EventId } from '@/lib/srs/events';
import type { Grade } from '@/lib/srs/grade';
import { defaultSettings } from '@/lib/srs/params';
import { createScheduler } from '@/lib/srs/scheduler';
import { rng } from './serve-out';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const SPAN_DAYS = 730;
/** Days before now with no sitting: the backlog the learner comes back to. */
const SKIPPED_LAST_DAYS = 2;
/** The share of the other days with a sitting. */
const DAYS_STUDIED = 0.88;
/** How far ahead a day with time left reviews. */
const AHEAD_MS = 30 * DAY;
/** The new cards the last sitting shows once and leaves in their steps. */
const LAST_NEW = 150;

export interface AnswerLines {
  readonly count: number;
  /** How many cards are met at most; card `i` is `cardId(i)` in course `course(i)`. */
  readonly met: number;
  readonly cardId: (i: number) => CardId;
  readonly course: (i: number) => Lang;
  readonly now: number;
  readonly seed: number;
}

/** The cards' states at `now` as the import will fold them. */
export interface AnswerSummary {
  readonly answers: number;
  readonly met: number;
  readonly states: Readonly<Record<CardStateName, number>>;
  /** Learning and relearning cards due at `now`. */
  readonly learningDue: number;
  /** Review cards due at `now` (the backlog). */
  readonly reviewDue: number;
}

/** Hands the lines to `write` ten thousand at a time (the file is hundreds of MB). */
export function writeAnswerLines(
  { count, met, cardId, course, now, seed }: AnswerLines,
  write: (text: string) => void,
): AnswerSummary {
  const random = rng(seed);
  const hex = () =>
    Math.floor(random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  const scheduler = createScheduler(defaultSettings);
  const start = now - SPAN_DAYS * DAY;
  const days: number[] = [];
  for (let d = 0; d < SPAN_DAYS - SKIPPED_LAST_DAYS; d++) {
    if (random() < DAYS_STUDIED) days.push(d);
  }
  const states: (CardState | undefined)[] = new Array<CardState | undefined>(met);
  let introduced = 0;
  let done = 0;
  let seq = 0;
  let chunk: string[] = [];

  const answer = (card: number, at: number, durationMs: number): void => {
    const before = states[card] ?? newCardState(at);
    const r = random();
    const learning = before.state !== 'review';
    const grade = (
      learning
        ? r < 0.2
          ? 1
          : r < 0.3
            ? 2
            : r < 0.95
              ? 3
              : 4
        : r < 0.1
          ? 1
          : r < 0.2
            ? 2
            : r < 0.95
              ? 3
              : 4
    ) as Grade;
    const id = cardId(card);
    states[card] = scheduler.answer(before, grade, at, { cardId: id, durationMs }).state;
    seq = Math.max(seq + 1, at);
    const typed = random() < 0.5;
    const event: BackupEvent = {
      id: `an.${hex()}${hex()}`,
      seq,
      cardId: id,
      course: course(card),
      at,
      kind: 'answer',
      grade,
      durationMs,
      typed: typed ? `wort${done % 997}` : null,
      verdict: typed ? (grade === 1 ? 'wrong' : 'exact') : null,
      from: before.state,
    };
    done++;
    chunk.push(encodeEvent(event));
    if (chunk.length === 10_000) {
      write(chunk.join(''));
      chunk = [];
    }
  };

  for (let k = 0; k < days.length && done < count; k++) {
    const daysLeft = days.length - k;
    const budget = Math.ceil((count - done) / daysLeft);
    let newLeft = Math.ceil((met - introduced) / daysLeft);
    const dayStart = start + days[k]! * DAY;
    const dayEnd = dayStart + DAY;
    let t = dayStart + (17 + random() * 4) * HOUR;
    // What is due: learning steps up to now, reviews up to the day's end, oldest first.
    const due: number[] = [];
    /** Learning steps coming back during the sitting, by due. */
    const steps: number[] = [];
    for (let c = 0; c < introduced; c++) {
      const s = states[c]!;
      if (s.state === 'review' ? s.due < dayEnd : s.due <= t) due.push(c);
      else if (s.state !== 'review') steps.push(c);
    }
    const dueOf = (c: number) => states[c]!.due;
    due.sort((a, b) => dueOf(a) - dueOf(b) || a - b);
    steps.sort((a, b) => dueOf(a) - dueOf(b) || a - b);
    let next = 0;
    let ahead: number[] | null = null;
    let aheadNext = 0;
    // The last sitting ends with the day's new cards, each shown once: it leaves them in
    // their learning steps, some hundred cards due when the learner comes back.
    const last = k === days.length - 1;
    const newAtEnd = last ? Math.min(LAST_NEW, met - introduced, budget) : 0;
    if (last) newLeft = 0;
    for (let given = newAtEnd; given < budget && done < count; given++) {
      let card: number;
      if (steps.length && dueOf(steps[0]!) <= t) card = steps.shift()!;
      else if (next < due.length) card = due[next++]!;
      else if (newLeft > 0 && introduced < met) {
        card = introduced++;
        newLeft--;
      } else {
        if (!ahead) {
          ahead = [];
          for (let c = 0; c < introduced; c++) {
            const s = states[c]!;
            if (s.state === 'review' && s.due >= dayEnd && s.due < dayEnd + AHEAD_MS) ahead.push(c);
          }
          ahead.sort((a, b) => dueOf(a) - dueOf(b) || a - b);
        }
        if (aheadNext < ahead.length) card = ahead[aheadNext++]!;
        else if (introduced < met) card = introduced++;
        else card = Math.floor(random() * introduced);
      }
      const durationMs = 2000 + Math.floor(random() * 8000);
      answer(card, Math.round(t), durationMs);
      t += durationMs + 1000;
      const s = states[card]!;
      if (s.state !== 'review') {
        let i = steps.length;
        while (i > 0 && dueOf(steps[i - 1]!) > s.due) i--;
        steps.splice(i, 0, card);
      }
    }
    for (let given = 0; given < newAtEnd && done < count; given++) {
      const durationMs = 2000 + Math.floor(random() * 8000);
      answer(introduced++, Math.round(t), durationMs);
      t += durationMs + 1000;
    }
  }
  write(chunk.join(''));

  const counts: Record<CardStateName, number> = { new: 0, learning: 0, review: 0, relearning: 0 };
  let learningDue = 0;
  let reviewDue = 0;
  for (let c = 0; c < introduced; c++) {
    const s = states[c]!;
    counts[s.state]++;
    if (s.due <= now) {
      if (s.state === 'review') reviewDue++;
      else learningDue++;
    }
  }
  return { answers: done, met: introduced, states: counts, learningDue, reviewDue };
}

/**
 * Answer events for the Node benchmarks that need many and need them fast, not a
 * learner's schedule (`writeAnswerLines` is that): `count` answers spread evenly over
 * the `days` before `now`, card `j % cards` answered by answer `j`, mostly Good, some
 * Again (and Hard with `typed`, which also fills the typed answer and the verdict).
 */
export function spreadAnswers(o: {
  readonly count: number;
  readonly cards: number;
  readonly days: number;
  readonly now: number;
  readonly seed: number;
  readonly typed?: boolean;
}): EventRow[] {
  const random = rng(o.seed);
  const day = 86_400_000;
  const start = o.now - o.days * day;
  const step = (o.days * day) / o.count;
  const out: EventRow[] = [];
  for (let j = 0; j < o.count; j++) {
    const at = Math.round(start + j * step);
    const again = random() < 0.15;
    const grade = (again ? 1 : o.typed && random() < 0.1 ? 2 : 3) as Grade;
    const id = `an.${j.toString(36)}.${Math.floor(random() * 1e9).toString(36)}` as EventId;
    const event: EventRow = {
      id,
      seq: at,
      cardId: `de:bench:${j % o.cards}` as CardId,
      course: 'de',
      at,
      kind: 'answer',
      grade,
      durationMs: 2000 + Math.floor(random() * 8000),
      from: j < o.cards ? 'new' : 'review',
      ...(o.typed
        ? {
            typed: random() < 0.5 ? `wort${j % 997}` : null,
            verdict: random() < 0.5 ? 'exact' : null,
          }
        : {}),
    };
    out.push(event);
  }
  return out;
}
