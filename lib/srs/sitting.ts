/**
 * A sitting as a pure reducer: `reduceSitting(state, event)` returns the next
 * state and the effects to run (writes, undo, reads). It decides everything the
 * study screen used to decide in effects: the order of writes, when the next card
 * shows, what a failed write or a refused undo leaves behind, what other tabs'
 * changes do to the queue, and when a new study day starts. Every event carries
 * `now`; nothing here reads the clock or knows how answers are stored.
 */
import { assertNever } from '@/lib/assert';
import type { Card } from '@/lib/corpus/model';
import type { CardId, Lang } from '@/lib/corpus/types';
import { newCardState, type CardState, type CardStateName } from './card-state';
import type { EventId } from './events';
import type { Grade } from './grade';
import type { SrsSettings, WeightsTimeline } from './params';
import { createScheduler, type Preview, type Scheduler } from './scheduler';
import {
  afterAnswer,
  nextCard,
  returnToFront,
  sessionCounts,
  startSession,
  type StudySession,
} from './session';
import type { QueueCounts } from './queue';
import { studyDayBounds } from './study-day';

/** What the storage layer returned for a saved answer; only ever handed back to it for undo. */
export type AnswerRef = { readonly __answerRef: true };

/** An answer as the journal and the save effect write it: the event, not the states around it. */
export interface SittingAnswer {
  /** Chosen once, before the answer is journaled, so a retry is the same answer. */
  readonly id: EventId;
  readonly cardId: CardId;
  readonly course: Lang;
  readonly sibling: string;
  /** When the answer was given, epoch ms. */
  readonly review: number;
  readonly grade: Grade;
  readonly durationMs: number;
  readonly typed: string | null;
  readonly verdict: string | null;
  /** The state the card was shown in. */
  readonly from: CardStateName;
  /** A word item's answer: the cloze card whose sentence was shown. */
  readonly shown?: CardId;
}

export interface SittingStats {
  readonly answered: number;
  readonly again: number;
  readonly startedAt: number;
}

/** Today's queue as the load effect reads it. */
export interface LoadedSitting {
  readonly queue: readonly CardId[];
  readonly laterToday: readonly { readonly id: CardId; readonly due: number }[];
  readonly states: ReadonlyMap<CardId, CardState>;
  /** Ids of every answer already given today, here or elsewhere. */
  readonly answeredToday: readonly string[];
  readonly nextDue: number | null;
  /** What each card shows; a card without content is left out. */
  readonly cards: ReadonlyMap<CardId, Card>;
  /**
   * The first cards only (learning steps due now, read without the backlog): shown at
   * once, answered as usual, while the same load goes on to the whole queue, which
   * follows as a second `loaded` with the same token.
   */
  readonly partial?: boolean;
}

/** Something another tab did to the stored cards. */
export interface OutsideChange {
  readonly kind: 'answers' | 'import' | 'reset' | 'suspend' | 'delete' | 'clear';
  /** The cards it touched; absent means any card may have changed. */
  readonly cardIds?: readonly CardId[];
}

export interface AnswerMetaInput {
  readonly durationMs: number;
  readonly typed: string | null;
  readonly verdict: string | null;
}

