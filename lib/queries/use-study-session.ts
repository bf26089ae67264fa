'use client';

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { assertNever } from '@/lib/assert';
import type { Card } from '@/lib/corpus/model';
import type { CardId, Lang } from '@/lib/corpus/types';
import { announce, onChange } from '@/lib/db/changes';
import { getDb, openDb } from '@/lib/db/client';
import { existingCardIds } from '@/lib/db/content-repo';
import { studyCards } from '@/lib/db/words-repo';
import { isWordId } from '@/lib/srs/words';
import { classifyStorageError, type StorageError } from '@/lib/db/errors';
import { journalAdd, journalRemove, newAnswerId } from '@/lib/db/journal';
import { paramsTimeline } from '@/lib/db/params-repo';
import { loadFirstCards, loadTodayQueue, type StudyFocus } from '@/lib/db/queue-repo';
import type { WeightsTimeline } from '@/lib/srs/params';
import {
  cardRows,
  recordAnswer,
  reportCard,
  reviewsBetween,
  undoAnswer,
} from '@/lib/db/study-repo';
import type { CardState } from '@/lib/srs/card-state';
import type { EventId, ReportReason } from '@/lib/srs/events';
import type { Grade } from '@/lib/srs/grade';
import type { QueueCounts } from '@/lib/srs/queue';
import {
  acceptsAnswers,
  canUndo,
  nextWake,
  pendingAnswer,
  reduceSitting,
  sittingCounts,
  sittingView,
  startSitting,
  type AnswerMetaInput,
  type AnswerRef,
  type SittingEffect,
  type SittingEvent,
  type SittingResult,
  type SittingState,
  type SittingStats,
  type SittingView,
} from '@/lib/srs/sitting';
import { srsSettings } from '@/lib/settings/settings';
import { afterPaint } from './after-paint';
import { useLibrary } from './use-library';
import { useSettings } from './use-settings';

/** The sitting's view, with the failure as the screen explains it. */
export type StudyView =
  | Exclude<SittingView, { readonly kind: 'failed' }>
  | { readonly kind: 'failed'; readonly error: StorageError | Error };

export interface PendingAnswer {
  readonly error: StorageError;
}

type Dispatch = (event: SittingEvent) => void;

const NO_TIMELINE: WeightsTimeline = [];

/** Today's answers in the course from every tab, as the live query reads them. */
interface TodayAnswers {
  readonly dayStart: number;
  readonly answers: readonly { readonly cardId: CardId; readonly id: EventId }[];
}

/**
 * The reducer's state with its effects run after each step. Not useReducer: the
 * effects (a journal write, a transaction) must run exactly once per event, and
 * a reducer React may call twice cannot start them.
 */
class SittingStore {
  private state: SittingState | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly inbox: SittingEvent[] = [];
  private busy = false;

  constructor(private readonly run: (effect: SittingEffect, dispatch: Dispatch) => void) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly snapshot = () => this.state;

  start(result: SittingResult) {
    if (this.state) return;
    this.commit(result);
  }

  readonly dispatch: Dispatch = (event) => {
    this.inbox.push(event);
    // An effect that dispatches at once must not interleave with the step that started it.
    if (this.busy) return;
    this.busy = true;
    try {
      for (let e = this.inbox.shift(); e; e = this.inbox.shift()) {
        if (this.state) this.commit(reduceSitting(this.state, e));
      }
    } finally {
      this.busy = false;
    }
  };

  private commit({ state, effects }: SittingResult) {
    const changed = state !== this.state;
    this.state = state;
    if (changed) for (const l of this.listeners) l();
    for (const effect of effects) this.run(effect, this.dispatch);
  }
}

