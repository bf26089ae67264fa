'use client';

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Card } from '@/lib/corpus/model';
import type { CardId, Lang } from '@/lib/corpus/types';
import { getDb, openDb } from '@/lib/db/client';
import { journalAdd, journalRemove } from '@/lib/db/journal';
import { classifyStorageError, type StorageError } from '@/lib/db/errors';
import { getCards } from '@/lib/db/content-repo';
import { loadTodayQueue } from '@/lib/db/queue-repo';
import { reviewsBetween, saveAnswer, undoAnswer, type AnswerInput } from '@/lib/db/study-repo';
import type { CardState } from '@/lib/srs/card-state';
import type { Grade } from '@/lib/srs/grade';
import type { QueueCounts } from '@/lib/srs/queue';
import { createScheduler, type Preview } from '@/lib/srs/scheduler';
import {
  afterAnswer,
  nextCard,
  returnToFront,
  sessionCounts,
  startSession,
  type StudySession,
} from '@/lib/srs/session';
import { studyDayBounds } from '@/lib/srs/study-day';
import { srsSettings } from '@/lib/settings/settings';
import { useLibrary } from './use-library';
import { useSettings } from './use-settings';

interface Model {
  readonly session: StudySession;
  /** What each card of today's queue shows, read once when the sitting starts. */
  readonly cards: ReadonlyMap<CardId, Card>;
  readonly states: ReadonlyMap<CardId, CardState>;
  readonly dayStart: number;
  readonly dayEnd: number;
  readonly nextDue: number | null;
}

interface UndoEntry {
  readonly reviewId: number;
  readonly cardId: CardId;
  readonly before: CardState;
  readonly stats: SessionStats;
}

export interface SessionStats {
  readonly answered: number;
  readonly again: number;
  readonly startedAt: number;
}

export type StudyView =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: StorageError | Error }
  | {
      readonly kind: 'card';
      readonly card: Card;
      readonly state: CardState;
      readonly preview: Preview;
    }
  | { readonly kind: 'wait'; readonly until: number }
  | { readonly kind: 'done'; readonly nextDue: number | null };

export interface PendingAnswer {
  readonly input: AnswerInput;
  readonly error: StorageError;
}

/**
 * Drives a sitting: loads today's queue, shows the next card, writes each answer
 * (log + state in one transaction) before moving on, keeps a failed answer to
 * retry, undoes, and follows answers given in other tabs.
 */