export type SittingEvent =
  | {
      readonly type: 'loaded';
      readonly now: number;
      readonly token: number;
      readonly sitting: LoadedSitting;
    }
  | {
      readonly type: 'loadFailed';
      readonly now: number;
      readonly token: number;
      readonly error: unknown;
    }
  /** A timer fired: a learning step may be due, or the study day over. */
  | { readonly type: 'tick'; readonly now: number }
  | {
      readonly type: 'settings';
      readonly now: number;
      readonly settings: SrsSettings;
      /** The course's fitted weights (lib/db/params-repo.ts); the defaults without. */
      readonly timeline?: WeightsTimeline;
    }
  | {
      readonly type: 'answer';
      readonly now: number;
      /** A fresh answer id (ids are random, so the caller draws it). */
      readonly id: EventId;
      /** The card on screen when the learner answered: the grade is for it. */
      readonly cardId: CardId;
      readonly grade: Grade;
      readonly meta: AnswerMetaInput;
    }
  | {
      readonly type: 'saved';
      readonly now: number;
      readonly id: EventId;
      readonly ref: AnswerRef;
      /**
       * The state storage ended with, when it can tell: another tab may have written
       * first, and storage folds our answer on top of that instead of over it.
       */
      readonly stored?: CardState | null;
    }
  | {
      readonly type: 'saveFailed';
      readonly now: number;
      readonly id: EventId;
      readonly error: unknown;
    }
  | { readonly type: 'retry'; readonly now: number }
  | { readonly type: 'undo'; readonly now: number }
  | { readonly type: 'undone'; readonly now: number }
  /** The stored answer was not the card's newest any more (answered again, maybe elsewhere). */
  | { readonly type: 'undoRefused'; readonly now: number }
  /** Today's answers as the live query of the log sees them, from every tab. */
  | {
      readonly type: 'answersSeen';
      readonly now: number;
      readonly dayStart: number;
      readonly answers: readonly { readonly cardId: CardId; readonly id: string }[];
    }
  | { readonly type: 'changed'; readonly now: number; readonly change: OutsideChange }
  | {
      readonly type: 'reloaded';
      readonly now: number;
      readonly token: number;
      /** The stored state of each card asked for; null when it has none (new). */
      readonly states: ReadonlyMap<CardId, CardState | null>;
      /** Cards whose content is gone (their article was deleted). */
      readonly gone: readonly CardId[];
    }
  | {
      readonly type: 'reloadFailed';
      readonly now: number;
      readonly token: number;
      readonly error: unknown;
    };

export type SittingEffect =
  /** Read today's queue and its cards; answer with `loaded` or `loadFailed` carrying `token`. */
  | {
      readonly kind: 'load';
      readonly token: number;
      readonly course: Lang;
      readonly settings: SrsSettings;
      readonly at: number;
    }
  /** Synchronous: once journaled an answer survives the tab closing, so the screen moves on. */
  | { readonly kind: 'journal'; readonly answer: SittingAnswer }
  /** Write the answer; answer with `saved` (and its ref) or `saveFailed`. Never two at once. */
  | { readonly kind: 'save'; readonly answer: SittingAnswer }
  | { readonly kind: 'undo'; readonly ref: AnswerRef; readonly cardId: CardId }
  /** Read these cards' stored states again; answer with `reloaded` or `reloadFailed`. */
  | { readonly kind: 'reload'; readonly token: number; readonly ids: readonly CardId[] };

export interface SittingResult {
  readonly state: SittingState;
  readonly effects: readonly SittingEffect[];
}

interface Day {
  readonly start: number;
  readonly end: number;
  readonly nextDue: number | null;
  readonly session: StudySession;
  readonly cards: ReadonlyMap<CardId, Card>;
  readonly states: ReadonlyMap<CardId, CardState>;
  /** Built from a partial load: the whole queue is on its way, with this token. */
  readonly pending: {
    readonly token: number;
    /** Cards answered or undone here meanwhile: the whole queue's rows are older than ours. */
    readonly touched: ReadonlySet<CardId>;
  } | null;
}

interface Outgoing {
  readonly answer: SittingAnswer;
  readonly before: CardState;
  readonly after: CardState;
  /** Stats before this answer: what undo restores. */
  readonly statsBefore: SittingStats;
  /** Whether the screen already moved on (undone on failure, redone when a retry succeeds). */
  readonly applied: boolean;
  readonly status: 'queued' | 'saving' | 'failed';
  /** The last failure; kept while a retry runs so the learner still sees why. */
  readonly failure: { readonly error: unknown } | null;
}

interface UndoEntry {
  readonly ref: AnswerRef;
  readonly cardId: CardId;
  readonly before: CardState;
  readonly statsBefore: SittingStats;
}

type LoadStatus =
  | { readonly kind: 'wanted' }
  | { readonly kind: 'loading'; readonly token: number; readonly at: number }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly error: unknown };

type UndoStatus =
  | { readonly kind: 'none' }
  /** Asked for while an answer was still being written: runs once the write lands. */
  | { readonly kind: 'queued' }
  | { readonly kind: 'running'; readonly entry: UndoEntry };

interface ReloadStatus {
  /** Cards to read again; 'all' for every card of the sitting. */
  readonly wanted: ReadonlySet<CardId> | 'all';
  /** Answers wait until the reload lands (another tab changed states under us). */
  readonly blocking: boolean;
  readonly running: {
    readonly token: number;
    /** Cards answered or undone here since the read began: its rows are older than ours. */
    readonly touched: ReadonlySet<CardId>;
  } | null;
}