// The storage behind the effects; the only part that knows what a ref is.
function runEffect(effect: SittingEffect, dispatch: Dispatch, focus?: StudyFocus): void {
  switch (effect.kind) {
    case 'load': {
      const { token, course, settings, at } = effect;
      void openDb()
        .then(async (db) => {
          // The first cards from a small read, so the screen does not wait for the backlog;
          // the whole queue follows under the same token. A failure here is the full read's to report.
          // A word asked for by name heads the whole queue: no partial first read before it.
          const first = focus
            ? null
            : await loadFirstCards(db, course, settings, at).catch(() => null);
          if (first) {
            const cards = new Map<CardId, Card>();
            (await studyCards(db, course, first.queue)).forEach((c) => c && cards.set(c.id, c));
            const sitting = { ...first, cards, partial: true };
            dispatch({ type: 'loaded', now: Date.now(), token, sitting });
            // The first card is painted before the whole queue's work starts.
            await afterPaint();
          }
          const loaded = await loadTodayQueue(db, course, settings, at, focus ? { focus } : {});
          const ids = [...loaded.queue, ...loaded.laterToday.map((c) => c.id)];
          const cards = new Map<CardId, Card>();
          const prefer = focus?.sentence ? new Map([[focus.word, focus.sentence]]) : undefined;
          (await studyCards(db, course, ids, prefer)).forEach((c) => c && cards.set(c.id, c));
          return { ...loaded, cards };
        })
        .then(
          (sitting) => dispatch({ type: 'loaded', now: Date.now(), token, sitting }),
          (error: unknown) =>
            dispatch({
              type: 'loadFailed',
              now: Date.now(),
              token,
              error: classifyStorageError(error),
            }),
        );
      return;
    }
    case 'journal':
      journalAdd(effect.answer);
      return;
    case 'save': {
      const { answer } = effect;
      const { id, cardId } = answer;
      // Journaled already (the effect before this one), so the answer is safe: the
      // transaction starts once the next card is painted, and its work (Dexie, the
      // values cloned into IndexedDB, the callbacks of its requests) does not hold up
      // that frame. A failure still comes back as saveFailed, banner and retry as before.
      void afterPaint()
        .then(() => recordAnswer(getDb(), answer))
        .then((recorded) => {
          journalRemove(answer);
          return recorded;
        })
        .then(
          (recorded) => {
            dispatch({
              type: 'saved',
              now: Date.now(),
              id,
              ref: recorded.event.id as unknown as AnswerRef,
              // Storage folded our answer onto what was really there (another tab may have been first).
              stored: recorded.state,
            });
            announce({ kind: 'answers', cardIds: [cardId] });
            // An answer is the moment to ask the browser to keep our data.
            void navigator.storage?.persist?.().catch(() => undefined);
          },
          (error: unknown) =>
            dispatch({
              type: 'saveFailed',
              now: Date.now(),
              id,
              error: classifyStorageError(error),
            }),
        );
      return;
    }
    case 'undo':
      void undoAnswer(getDb(), effect.cardId, effect.ref as unknown as EventId, Date.now()).then(
        (event) => {
          dispatch({ type: 'undone', now: Date.now() });
          announce({ kind: 'answers', cardIds: [event.cardId] });
        },
        // Answered again since (here or in another tab): that newer answer stands.
        () => dispatch({ type: 'undoRefused', now: Date.now() }),
      );
      return;
    case 'reload': {
      const { token, ids } = effect;
      const db = getDb();
      void Promise.all([cardRows(db, ids), existingCardIds(db, ids)]).then(
        ([rows, present]) => {
          const states = new Map<CardId, CardState | null>();
          ids.forEach((id, i) => states.set(id, rows[i] ?? null));
          // A word item has no content of its own: its sentences are chosen when it is shown.
          const gone = ids.filter((id) => !present.has(id) && !isWordId(id));
          dispatch({ type: 'reloaded', now: Date.now(), token, states, gone });
        },
        (error: unknown) =>
          dispatch({
            type: 'reloadFailed',
            now: Date.now(),
            token,
            error: classifyStorageError(error),
          }),
      );
      return;
    }
    default:
      assertNever(effect, 'sitting effect');
  }
}

/**
 * A sitting over today's queue for a course (lib/srs/sitting.ts decides; this
 * reads the clock, runs the writes and reads it asks for, and feeds it the
 * timers, other tabs' answers and their announced changes).
 */
