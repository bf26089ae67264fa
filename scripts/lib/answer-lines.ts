/**
 * A heavy learner's answers as backup lines (version 4), for the benchmarks that
 * import them through the app: `count` answers over the last two years, the
 * first `met` cards introduced one after another and then reviewed at random,
 * each answer's `from` the state the previous one left (roughly the scheduler's
 * moves), ids random as `newAnswerId` makes them. Seeded: every run writes the
 * same file.
 */
import { encodeEvent, type BackupEvent } from '@/lib/backup/stream';
import type { CardId, Lang } from '@/lib/corpus/types';
import type { CardStateName } from '@/lib/srs/card-state';
import type { Grade } from '@/lib/srs/grade';
import { rng } from './serve-out';

const DAY = 86_400_000;
const STATES: readonly CardStateName[] = ['new', 'learning', 'review', 'relearning'];

export interface AnswerLines {
  readonly count: number;
  /** How many cards are met; card `i` is `cardId(i)` in course `course(i)`. */
  readonly met: number;
  readonly cardId: (i: number) => CardId;
  readonly course: (i: number) => Lang;
  readonly now: number;
  readonly seed: number;
}

/** Hands the lines to `write` ten thousand at a time (the file is hundreds of MB). */
export function writeAnswerLines(
  { count, met, cardId, course, now, seed }: AnswerLines,
  write: (text: string) => void,
): void {
  const random = rng(seed);
  const hex = () =>
    Math.floor(random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  const start = now - 730 * DAY;
  // The last answer an hour before now: nothing dated in the future.
  const step = (730 * DAY - 3_600_000) / count;
  /** Each card's state after its last answer, as an index into STATES. */
  const state = new Uint8Array(met);
  let introduced = 0;
  let seq = 0;
  let chunk: string[] = [];
  for (let j = 0; j < count; j++) {
    const at = Math.round(start + j * step);
    seq = Math.max(seq + 1, at);
    const fresh = introduced < met && j >= Math.floor((introduced * count) / met);
    const card = fresh ? introduced++ : Math.floor(random() * introduced);
    const from = STATES[state[card]!]!;
    const r = random();
    const grade = (r < 0.15 ? 1 : r < 0.24 ? 2 : r < 0.95 ? 3 : 4) as Grade;
    // Again sends a review back to relearning; a pass moves learning on to review.
    state[card] =
      grade === 1
        ? from === 'review' || from === 'relearning'
          ? 3
          : 1
        : from === 'new' && grade < 4
          ? 1
          : 2;
    const typed = random() < 0.5;
    const event: BackupEvent = {
      id: `an.${hex()}${hex()}`,
      seq,
      cardId: cardId(card),
      course: course(card),
      at,
      kind: 'answer',
      grade,
      durationMs: 2000 + Math.floor(random() * 8000),
      typed: typed ? `wort${j % 997}` : null,
      verdict: typed ? (grade === 1 ? 'wrong' : 'exact') : null,
      from,
    };
    chunk.push(encodeEvent(event));
    if (chunk.length === 10_000) {
      write(chunk.join(''));
      chunk = [];
    }
  }
  write(chunk.join(''));
}