export interface SittingState {
  readonly course: Lang;
  readonly settings: SrsSettings;
  readonly scheduler: Scheduler;
  readonly now: number;
  readonly load: LoadStatus;
  readonly day: Day | null;
  readonly outbox: readonly Outgoing[];
  readonly undoStack: readonly UndoEntry[];
  readonly undo: UndoStatus;
  readonly undoRefused: boolean;
  readonly reload: ReloadStatus;
  /** Ids of every answer of the day already accounted for, ours included. */
  readonly seen: ReadonlySet<string>;
  readonly stats: SittingStats;
  readonly nextToken: number;
}

/** How many answers undo reaches back. */
export const UNDO_DEPTH = 50;

const NO_RELOAD: ReloadStatus = { wanted: new Set(), blocking: false, running: null };

/** A new sitting: nothing shown until the load effect answers. */
export function startSitting(
  course: Lang,
  settings: SrsSettings,
  now: number,
  timeline: WeightsTimeline = [],
): SittingResult {
  const state: SittingState = {
    course,
    settings,
    scheduler: createScheduler(settings, timeline),
    now,
    load: { kind: 'wanted' },
    day: null,
    outbox: [],
    undoStack: [],
    undo: { kind: 'none' },
    undoRefused: false,
    reload: NO_RELOAD,
    seen: new Set(),
    stats: { answered: 0, again: 0, startedAt: now },
    nextToken: 1,
  };
  return drain(state, []);
}

export function reduceSitting(prev: SittingState, event: SittingEvent): SittingResult {
  const state: SittingState = { ...prev, now: event.now };
  switch (event.type) {
    case 'loaded':
      return loaded(state, event.token, event.sitting);
    case 'loadFailed':
      if (state.load.kind !== 'loading' || state.load.token !== event.token) return same(state);
      return same({ ...state, load: { kind: 'failed', error: event.error } });
    case 'tick':
      if (state.day && state.load.kind === 'ready' && event.now >= state.day.end) {
        return drain({ ...state, load: { kind: 'wanted' } }, []);
      }
      return same(state);
    case 'settings':
      // The queue stays as built (limits apply to the next sitting); the next answer uses these.
      return same({
        ...state,
        settings: event.settings,
        scheduler: createScheduler(event.settings, event.timeline ?? state.scheduler.timeline),
      });
    case 'answer':
      return answer(state, event.id, event.cardId, event.grade, event.meta);
    case 'saved':
      return saved(state, event.id, event.ref, event.stored);
    case 'saveFailed':
      return saveFailed(state, event.id, event.error);
    case 'retry': {
      const head = state.outbox[0];
      if (!head || head.status !== 'failed') return same(state);
      const outbox = [{ ...head, status: 'saving' as const }, ...state.outbox.slice(1)];
      return { state: { ...state, outbox }, effects: [{ kind: 'save', answer: head.answer }] };
    }
    case 'undo':
      return undo(state);
    case 'undone': {
      if (state.undo.kind !== 'running' || !state.day) return same(state);
      const { entry } = state.undo;
      const states = new Map(state.day.states).set(entry.cardId, entry.before);
      const day = { ...state.day, states, session: returnToFront(state.day.session, entry.cardId) };
      return drain(
        {
          ...touch(state, entry.cardId),
          day,
          stats: entry.statsBefore,
          undo: { kind: 'none' },
        },
        [],
      );
    }
    case 'undoRefused':
      if (state.undo.kind !== 'running') return same(state);
      // The newer answer stands; the entry is gone for good, the screen stays as it is.
      return drain({ ...state, undo: { kind: 'none' }, undoRefused: true }, []);
    case 'answersSeen': {
      if (!state.day || event.dayStart !== state.day.start) return same(state);
      const fresh = event.answers.filter((a) => !state.seen.has(a.id));
      if (fresh.length === 0) return same(state);
      const seen = new Set(state.seen);
      for (const a of fresh) seen.add(a.id);
      return wantReload(
        { ...state, seen },
        fresh.map((a) => a.cardId),
        false,
      );
    }
    case 'changed':
      return changed(state, event.change);
    case 'reloaded':
      return reloaded(state, event.token, event.states, event.gone);
    case 'reloadFailed': {
      const running = state.reload.running;
      if (!running || running.token !== event.token) return same(state);
      const reload = { ...state.reload, running: null };
      // A sitting that cannot read what changed under it must not answer on top of it.
      if (state.reload.blocking) {
        return same({ ...state, reload, load: { kind: 'failed', error: event.error } });
      }
      return drain({ ...state, reload }, []);
    }
    default:
      return assertNever(event, 'sitting event');
  }
}