export function useStudySession(course: Lang, focus?: StudyFocus) {
  const library = useLibrary();
  const { settings } = useSettings();
  const [store] = useState(
    () => new SittingStore((effect, dispatch) => runEffect(effect, dispatch, focus)),
  );
  const state = useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
  const { dispatch } = store;

  // Starts once the library is in and the settings are read; later settings apply to the next answer.
  // The course's fitted weights (live: a fit kept in another tab applies to the next answer),
  // so previews and the sitting's states are what storage folds.
  const timeline = useLiveQuery(
    () => paramsTimeline(getDb(), course).catch((): WeightsTimeline => []),
    [course],
  );
  const sentSettings = useRef<unknown>(null);
  const sentTimeline = useRef<unknown>(null);
  useEffect(() => {
    if (!library.data || !settings || !timeline) return;
    if (sentSettings.current === settings && sentTimeline.current === timeline) return;
    const srs = srsSettings(settings);
    if (sentSettings.current === null) store.start(startSitting(course, srs, Date.now(), timeline));
    else dispatch({ type: 'settings', now: Date.now(), settings: srs, timeline });
    sentSettings.current = settings;
    sentTimeline.current = timeline;
  }, [course, library.data, settings, timeline, store, dispatch]);

  // One timer, for whichever comes first: the next learning step or the new study day.
  const wake = state ? nextWake(state) : null;
  const at = state?.now;
  useEffect(() => {
    if (wake === null) return;
    const delay = Math.min(2 ** 31 - 1, Math.max(250, wake - Date.now()));
    const timer = setTimeout(() => dispatch({ type: 'tick', now: Date.now() }), delay);
    return () => clearTimeout(timer);
  }, [wake, at, dispatch]);

  // Today's answers from every tab; the sitting picks out the ones it did not give.
  const dayStart = state?.day?.start;
  const dayEnd = state?.day?.end;
  // Dexie marks a whole store changed by any write of 50 rows or more, so each merge
  // transaction of a sync (in its Worker) runs this again: the same answers keep the same
  // object, and the screen neither renders nor reduces again for nothing.
  const lastToday = useRef<{ key: string; value: TodayAnswers } | null>(null);
  const today = useLiveQuery(async () => {
    if (dayStart === undefined || dayEnd === undefined) return null;
    const rows = await reviewsBetween(getDb(), course, dayStart, dayEnd).catch(() => []);
    const key = `${course}|${dayStart}|${rows.map((r) => r.id).join(',')}`;
    if (lastToday.current?.key === key) return lastToday.current.value;
    const value = { dayStart, answers: rows.map((r) => ({ cardId: r.cardId, id: r.id })) };
    lastToday.current = { key, value };
    return value;
  }, [course, dayStart, dayEnd]);
  useEffect(() => {
    if (today) dispatch({ type: 'answersSeen', now: Date.now(), ...today });
  }, [today, dispatch]);

  useEffect(
    () => onChange((change) => dispatch({ type: 'changed', now: Date.now(), change })),
    [dispatch],
  );

  const answer = useCallback(
    (cardId: CardId, grade: Grade, meta: AnswerMetaInput) =>
      dispatch({ type: 'answer', now: Date.now(), id: newAnswerId(), cardId, grade, meta }),
    [dispatch],
  );
  // A report suspends the card (an event in its log); the sitting is told like any
  // suspension, so the card leaves today's queue here and in other tabs.
  const report = useCallback(
    async (cardId: CardId, sibling: string, reason: ReportReason) => {
      await reportCard(getDb(), { cardId, course, sibling }, reason, Date.now());
      const change = { kind: 'suspend', cardIds: [cardId] } as const;
      announce(change);
      dispatch({ type: 'changed', now: Date.now(), change });
    },
    [course, dispatch],
  );
  const retry = useCallback(() => dispatch({ type: 'retry', now: Date.now() }), [dispatch]);
  const undo = useCallback(() => dispatch({ type: 'undo', now: Date.now() }), [dispatch]);

  const view = useMemo((): StudyView => {
    const libraryError = library.error as Error | null;
    if (libraryError) return { kind: 'failed', error: libraryError };
    if (!state) return { kind: 'loading' };
    const v = sittingView(state);
    if (v.kind !== 'failed') return v;
    return {
      kind: 'failed',
      error: v.error instanceof Error ? v.error : classifyStorageError(v.error),
    };
  }, [state, library.error]);

  const failed = state ? pendingAnswer(state) : null;
  const pending: PendingAnswer | null = useMemo(
    () => (failed ? { error: classifyStorageError(failed.error) } : null),
    // The same failure keeps the same object, so the banner does not re-render for nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [failed?.error],
  );
  const counts: QueueCounts | null = state ? sittingCounts(state) : null;
  const stats: SittingStats = state?.stats ?? { answered: 0, again: 0, startedAt: 0 };

  return {
    view,
    counts,
    answer,
    report,
    undo,
    canUndo: state ? canUndo(state) : false,
    undoRefused: state?.undoRefused ?? false,
    retry,
    pending,
    /** A retry is running. */
    retrying: failed?.retrying ?? false,
    /** Answers are not taken now (a failed write, an undo, or a reload is in the way). */
    busy: state ? !acceptsAnswers(state) : true,
    stats,
    settings,
    /** The course's weights timeline, for what shows the schedule (Why now?). */
    timeline: timeline ?? NO_TIMELINE,
  };
}