export function useStudySession(course: Lang) {
  const library = useLibrary();
  const { settings } = useSettings();
  const [model, setModel] = useState<Model | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const [undoRefused, setUndoRefused] = useState(false);
  const [day, setDay] = useState(0);
  const [pending, setPending] = useState<PendingAnswer | null>(null);
  const [saving, setSaving] = useState(false);
  const [undoStack, setUndoStack] = useState<readonly UndoEntry[]>([]);
  const [now, setNow] = useState(() => Date.now());
  const [stats, setStats] = useState<SessionStats>(() => ({
    answered: 0,
    again: 0,
    startedAt: Date.now(),
  }));
  const ownAnswers = useRef(new Set<string>());
  const scheduler = useMemo(
    () => (settings ? createScheduler(srsSettings(settings)) : null),
    [settings],
  );
  const loadedFor = useRef<string | null>(null);

  // Build the queue once per course and study day (settings edits apply to the next sitting).
  useEffect(() => {
    if (!library.data || !settings) return;
    const key = `${course}|${day}`;
    if (loadedFor.current === key) return;
    loadedFor.current = key;
    const at = Date.now();
    openDb()
      .then(async (db) => {
        const loaded = await loadTodayQueue(db, course, settings, at);
        const ids = [...loaded.queue, ...loaded.laterToday.map((c) => c.id)];
        const cards = new Map<CardId, Card>();
        (await getCards(db, ids)).forEach((c) => c && cards.set(c.id, c));
        return { loaded, cards };
      })
      .then(
        ({ loaded, cards }) => {
          const day = studyDayBounds(at, settings.rolloverHour);
          seenForeign.current = new Set(loaded.answeredToday);
          setModel({
            cards,
            session: startSession(loaded.queue, loaded.laterToday),
            states: loaded.states,
            dayStart: day.start,
            dayEnd: day.end,
            nextDue: loaded.nextDue,
          });
          setNow(at);
        },
        (error: unknown) => setFailure(classifyStorageError(error)),
      );
  }, [course, library.data, settings, day]);

  // A tab left open past the rollover hour starts the new study day by itself.
  const dayEnd = model?.dayEnd;
  useEffect(() => {
    if (dayEnd === undefined) return;
    const timer = setTimeout(
      () => setDay((d) => d + 1),
      Math.max(1000, dayEnd - Date.now() + 1000),
    );
    return () => clearTimeout(timer);
  }, [dayEnd]);

  // Answers given in another tab: take those cards out of this tab's queue too.
  const today = useLiveQuery(async () => {
    if (!model) return null;
    const rows = await reviewsBetween(getDb(), course, model.dayStart, model.dayEnd).catch(
      () => [],
    );
    return rows.map((r) => ({ key: `${r.cardId}|${r.review}`, cardId: r.cardId }));
  }, [course, model?.dayStart, model?.dayEnd]);
  const seenForeign = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!today || seenForeign.current === null) return;
    const fresh = today.filter(
      (r) => !seenForeign.current!.has(r.key) && !ownAnswers.current.has(r.key),
    );
    for (const r of today) seenForeign.current.add(r.key);
    if (fresh.length === 0) return;
    void getDb()
      .cards.bulkGet(fresh.map((r) => r.cardId))
      .then((rows) => {
        setModel((m) => {
          if (!m) return m;
          let session = m.session;
          const states = new Map(m.states);
          rows.forEach((row) => {
            if (!row) return;
            states.set(row.id, row);
            session = afterAnswer(session, row.id, row, m.dayEnd);
          });
          return { ...m, session, states };
        });
        setNow(Date.now());
      });
  }, [today]);

  // While waiting for a learning step, tick until it is due.
  const next = model ? nextCard(model.session, now) : null;
  useEffect(() => {
    if (next?.kind !== 'wait') return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(250, next.until - Date.now()));
    return () => clearTimeout(timer);
  }, [next]);

  const write = useCallback(async (input: AnswerInput, stats: SessionStats) => {
    setSaving(true);
    try {
      ownAnswers.current.add(`${input.cardId}|${input.review}`);
      // Journaled first: if the tab closes before the transaction commits, the next start writes it.
      journalAdd(input);
      const reviewId = await saveAnswer(getDb(), input);
      journalRemove(input);
      // From the latest model: another tab's answer may have arrived during the write.
      setModel((m) => {
        if (!m) return m;
        const states = new Map(m.states);
        states.set(input.cardId, input.after);
        return {
          ...m,
          session: afterAnswer(m.session, input.cardId, input.after, m.dayEnd),
          states,
        };
      });
      setUndoStack((stack) => [
        ...stack.slice(-49),
        { reviewId, cardId: input.cardId, before: input.stateBefore, stats },
      ]);
      setUndoRefused(false);
      setStats((s) => ({
        ...s,
        answered: s.answered + 1,
        again: s.again + (input.grade === 1 ? 1 : 0),
      }));
      setPending(null);
      setNow(Date.now());
      // The first answer is the moment to ask the browser to keep our data.
      void navigator.storage?.persist?.().catch(() => undefined);
    } catch (error) {
      setPending({ input, error: classifyStorageError(error) });
    } finally {
      setSaving(false);
    }
  }, []);

  const answer = useCallback(
    async (
      grade: Grade,
      meta: { durationMs: number; typed: string | null; verdict: string | null },
    ) => {
      if (!model || !scheduler || next?.kind !== 'card' || saving || pending) return;
      const card = model.cards.get(next.id);
      const state = model.states.get(next.id);
      if (!card || !state) return;
      const { state: after, log } = scheduler.answer(state, grade, Date.now(), {
        cardId: card.id,
        ...meta,
      });
      await write({ ...log, course, sibling: card.sibling, after }, stats);
    },
    [model, scheduler, next, saving, pending, course, write, stats],
  );

  const retry = useCallback(async () => {
    if (!pending) return;
    await write(pending.input, stats);
  }, [pending, write, stats]);

  const undo = useCallback(async () => {
    const last = undoStack[undoStack.length - 1];
    if (!last || saving || pending) return false;
    setUndoStack((stack) => stack.slice(0, -1));
    try {
      await undoAnswer(getDb(), last.reviewId);
    } catch {
      // Answered again since (here or in another tab): that newer answer stands.
      setUndoRefused(true);
      return false;
    }
    setModel((m) => {
      if (!m) return m;
      const states = new Map(m.states);
      states.set(last.cardId, last.before);
      return { ...m, session: returnToFront(m.session, last.cardId), states };
    });
    setStats(last.stats);
    setUndoRefused(false);
    setNow(Date.now());
    return true;
  }, [undoStack, saving, pending]);

  let view: StudyView;
  const error = failure ?? (library.error as Error | null);
  if (error) view = { kind: 'failed', error };
  else if (!model || !next || !scheduler) view = { kind: 'loading' };
  else if (next.kind === 'card') {
    const card = model.cards.get(next.id);
    const state = model.states.get(next.id);
    view =
      card && state
        ? { kind: 'card', card, state, preview: scheduler.preview(state, now) }
        : { kind: 'loading' };
  } else if (next.kind === 'wait') view = { kind: 'wait', until: next.until };
  else view = { kind: 'done', nextDue: model.session.learning[0]?.due ?? model.nextDue };

  const counts: QueueCounts | null = model
    ? sessionCounts(model.session, (id) => model.states.get(id))
    : null;

  return {
    view,
    counts,
    answer,
    undo,
    canUndo: undoStack.length > 0,
    undoRefused,
    retry,
    pending,
    saving,
    stats,
    settings,
  };
}