const same = (state: SittingState): SittingResult => ({ state, effects: [] });

function loaded(state: SittingState, token: number, sitting: LoadedSitting): SittingResult {
  const pending = state.day?.pending;
  if (state.load.kind === 'ready' && pending?.token === token && !sitting.partial) {
    return completed(state, sitting);
  }
  if (state.load.kind !== 'loading' || state.load.token !== token) return same(state);
  const { start, end } = studyDayBounds(state.load.at, state.settings.rolloverHour);
  const known = (id: CardId) => sitting.cards.has(id);
  const queue = sitting.queue.filter(known);
  // Nothing to show from the first cards: wait for the whole queue.
  if (sitting.partial && queue.length === 0) return same(state);
  const day: Day = {
    start,
    end,
    nextDue: sitting.nextDue,
    session: startSession(
      queue,
      sitting.laterToday.filter((l) => known(l.id)),
    ),
    cards: sitting.cards,
    states: sitting.states,
    pending: sitting.partial ? { token, touched: new Set() } : null,
  };
  return drain(
    {
      ...state,
      day,
      load: { kind: 'ready' },
      seen: new Set(sitting.answeredToday),
    },
    [],
  );
}

/**
 * The whole queue after its first cards were shown. What the sitting did with
 * those stands: they stay first in line (the card on screen does not change),
 * answered ones keep our state and place, and the rest of the queue follows in
 * its own order. Partial cards are learning steps due now, which the whole queue
 * holds too (they ignore the limits and the sibling rule), so no limit moves.
 */
function completed(state: SittingState, sitting: LoadedSitting): SittingResult {
  const day = state.day!;
  const { touched } = day.pending!;
  const ours = (id: CardId) => day.states.has(id);
  const cards = new Map(sitting.cards);
  for (const [id, card] of day.cards) cards.set(id, card);
  const states = new Map(sitting.states);
  for (const [id, s] of day.states) if (touched.has(id) || !states.has(id)) states.set(id, s);
  const known = (id: CardId) => cards.has(id);
  const queue = [...day.session.queue, ...sitting.queue.filter((id) => known(id) && !ours(id))];
  const learning = [
    ...day.session.learning,
    ...sitting.laterToday.filter((l) => known(l.id) && !ours(l.id)),
  ].sort((x, y) => x.due - y.due);
  const seen = new Set(state.seen);
  for (const id of sitting.answeredToday) seen.add(id);
  return drain(
    {
      ...state,
      day: {
        ...day,
        nextDue: sitting.nextDue,
        session: { queue, learning },
        cards,
        states,
        pending: null,
      },
      seen,
    },
    [],
  );
}

/** Answers go through only when nothing the screen shows may be stale or half-written. */
export function acceptsAnswers(state: SittingState): boolean {
  const head = state.outbox[0];
  return (
    state.day !== null &&
    state.load.kind === 'ready' &&
    state.undo.kind === 'none' &&
    !state.reload.blocking &&
    !head?.failure
  );
}

function answer(
  state: SittingState,
  id: EventId,
  cardId: CardId,
  grade: Grade,
  meta: AnswerMetaInput,
): SittingResult {
  const day = state.day;
  if (!day || !acceptsAnswers(state)) return same(state);
  // The card the learner saw, not whichever is next at the moment of the key press: a
  // learning step that fell due while they read would otherwise take the grade.
  const { queue, learning } = day.session;
  if (!queue.includes(cardId) && !learning.some((l) => l.id === cardId)) return same(state);
  const card = day.cards.get(cardId);
  const current = day.states.get(cardId);
  if (!card || !current) return same(state);
  const { state: after } = state.scheduler.answer(current, grade, state.now, {
    cardId: card.id,
    ...meta,
  });
  const input: SittingAnswer = {
    id,
    cardId: card.id,
    course: state.course,
    sibling: card.sibling,
    review: state.now,
    grade,
    ...meta,
    from: current.state,
    ...(card.shown ? { shown: card.shown } : {}),
  };
  const first = state.outbox.length === 0;
  const outgoing: Outgoing = {
    answer: input,
    before: current,
    after,
    statsBefore: state.stats,
    applied: true,
    status: first ? 'saving' : 'queued',
    failure: null,
  };
  const seen = new Set<string>(state.seen).add(id);
  const moved: SittingState = {
    ...apply(touch(state, card.id), outgoing),
    outbox: [...state.outbox, outgoing],
    seen,
    undoRefused: false,
  };
  const effects: SittingEffect[] = [{ kind: 'journal', answer: input }];
  if (first) effects.push({ kind: 'save', answer: input });
  return { state: moved, effects };
}

