/**
 * The log is the truth: every change to a card's schedule is an event, and a
 * card's state is the fold of its events (`replayCard`). Stored states are a
 * cache of that fold, and `applyEvent` is the one step both the live write and
 * the replay take, so the two cannot drift apart.
 *
 * Order is by `seq`, a hybrid logical clock (max(wall clock, last seq + 1)):
 * monotonic on a device whatever its clock does, close to real time across
 * devices. Wall-clock `at` is only what FSRS is told, clamped so it never runs
 * backwards and never trusts a clock that was later corrected (`retime`).
 */
import { assertNever } from '@/lib/assert';
import type { Brand, CardId, Lang } from '@/lib/corpus/types';
import { knownState, reset, suspended } from './card-actions';
import { newCardState, type CardState, type CardStateName } from './card-state';
import type { Grade } from './grade';
import type { Scheduler } from './scheduler';

export type EventId = Brand<string, 'EventId'>;

/** What a learner can say is wrong with a card when reporting it from the study screen. */
export const REPORT_REASONS = ['answer', 'option', 'hint'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export function isReportReason(v: unknown): v is ReportReason {
  return (REPORT_REASONS as readonly unknown[]).includes(v);
}

interface EventBase {
  /** `${device}.${seq in base 36}`: unique across devices. */
  readonly id: EventId;
  readonly seq: number;
  readonly cardId: CardId;
  readonly course: Lang;
  /** The device's wall clock when the event happened, epoch ms. */
  readonly at: number;
  /** Set on events a backup import added, so that import can be undone. */
  readonly importId?: string;
}

export type CardEventBody =
  | {
      readonly kind: 'answer';
      readonly grade: Grade;
      readonly durationMs: number;
      readonly typed?: string | null;
      readonly verdict?: string | null;
      /** The state the answer was given in: for today's counts without a replay. */
      readonly from: CardStateName;
      /**
       * For a word item (lib/srs/words.ts): the cloze card whose sentence was shown. The
       * word's log is then also the record of which sentences it was met in, and when.
       */
      readonly shown?: CardId;
    }
  /** Takes back an earlier event of the same card: a compensating event, nothing is deleted. */
  | { readonly kind: 'undo'; readonly target: EventId }
  | { readonly kind: 'reset' }
  | { readonly kind: 'suspend' }
  | { readonly kind: 'unsuspend' }
  | { readonly kind: 'bury'; readonly until: number }
  /**
   * The learner says the card is wrong (its answer, an option or its hint): it is
   * suspended like 'suspend', and the reason stays in the log (and the backup)
   * so a rebuild of the corpus can be checked against it.
   */
  | { readonly kind: 'report'; readonly reason: ReportReason }
  /**
   * The whole state at that point: where replay starts. Written for cards that
   * predate the log (the upgrade from v2, old backups) and by imports.
   */
  | { readonly kind: 'snapshot'; readonly state: CardState }
  /**
   * The device clock was found behind earlier events: events before this one that
   * are dated after `at` are treated as happening at `at`, so cards answered under
   * a clock set years ahead come back when it is corrected.
   */
  | { readonly kind: 'retime' }
  /**
   * The learner knows this already: scheduled as a review with a long first interval
   * (KNOWN_STABILITY_DAYS), not hidden, so it still comes back once.
   */
  | { readonly kind: 'known' }
  /** Not to be learnt (a name, a loanword): suspended like 'suspend', the reason kept in the log. */
  | { readonly kind: 'ignore' };

export type CardEvent = EventBase & CardEventBody;
export type CardEventKind = CardEvent['kind'];

/** Total order of a card's events: sequence, then id (two devices never share an id). */
export function compareEvents(a: Pick<CardEvent, 'seq' | 'id'>, b: Pick<CardEvent, 'seq' | 'id'>) {
  return a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The next sequence number on a device: never behind its own last one, whatever the clock says. */
export function nextSeq(lastSeq: number, now: number): number {
  return Math.max(Math.floor(now), Math.floor(lastSeq) + 1);
}

export function eventId(device: string, seq: number): EventId {
  return `${device}.${seq.toString(36)}` as EventId;
}

/** Where a fold stands: the state, and the effective time of its last event. */
export interface Fold {
  readonly state: CardState;
  readonly time: number;
  /** The last event applied, for compare-and-set. */
  readonly head: EventId;
  readonly seq: number;
  /** Every event was undone: the card is as if it had none (only the head stands). */
  readonly blank?: true;
}

/**
 * One event on top of a fold. `time` is the event's effective time: its `at`,
 * capped by any later retime and never before the previous event's time.
 */
export function applyEvent(
  prev: Fold | null,
  event: CardEvent,
  time: number,
  scheduler: Scheduler,
): Fold {
  const base = prev?.blank ? null : prev;
  const t = Math.max(time, base?.time ?? -Infinity);
  const state = base?.state ?? newCardState(t);
  const next = (s: CardState): Fold => ({ state: s, time: t, head: event.id, seq: event.seq });
  switch (event.kind) {
    case 'answer':
      return next(
        scheduler.answer(state, event.grade, t, {
          cardId: event.cardId,
          durationMs: event.durationMs,
          seq: event.seq,
        }).state,
      );
    case 'reset':
      return next(reset(state, t));
    case 'suspend':
    case 'report':
    case 'ignore':
      return next(suspended(state, true));
    case 'known':
      return next(
        knownState(state, t, scheduler, { cardId: event.cardId, durationMs: 0, seq: event.seq }),
      );
    case 'unsuspend':
      return next(suspended(state, false));
    case 'bury':
      return next({ ...state, buriedUntil: event.until });
    case 'snapshot':
      return next(event.state);
    case 'retime':
    case 'undo':
      // Both act on other events (replayCard handles them); the state stands.
      return base ? { ...base, head: event.id, seq: event.seq, time: t } : next(state);
    default:
      return assertNever(event, 'card event');
  }
}

/** The events that count, in order, with each one's effective time. */
export function effectiveEvents(
  events: readonly CardEvent[],
): { event: CardEvent; time: number }[] {
  const ordered = [...events].sort(compareEvents);
  const undone = new Set<EventId>();
  // Later undos win; an undo of an undo is not offered, so one pass back to front suffices.
  for (let i = ordered.length - 1; i >= 0; i--) {
    const e = ordered[i]!;
    if (e.kind === 'undo' && !undone.has(e.id)) undone.add(e.target);
  }
  const kept = ordered.filter((e) => !undone.has(e.id) && e.kind !== 'undo');
  // Effective times: walking back, a retime caps every earlier event's time.
  const times: number[] = new Array(kept.length);
  let cap = Infinity;
  for (let i = kept.length - 1; i >= 0; i--) {
    const e = kept[i]!;
    if (e.kind === 'retime') cap = Math.min(cap, e.at);
    times[i] = Math.min(e.at, cap);
  }
  // Replay starts at the last snapshot: what came before it is history, not state.
  let start = 0;
  kept.forEach((e, i) => {
    if (e.kind === 'snapshot') start = i;
  });
  return kept.slice(start).map((event, i) => ({ event, time: times[start + i]! }));
}

/**
 * A card's state from its events; null only for a card with no events at all.
 * A card whose events were all undone is new again, but keeps its head: a
 * later event must still be ordered against it.
 */
export function replayCard(events: readonly CardEvent[], scheduler: Scheduler): Fold | null {
  const newest = [...events].sort(compareEvents).at(-1);
  if (!newest) return null;
  let fold: Fold | null = null;
  for (const { event, time } of effectiveEvents(events))
    fold = applyEvent(fold, event, time, scheduler);
  if (!fold) {
    return {
      state: newCardState(newest.at),
      head: newest.id,
      seq: newest.seq,
      time: newest.at,
      blank: true,
    };
  }
  // The head is the newest event of all, undos included: the next write compares against it.
  return compareEvents(newest, { seq: fold.seq, id: fold.head }) > 0
    ? { ...fold, head: newest.id, seq: newest.seq }
    : fold;
}

/**
 * The answer events that still count among `events` (undone ones dropped): what
 * today's counts and the statistics read.
 */
export function countedAnswers(
  events: readonly CardEvent[],
): (CardEvent & { readonly kind: 'answer' })[] {
  const undone = new Set(events.flatMap((e) => (e.kind === 'undo' ? [e.target] : [])));
  return events.filter(
    (e): e is CardEvent & { readonly kind: 'answer' } => e.kind === 'answer' && !undone.has(e.id),
  );
}

/**
 * Whether an event can be folded on top of the stored state, or the card must be
 * replayed: an undo or retime changes how earlier events count, and an event
 * older than the stored head (from a backup or another device) belongs before it.
 */
export function needsReplay(prev: Pick<Fold, 'seq' | 'head'> | null, event: CardEvent): boolean {
  if (event.kind === 'undo' || event.kind === 'retime') return true;
  return prev !== null && compareEvents(event, { seq: prev.seq, id: prev.head }) < 0;
}

/** The write path in one step: what the stored fold becomes with `event` (all = the log with it). */
export function foldIn(
  prev: Fold | null,
  event: CardEvent,
  all: () => readonly CardEvent[],
  scheduler: Scheduler,
): Fold | null {
  return needsReplay(prev, event)
    ? replayCard(all(), scheduler)
    : applyEvent(prev, event, event.at, scheduler);
}
