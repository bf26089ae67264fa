import { dateDiffInDays, fsrs, State, type Card } from 'ts-fsrs';
import { fromFsrsCard, toFsrsCard, type CardState } from './card-state';
import { SrsError } from './errors';
import { GRADES, type Grade } from './grade';
import { toEpochMs, type Instant } from './instant';
import { formatInterval } from './interval-label';
import { fsrsParameters, validateSettings, type SrsSettings, type WeightsTimeline } from './params';
import type { ReviewLogEntry } from './review-log';
import type { CardId } from '@/lib/corpus/types';

/** What the caller knows about an answer that the scheduler does not. */
export interface AnswerMeta {
  readonly cardId: CardId;
  readonly durationMs: number;
  /** The answer's place in the log: picks the weights in force then (the newest without it). */
  readonly seq?: number;
  readonly typed?: string | null;
  readonly verdict?: string | null;
}

export interface AnswerResult {
  readonly state: CardState;
  readonly log: ReviewLogEntry;
}

export interface PreviewOption {
  readonly grade: Grade;
  readonly state: CardState;
  /** From `now` to the next due; what the button label shows. */
  readonly intervalMs: number;
  readonly label: string;
}

export type Preview = { readonly [G in Grade]: PreviewOption };

export interface Scheduler {
  readonly settings: SrsSettings;
  /** Fitted weights and where in the log each took over (empty: FSRS-6 defaults throughout). */
  readonly timeline: WeightsTimeline;
  /** The outcome of each grade, for the answer buttons. Pure: the card is not changed. */
  preview(state: CardState, now: Instant): Preview;
  answer(state: CardState, grade: Grade, now: Instant, meta: AnswerMeta): AnswerResult;
  /** Probability of recall at `now` (0 for a new card), as ts-fsrs computes it. */
  retrievability(state: CardState, now: Instant): number;
}

/**
 * Throws SrsError('INVALID_SETTINGS') for settings `validateSettings` rejects: a scheduler with a
 * retention of 1.2 would quietly produce nonsense intervals, so it must not exist.
 */
export function createScheduler(settings: SrsSettings, timeline: WeightsTimeline = []): Scheduler {
  const checked = validateSettings(settings);
  if (!checked.ok) {
    const codes = checked.errors.map((e) => e.code).join(', ');
    throw new SrsError('INVALID_SETTINGS', `Invalid SRS settings: ${codes}`);
  }
  const valid = checked.value;
  const sorted = [...timeline].sort((a, b) => a.seq - b.seq);
  // One ts-fsrs instance per set of weights; before the first fit, the defaults.
  const instances = [
    fsrs(fsrsParameters(valid)),
    ...sorted.map((e) => fsrs(fsrsParameters(valid, e.weights ?? undefined))),
  ];
  const f = instances[instances.length - 1]!;
  const weightsAt = (seq: number | undefined) => {
    if (seq === undefined) return f;
    let i = sorted.length;
    while (i > 0 && sorted[i - 1]!.seq > seq) i--;
    return instances[i]!;
  };

  return {
    settings: valid,
    timeline: sorted,
    preview(state, now) {
      const at = new Date(toEpochMs(now));
      const record = f.repeat(toFsrsCard(state), at);
      const option = (grade: Grade): PreviewOption => {
        const next = fromFsrsCard(record[grade].card, state);
        const intervalMs = next.due - at.getTime();
        return { grade, state: next, intervalMs, label: formatInterval(intervalMs) };
      };
      const [again, hard, good, easy] = GRADES;
      return { 1: option(again), 2: option(hard), 3: option(good), 4: option(easy) };
    },
    answer(state, grade, now, meta) {
      const at = new Date(toEpochMs(now));
      const card = toFsrsCard(state);
      const next = fromFsrsCard(weightsAt(meta.seq).next(card, at, grade).card, state);
      const log: ReviewLogEntry = {
        cardId: meta.cardId,
        review: at.getTime(),
        grade,
        stateBefore: state,
        stateAfter: next.state,
        elapsedDays: elapsedDays(card, at),
        durationMs: meta.durationMs,
        typed: meta.typed ?? null,
        verdict: meta.verdict ?? null,
      };
      return { state: next, log };
    },
    retrievability(state, now) {
      return f.get_retrievability(toFsrsCard(state), new Date(toEpochMs(now)), false);
    },
  };
}

// The same rule ts-fsrs applies before it schedules, so the log states what FSRS actually used.
function elapsedDays(card: Card, at: Date): number {
  if (card.state === State.New || !card.last_review) return 0;
  return dateDiffInDays(card.last_review, at);
}