/** The screen after an answer: the card leaves the queue (or waits for its next step). */
function apply(state: SittingState, { answer, after }: Outgoing): SittingState {
  const day = state.day!;
  const states = new Map(day.states).set(answer.cardId, after);
  return {
    ...state,
    day: { ...day, states, session: afterAnswer(day.session, answer.cardId, after, day.end) },
    stats: {
      ...state.stats,
      answered: state.stats.answered + 1,
      again: state.stats.again + (answer.grade === 1 ? 1 : 0),
    },
  };
}

/** Takes an answer back off the screen after its write failed: the card is first in line again. */
function unapply(state: SittingState, { answer, before }: Outgoing): SittingState {
  const day = state.day!;
  const states = new Map(day.states).set(answer.cardId, before);
  return {
    ...state,
    day: { ...day, states, session: returnToFront(day.session, answer.cardId) },
    stats: {
      ...state.stats,
      answered: state.stats.answered - 1,
      again: state.stats.again - (answer.grade === 1 ? 1 : 0),
    },
  };
}

const isHead = (state: SittingState, id: EventId) => {
  const head = state.outbox[0];
  return head !== undefined && head.status === 'saving' && head.answer.id === id;
};

function saved(
  state: SittingState,
  id: EventId,
  ref: AnswerRef,
  stored: CardState | null | undefined,
): SittingResult {
  if (!isHead(state, id) || !state.day) return same(state);
  const head = state.outbox[0]!;
  const { cardId } = head.answer;
  let next: SittingState = head.applied ? state : apply(state, head);
  if (stored !== undefined) next = adopt(next, cardId, stored);
  const entry: UndoEntry = {
    ref,
    cardId,
    before: head.before,
    statsBefore: head.applied ? head.statsBefore : state.stats,
  };
  next = {
    ...next,
    outbox: state.outbox.slice(1),
    undoStack: [...state.undoStack.slice(-(UNDO_DEPTH - 1)), entry],
  };
  return drain(next, []);
}

function saveFailed(state: SittingState, id: EventId, error: unknown): SittingResult {
  if (!isHead(state, id) || !state.day) return same(state);
  const head = state.outbox[0]!;
  const back = head.applied ? unapply(state, head) : state;
  const failed: Outgoing = { ...head, applied: false, status: 'failed', failure: { error } };
  return same({
    ...back,
    outbox: [failed, ...state.outbox.slice(1)],
    // An undo asked for meanwhile meant the answer that just failed; it has nothing left to undo.
    undo: state.undo.kind === 'queued' ? { kind: 'none' } : state.undo,
  });
}

function undo(state: SittingState): SittingResult {
  if (!state.day || state.undo.kind !== 'none') return same(state);
  const head = state.outbox[0];
  if (head?.failure) return same(state);
  if (head) return same({ ...state, undo: { kind: 'queued' }, undoRefused: false });
  return startUndo({ ...state, undoRefused: false }, []);
}

function startUndo(state: SittingState, effects: readonly SittingEffect[]): SittingResult {
  const entry = state.undoStack.at(-1);
  if (!entry) return { state: { ...state, undo: { kind: 'none' } }, effects };
  return {
    state: { ...state, undoStack: state.undoStack.slice(0, -1), undo: { kind: 'running', entry } },
    effects: [...effects, { kind: 'undo', ref: entry.ref, cardId: entry.cardId }],
  };
}

function changed(state: SittingState, change: OutsideChange): SittingResult {
  switch (change.kind) {
    case 'answers':
      // Follows the live query; also catches an undo there, which the log's range cannot show.
      return wantReload(state, change.cardIds ?? 'all', false);
    case 'import':
    case 'reset':
    case 'suspend':
    case 'delete':
      return wantReload(state, change.cardIds ?? 'all', true);
    case 'clear':
      // Everything is gone, today's answers too: the day's limits start over, so build a new queue.
      return drain({ ...state, load: { kind: 'wanted' } }, []);
    default:
      return assertNever(change.kind, 'change');
  }
}

function wantReload(
  state: SittingState,
  ids: readonly CardId[] | 'all',
  blocking: boolean,
): SittingResult {
  // While the whole queue is on its way any card may be ours: keep them all for the read after it.
  const ours = state.day && !state.day.pending ? state.day.cards : null;
  const mine = ids === 'all' ? 'all' : ours ? ids.filter((id) => ours.has(id)) : [...ids];
  if (mine !== 'all' && mine.length === 0) return same(state);
  const prev = state.reload.wanted;
  const wanted = mine === 'all' || prev === 'all' ? 'all' : new Set([...prev, ...mine]);
  return drain(
    { ...state, reload: { ...state.reload, wanted, blocking: state.reload.blocking || blocking } },
    [],
  );
}

function reloaded(
  state: SittingState,
  token: number,
  stored: ReadonlyMap<CardId, CardState | null>,
  gone: readonly CardId[],
): SittingResult {
  const running = state.reload.running;
  if (!running || running.token !== token) return same(state);
  let next: SittingState = state;
  const cards = state.day?.cards;
  if (cards) {
    for (const [id, row] of stored) {
      // Only this sitting's cards; ours are newer than the read when we touched them since.
      if (cards.has(id) && !running.touched.has(id)) next = adopt(next, id, row);
    }
    const day = next.day!;
    const session = gone.reduce(without, day.session);
    next = { ...next, day: { ...day, session } };
  }
  const wantedEmpty = state.reload.wanted !== 'all' && state.reload.wanted.size === 0;
  return drain(
    {
      ...next,
      reload: { ...state.reload, running: null, blocking: state.reload.blocking && !wantedEmpty },
    },
    [],
  );
}

/** Takes the stored state of a card when it differs from ours, and puts the card where it belongs. */
function adopt(state: SittingState, id: CardId, row: CardState | null): SittingState {
  const day = state.day;
  if (!day) return state;
  const old = day.states.get(id);
  // No row is new, as a new card we hold is: a fresh due must not redraw the card on screen.
  if (row === null && old?.state === 'new' && !old.suspended) return state;
  const fresh = row ?? newCardState(state.now);
  if (old && sameSchedule(old, fresh)) return state;
  const states = new Map(day.states).set(id, fresh);
  return {
    ...state,
    day: { ...day, states, session: placed(day.session, id, fresh, day.end, state.now) },
  };
}

function sameSchedule(a: CardState, b: CardState): boolean {
  return (
    a.state === b.state &&
    a.due === b.due &&
    a.lastReview === b.lastReview &&
    a.reps === b.reps &&
    a.suspended === b.suspended &&
    a.buriedUntil === b.buriedUntil
  );
}

function without(session: StudySession, id: CardId): StudySession {
  return {
    queue: session.queue.filter((q) => q !== id),
    learning: session.learning.filter((l) => l.id !== id),
  };
}

/** Where a card whose stored state changed elsewhere belongs in this sitting, if anywhere. */
function placed(
  session: StudySession,
  id: CardId,
  state: CardState,
  dayEnd: number,
  now: number,
): StudySession {
  if (state.suspended || (state.buriedUntil !== null && state.buriedUntil > now)) {
    return without(session, id);
  }
  switch (state.state) {
    case 'learning':
    case 'relearning':
      return afterAnswer(session, id, state, dayEnd);
    case 'new':
    case 'review': {
      if (state.state === 'review' && state.due >= dayEnd) return without(session, id);
      const learning = session.learning.filter((l) => l.id !== id);
      // A card still in line keeps its place; one that left (answered, then undone elsewhere) rejoins.
      const queue = session.queue.includes(id) ? session.queue : [...session.queue, id];
      return { queue, learning };
    }
    default:
      return assertNever(state.state, 'card state');
  }
}

function touch(prev: SittingState, id: CardId): SittingState {
  const pending = prev.day?.pending;
  const state: SittingState = pending
    ? {
        ...prev,
        day: { ...prev.day!, pending: { ...pending, touched: new Set(pending.touched).add(id) } },
      }
    : prev;
  const running = state.reload.running;
  if (!running) return state;
  const touched = new Set(running.touched).add(id);
  return { ...state, reload: { ...state.reload, running: { ...running, touched } } };
}

/**
 * Starts what waited for quiet: an undo asked for during a write, a new queue, a
 * reload. One at a time, and never while an answer is on its way to storage, so
 * every read sees our own writes.
 */
function drain(state: SittingState, effects: readonly SittingEffect[]): SittingResult {
  if (state.outbox.length > 0) {
    const head = state.outbox[0]!;
    if (head.status !== 'queued') return { state, effects };
    const outbox = [{ ...head, status: 'saving' as const }, ...state.outbox.slice(1)];
    return {
      state: { ...state, outbox },
      effects: [...effects, { kind: 'save', answer: head.answer }],
    };
  }
  if (state.undo.kind === 'running' || state.load.kind === 'loading' || state.reload.running) {
    return { state, effects };
  }
  if (state.undo.kind === 'queued') return startUndo(state, effects);
  if (state.load.kind === 'wanted') {
    const token = state.nextToken;
    return {
      state: { ...state, nextToken: token + 1, load: { kind: 'loading', token, at: state.now } },
      effects: [
        ...effects,
        { kind: 'load', token, course: state.course, settings: state.settings, at: state.now },
      ],
    };
  }
  const day = state.day;
  // Reads of other tabs' changes wait for the whole queue: it may be older than they are.
  if (!day || state.load.kind !== 'ready' || day.pending) return { state, effects };
  const wanted = state.reload.wanted;
  const ids = wanted === 'all' ? [...day.cards.keys()] : [...wanted];
  if (ids.length === 0) return { state, effects };
  const token = state.nextToken;
  return {
    state: {
      ...state,
      nextToken: token + 1,
      reload: { ...state.reload, wanted: new Set(), running: { token, touched: new Set() } },
    },
    effects: [...effects, { kind: 'reload', token, ids }],
  };
}

export type SittingView =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: unknown }
  | {
      readonly kind: 'card';
      readonly card: Card;
      readonly state: CardState;
      readonly preview: Preview;
    }
  | { readonly kind: 'wait'; readonly until: number }
  | { readonly kind: 'done'; readonly nextDue: number | null };

/** What the screen shows now. */
export function sittingView(state: SittingState): SittingView {
  if (state.load.kind === 'failed') return { kind: 'failed', error: state.load.error };
  const day = state.day;
  if (!day || state.load.kind !== 'ready') return { kind: 'loading' };
  const next = nextCard(day.session, state.now);
  // The first cards are done before the rest of the queue is in: it may have more to show
  // than a learning step ahead of time, a wait or the end.
  const step = day.session.learning[0];
  if (day.pending && day.session.queue.length === 0 && !(step && step.due <= state.now)) {
    return { kind: 'loading' };
  }
  switch (next.kind) {
    case 'card': {
      const card = day.cards.get(next.id);
      const cardState = day.states.get(next.id);
      if (!card || !cardState) return { kind: 'loading' };
      return {
        kind: 'card',
        card,
        state: cardState,
        preview: state.scheduler.preview(cardState, state.now),
      };
    }
    case 'wait':
      return { kind: 'wait', until: next.until };
    case 'done':
      return { kind: 'done', nextDue: day.session.learning[0]?.due ?? day.nextDue };
    default:
      return assertNever(next, 'next card');
  }
}

export function sittingCounts(state: SittingState): QueueCounts | null {
  const day = state.day;
  return day ? sessionCounts(day.session, (id) => day.states.get(id)) : null;
}

/** The failed write the learner is asked to retry, if any (also while the retry runs). */
export function pendingAnswer(
  state: SittingState,
): { readonly answer: SittingAnswer; readonly error: unknown; readonly retrying: boolean } | null {
  const head = state.outbox[0];
  if (!head?.failure) return null;
  return { answer: head.answer, error: head.failure.error, retrying: head.status === 'saving' };
}

export function canUndo(state: SittingState): boolean {
  const head = state.outbox[0];
  if (state.undo.kind !== 'none' || head?.failure) return false;
  return state.undoStack.length > 0 || head !== undefined;
}

/** When a `tick` is due: the next learning step while waiting, else the end of the study day. */
export function nextWake(state: SittingState): number | null {
  const day = state.day;
  if (!day || state.load.kind !== 'ready' || day.pending) return null;
  const next = nextCard(day.session, state.now);
  return next.kind === 'wait' ? Math.min(next.until, day.end) : day.end;
}
