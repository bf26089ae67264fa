import { describe, expect, it } from 'vitest';
import type { Card } from '@/lib/corpus/model';
import type { ArticleId, CardId, UnitId } from '@/lib/corpus/types';
import { newCardState, type CardState } from './card-state';
import type { EventId } from './events';
import { defaultSettings, type SrsSettings } from './params';
import {
  acceptsAnswers,
  canUndo,
  nextWake,
  pendingAnswer,
  reduceSitting,
  sittingCounts,
  sittingView,
  startSitting,
  type AnswerRef,
  type LoadedSitting,
  type SittingEffect,
  type SittingEvent,
  type SittingResult,
  type SittingState,
} from './sitting';
import { studyDayBounds } from './study-day';

// Pinned: 10:00 on a plain November day in Berlin (vitest pins TZ); the day ends at 04:00.
const NOW = new Date(2026, 10, 23, 10, 0).getTime();
const DAY = studyDayBounds(NOW, 4);
const SETTINGS: SrsSettings = { ...defaultSettings, fuzz: false };
const META = { durationMs: 1200, typed: null, verdict: null };

const id = (s: string) => s as CardId;
const a = id('a');
const b = id('b');
const c = id('c');

const card = (cardId: CardId): Card => ({
  id: cardId,
  lang: 'de',
  article: 'art' as ArticleId,
  unit: `u-${cardId}` as UnitId,
  sibling: `s-${cardId}`,
  rank: 1,
  kind: 'understand',
  text: `Satz ${cardId}`,
  hints: { en: `Sentence ${cardId}` },
});

const review = (due: number): CardState => ({
  ...newCardState(NOW - 10 * 86_400_000),
  state: 'review',
  due,
  lastReview: due - 5 * 86_400_000,
  stability: 5,
  difficulty: 5,
  scheduledDays: 5,
  reps: 3,
});

function loadedWith(
  ids: readonly CardId[],
  extra: Partial<LoadedSitting> = {},
  states: ReadonlyMap<CardId, CardState> = new Map(ids.map((i) => [i, newCardState(NOW)])),
): LoadedSitting {
  return {
    queue: ids,
    laterToday: [],
    states,
    answeredToday: [],
    nextDue: DAY.end,
    cards: new Map(ids.map((i) => [i, card(i)])),
    ...extra,
  };
}

/** Runs events in order, collecting every effect. */
function run(start: SittingResult, ...events: SittingEvent[]) {
  let state = start.state;
  const effects: SittingEffect[] = [...start.effects];
  for (const e of events) {
    const r = reduceSitting(state, e);
    state = r.state;
    effects.push(...r.effects);
  }
  return { state, effects };
}

function loadToken(effects: readonly SittingEffect[]): number {
  const load = effects.findLast((e) => e.kind === 'load');
  if (!load) throw new Error('no load effect');
  return load.token;
}

/** A sitting with `ids` loaded, at NOW. */
function sitting(ids: readonly CardId[] = [a, b, c], loaded = loadedWith(ids)): SittingState {
  const start = startSitting('de', SETTINGS, NOW);
  return run(start, {
    type: 'loaded',
    now: NOW,
    token: loadToken(start.effects),
    sitting: loaded,
  }).state;
}

const shown = (state: SittingState) => {
  const view = sittingView(state);
  return view.kind === 'card' ? view.card.id : view.kind;
};

let ids = 0;
/** An answer to the card on screen, as the study screen sends it. */
const answer = (state: SittingState, now = NOW + 1000, grade: 1 | 2 | 3 | 4 = 3): SittingEvent => ({
  type: 'answer',
  now,
  id: `an.${++ids}` as EventId,
  cardId: (sittingView(state).kind === 'card' ? shown(state) : 'none') as CardId,
  grade,
  meta: META,
});
const ref = (n: number) => n as unknown as AnswerRef;

function saveOf(effects: readonly SittingEffect[]) {
  const save = effects.findLast((e) => e.kind === 'save');
  if (!save) throw new Error('no save effect');
  return save.answer;
}

function answered(state: SittingState, now = NOW + 1000) {
  const r = reduceSitting(state, answer(state, now));
  const input = saveOf(r.effects);
  return { ...r, input };
}

function savedEvent(input: { id: EventId; review: number }, n: number): SittingEvent {
  return { type: 'saved', now: input.review + 5, id: input.id, ref: ref(n) };
}

describe('a sitting', () => {
  it('starts by asking for today’s queue and shows nothing until it arrives', () => {
    const start = startSitting('de', SETTINGS, NOW);
    expect(start.effects).toEqual([
      { kind: 'load', token: expect.any(Number), course: 'de', settings: SETTINGS, at: NOW },
    ]);
    expect(sittingView(start.state)).toEqual({ kind: 'loading' });
    expect(acceptsAnswers(start.state)).toBe(false);
  });

  it('shows the first card of a loaded queue, with its preview and counts', () => {
    const s = sitting();
    const view = sittingView(s);
    expect(view.kind).toBe('card');
    if (view.kind !== 'card') return;
    expect(view.card.id).toBe(a);
    expect(view.preview[3].label).toBe('10m');
    expect(sittingCounts(s)).toEqual({ new: 3, learning: 0, review: 0 });
    expect(nextWake(s)).toBe(DAY.end);
  });

  it('ignores a load answer for an earlier request', () => {
    const start = startSitting('de', SETTINGS, NOW);
    const token = loadToken(start.effects);
    const { state } = run(start, {
      type: 'loaded',
      now: NOW,
      token: token + 7,
      sitting: loadedWith([a]),
    });
    expect(sittingView(state)).toEqual({ kind: 'loading' });
  });

  it('shows a failed load', () => {
    const start = startSitting('de', SETTINGS, NOW);
    const error = new Error('blocked');
    const { state } = run(start, {
      type: 'loadFailed',
      now: NOW,
      token: loadToken(start.effects),
      error,
    });
    expect(sittingView(state)).toEqual({ kind: 'failed', error });
  });

  it('journals and writes an answer, and moves on at once', () => {
    const { state, effects, input } = answered(sitting());
    expect(effects.map((e) => e.kind)).toEqual(['journal', 'save']);
    expect(input).toMatchObject({
      cardId: a,
      course: 'de',
      sibling: 's-a',
      grade: 3,
      review: NOW + 1000,
      durationMs: 1200,
      from: 'new',
    });
    expect(state.day?.states.get(a)?.state).toBe('learning');
    // Next card before the write lands: the journal already holds the answer.
    expect(shown(state)).toBe(b);
    expect(sittingCounts(state)).toEqual({ new: 2, learning: 1, review: 0 });
    expect(state.stats.answered).toBe(1);
    expect(acceptsAnswers(state)).toBe(true);
  });

  it('writes answers one at a time, in order', () => {
    const first = answered(sitting());
    const second = reduceSitting(first.state, answer(first.state, NOW + 2000));
    // Journaled now, written after the first lands.
    expect(second.effects.map((e) => e.kind)).toEqual(['journal']);
    expect(shown(second.state)).toBe(c);
    const journaled = second.effects[0]!;
    expect(journaled.kind === 'journal' && journaled.answer.cardId).toBe(b);
    const landed = reduceSitting(second.state, savedEvent(first.input, 1));
    expect(landed.effects).toEqual([
      { kind: 'save', answer: journaled.kind === 'journal' ? journaled.answer : null },
    ]);
  });

  it('keeps the undo entry once the write succeeded', () => {
    const { state, input } = answered(sitting());
    const after = reduceSitting(state, savedEvent(input, 41));
    expect(after.effects).toEqual([]);
    expect(after.state.outbox).toEqual([]);
    expect(after.state.undoStack).toEqual([
      {
        ref: ref(41),
        cardId: a,
        before: newCardState(NOW),
        statsBefore: { answered: 0, again: 0, startedAt: NOW },
      },
    ]);
    expect(canUndo(after.state)).toBe(true);
  });

  it('takes the state storage folded, when another tab wrote the card first', () => {
    const { state, input } = answered(sitting());
    const elsewhere = review(NOW + 9 * 86_400_000);
    const after = reduceSitting(state, {
      ...savedEvent(input, 1),
      stored: elsewhere,
    } as SittingEvent);
    expect(after.state.day?.states.get(a)).toEqual(elsewhere);
    expect(sittingCounts(after.state)).toEqual({ new: 2, learning: 0, review: 0 });
  });

  it('keeps a failed answer with its error, puts its card back, and takes no other answer', () => {
    const { state, input } = answered(sitting());
    const error = new Error('quota');
    const failed = reduceSitting(state, {
      type: 'saveFailed',
      now: NOW + 1100,
      id: input.id,
      error,
    }).state;
    expect(pendingAnswer(failed)).toEqual({ answer: input, error, retrying: false });
    expect(shown(failed)).toBe(a);
    expect(sittingCounts(failed)).toEqual({ new: 3, learning: 0, review: 0 });
    expect(failed.stats.answered).toBe(0);
    expect(acceptsAnswers(failed)).toBe(false);
    expect(canUndo(failed)).toBe(false);

    const again = reduceSitting(failed, answer(failed, NOW + 1200));
    expect(again.effects).toEqual([]);
    expect(again.state.outbox).toHaveLength(1);

    const retry = reduceSitting(failed, { type: 'retry', now: NOW + 1300 });
    // The same answer, same moment: storage sees a retry, not a second answer.
    expect(retry.effects).toEqual([{ kind: 'save', answer: input }]);
    expect(pendingAnswer(retry.state)).toMatchObject({ error, retrying: true });
    expect(shown(retry.state)).toBe(a);

    const ok = reduceSitting(retry.state, savedEvent(input, 7)).state;
    expect(pendingAnswer(ok)).toBeNull();
    expect(shown(ok)).toBe(b);
    expect(ok.stats.answered).toBe(1);
    expect(ok.undoStack.map((e) => e.cardId)).toEqual([a]);
  });

  it('undoes: an undo effect, then the card back first in line', () => {
    const first = answered(sitting());
    const s1 = reduceSitting(first.state, savedEvent(first.input, 1)).state;
    const second = answered(s1, NOW + 5000);
    const s2 = reduceSitting(second.state, savedEvent(second.input, 2)).state;
    expect(shown(s2)).toBe(c);

    const asked = reduceSitting(s2, { type: 'undo', now: NOW + 6000 });
    expect(asked.effects).toEqual([{ kind: 'undo', ref: ref(2), cardId: b }]);
    expect(acceptsAnswers(asked.state)).toBe(false);
    const done = reduceSitting(asked.state, { type: 'undone', now: NOW + 6010 }).state;
    expect(shown(done)).toBe(b);
    expect(done.day?.states.get(b)).toEqual(newCardState(NOW));
    expect(done.stats.answered).toBe(1);
    expect(done.undoStack.map((e) => e.cardId)).toEqual([a]);
  });

  it('holds an undo asked for during the write until the write lands', () => {
    const { state, input } = answered(sitting());
    const asked = reduceSitting(state, { type: 'undo', now: NOW + 1001 });
    expect(asked.effects).toEqual([]);
    const landed = reduceSitting(asked.state, savedEvent(input, 9));
    expect(landed.effects).toEqual([{ kind: 'undo', ref: ref(9), cardId: a }]);
    const done = reduceSitting(landed.state, { type: 'undone', now: NOW + 1020 }).state;
    expect(shown(done)).toBe(a);
    expect(sittingCounts(done)).toEqual({ new: 3, learning: 0, review: 0 });
  });

  it('refuses an undo calmly when the card was answered again elsewhere', () => {
    const { state, input } = answered(sitting());
    const saved = reduceSitting(state, savedEvent(input, 3)).state;
    const asked = reduceSitting(saved, { type: 'undo', now: NOW + 2000 }).state;
    const refused = reduceSitting(asked, { type: 'undoRefused', now: NOW + 2010 }).state;
    expect(refused.undoRefused).toBe(true);
    expect(refused.day).toBe(saved.day);
    expect(refused.stats).toEqual(saved.stats);
    expect(shown(refused)).toBe(b);
    expect(acceptsAnswers(refused)).toBe(true);
    // The next answer clears the message.
    expect(reduceSitting(refused, answer(refused, NOW + 3000)).state.undoRefused).toBe(false);
  });

  it('takes cards answered in another tab out of the queue', () => {
    const s = sitting();
    const seen = reduceSitting(s, {
      type: 'answersSeen',
      now: NOW + 500,
      dayStart: DAY.start,
      answers: [{ cardId: a, id: 'an.elsewhere' }],
    });
    expect(seen.effects).toEqual([{ kind: 'reload', token: expect.any(Number), ids: [a] }]);
    const token = (seen.effects[0] as { token: number }).token;
    const learnt: CardState = {
      ...newCardState(NOW),
      state: 'learning',
      due: NOW + 600_400,
      reps: 1,
      lastReview: NOW + 400,
    };
    const after = reduceSitting(seen.state, {
      type: 'reloaded',
      now: NOW + 510,
      token,
      states: new Map([[a, learnt]]),
      gone: [],
    }).state;
    expect(shown(after)).toBe(b);
    expect(sittingCounts(after)).toEqual({ new: 2, learning: 1, review: 0 });
    // Seen once: the live query repeating itself changes nothing.
    const repeat = reduceSitting(after, {
      type: 'answersSeen',
      now: NOW + 600,
      dayStart: DAY.start,
      answers: [{ cardId: a, id: 'an.elsewhere' }],
    });
    expect(repeat.effects).toEqual([]);
  });

  it('does not mistake its own answers, or yesterday’s, for another tab’s', () => {
    const { state, input } = answered(sitting());
    const saved = reduceSitting(state, savedEvent(input, 1)).state;
    const own = reduceSitting(saved, {
      type: 'answersSeen',
      now: NOW + 2000,
      dayStart: DAY.start,
      answers: [{ cardId: a, id: input.id }],
    });
    expect(own.effects).toEqual([]);
    const old = reduceSitting(saved, {
      type: 'answersSeen',
      now: NOW + 2000,
      dayStart: DAY.start - 86_400_000,
      answers: [{ cardId: b, id: 'an.yesterday' }],
    });
    expect(old.effects).toEqual([]);
  });

  it('reloads states before the next answer when another tab imported, reset or deleted', () => {
    const s = sitting(
      [a, b, c],
      loadedWith(
        [a, b, c],
        {},
        new Map([
          [a, review(NOW - 3600_000)],
          [b, newCardState(NOW)],
          [c, newCardState(NOW)],
        ]),
      ),
    );
    expect(shown(s)).toBe(a);
    const imported = reduceSitting(s, {
      type: 'changed',
      now: NOW + 100,
      change: { kind: 'import' },
    });
    expect(imported.effects).toEqual([
      { kind: 'reload', token: expect.any(Number), ids: [a, b, c] },
    ]);
    expect(acceptsAnswers(imported.state)).toBe(false);
    expect(reduceSitting(imported.state, answer(imported.state, NOW + 150)).effects).toEqual([]);

    const token = (imported.effects[0] as { token: number }).token;
    // The import brought a later answer of `a` (due in a week) and suspended `b`; `c` has no row.
    const reloaded = reduceSitting(imported.state, {
      type: 'reloaded',
      now: NOW + 200,
      token,
      states: new Map<CardId, CardState | null>([
        [a, review(NOW + 7 * 86_400_000)],
        [b, { ...newCardState(NOW), suspended: true }],
        [c, null],
      ]),
      gone: [],
    }).state;
    expect(acceptsAnswers(reloaded)).toBe(true);
    expect(shown(reloaded)).toBe(c);
    expect(sittingCounts(reloaded)).toEqual({ new: 1, learning: 0, review: 0 });
  });

  it('reloads only the cards a reset names, and drops cards whose article was deleted', () => {
    const s = sitting();
    const reset = reduceSitting(s, {
      type: 'changed',
      now: NOW + 100,
      change: { kind: 'delete', cardIds: [b, id('elsewhere')] },
    });
    expect(reset.effects).toEqual([{ kind: 'reload', token: expect.any(Number), ids: [b] }]);
    const token = (reset.effects[0] as { token: number }).token;
    const after = reduceSitting(reset.state, {
      type: 'reloaded',
      now: NOW + 200,
      token,
      states: new Map([[b, null]]),
      gone: [b],
    }).state;
    expect(after.day?.session.queue).toEqual([a, c]);
    // A change to no card of this sitting costs nothing.
    const other = reduceSitting(after, {
      type: 'changed',
      now: NOW + 300,
      change: { kind: 'reset', cardIds: [id('elsewhere')] },
    });
    expect(other.effects).toEqual([]);
  });

  it('waits for its own write before reading what another tab changed', () => {
    const { state, input } = answered(sitting());
    const changed = reduceSitting(state, {
      type: 'changed',
      now: NOW + 1001,
      change: { kind: 'reset', cardIds: [c] },
    });
    expect(changed.effects).toEqual([]);
    expect(acceptsAnswers(changed.state)).toBe(false);
    const landed = reduceSitting(changed.state, savedEvent(input, 1));
    expect(landed.effects).toEqual([{ kind: 'reload', token: expect.any(Number), ids: [c] }]);
  });

  it('keeps its own answer over a read that began before it', () => {
    const s = sitting();
    const seen = reduceSitting(s, {
      type: 'answersSeen',
      now: NOW + 500,
      dayStart: DAY.start,
      answers: [{ cardId: c, id: 'an.other' }],
    });
    const token = (seen.effects[0] as { token: number }).token;
    const mine = answered(seen.state, NOW + 600);
    const after = reduceSitting(mine.state, {
      type: 'reloaded',
      now: NOW + 700,
      token,
      states: new Map([
        [a, newCardState(NOW)],
        [c, review(NOW + 86_400_000 * 3)],
      ]),
      gone: [],
    }).state;
    expect(after.day?.states.get(a)).toEqual(mine.state.day?.states.get(a));
    expect(after.day?.states.get(a)?.state).toBe('learning');
    expect(after.day?.session.queue).toEqual([b]);
  });

  it('starts a new queue when the study day rolls over', () => {
    const s = sitting();
    expect(nextWake(s)).toBe(DAY.end);
    const early = reduceSitting(s, { type: 'tick', now: DAY.end - 1 });
    expect(early.effects).toEqual([]);
    const rolled = reduceSitting(s, { type: 'tick', now: DAY.end + 1000 });
    expect(rolled.effects).toEqual([
      {
        kind: 'load',
        token: expect.any(Number),
        course: 'de',
        settings: SETTINGS,
        at: DAY.end + 1000,
      },
    ]);
    expect(sittingView(rolled.state)).toEqual({ kind: 'loading' });
    const next = reduceSitting(rolled.state, {
      type: 'loaded',
      now: DAY.end + 1200,
      token: loadToken(rolled.effects),
      sitting: loadedWith([c]),
    }).state;
    expect(shown(next)).toBe(c);
    expect(nextWake(next)).toBe(studyDayBounds(DAY.end + 1000, 4).end);
    // The sitting's stats run on across the rollover.
    expect(next.stats.startedAt).toBe(NOW);
  });

  it('starts a new queue when another tab cleared everything', () => {
    const r = reduceSitting(sitting(), {
      type: 'changed',
      now: NOW + 5,
      change: { kind: 'clear' },
    });
    expect(r.effects.map((e) => e.kind)).toEqual(['load']);
  });

  it('grades the card on screen, even when a learning step fell due while it was read', () => {
    // `b` is a learning step due a minute from now; `a` is on screen until then.
    const s = sitting(
      [a],
      loadedWith(
        [a],
        {
          laterToday: [{ id: b, due: NOW + 60_000 }],
          cards: new Map([
            [a, card(a)],
            [b, card(b)],
          ]),
        },
        new Map([
          [a, review(NOW - 86_400_000)],
          [b, { ...newCardState(NOW), state: 'learning', due: NOW + 60_000, reps: 1 }],
        ]),
      ),
    );
    expect(shown(s)).toBe(a);
    const onScreen = answer(s, NOW + 90_000);
    // By the key press `b` is due and would come first; the grade is still for `a`.
    const r = reduceSitting(s, onScreen);
    expect(saveOf(r.effects).cardId).toBe(a);
    expect(shown(r.state)).toBe(b);
    // A grade for a card no longer in the sitting (answered in another tab) is not given to another.
    const elsewhere = { ...onScreen, cardId: c } as SittingEvent;
    expect(reduceSitting(s, elsewhere).effects).toEqual([]);
  });

  it('waits for a learning step due later, then shows it', () => {
    const s = sitting(
      [a],
      loadedWith(
        [a],
        {
          laterToday: [{ id: b, due: NOW + 3600_000 }],
          cards: new Map([
            [a, card(a)],
            [b, card(b)],
          ]),
        },
        new Map([
          [a, newCardState(NOW)],
          [b, { ...newCardState(NOW), state: 'learning', due: NOW + 3600_000, reps: 1 }],
        ]),
      ),
    );
    const { state, input } = answered(s);
    const landed = reduceSitting(state, savedEvent(input, 1)).state;
    // `a` comes back in ten minutes, learnt ahead (within 20 minutes); answered Easy it leaves.
    const easy = reduceSitting(landed, answer(landed, NOW + 2000, 4));
    const done = reduceSitting(easy.state, savedEvent(saveOf(easy.effects), 2)).state;
    const view = sittingView(done);
    expect(view).toEqual({ kind: 'wait', until: NOW + 3600_000 - 20 * 60_000 });
    expect(nextWake(done)).toBe(NOW + 3600_000 - 20 * 60_000);
    const ticked = reduceSitting(done, { type: 'tick', now: NOW + 3600_000 - 20 * 60_000 }).state;
    expect(shown(ticked)).toBe(b);
  });

  it('is done with nothing left, and says when the next card is due', () => {
    const s = sitting(
      [a],
      loadedWith([a], { nextDue: NOW + 86_400_000 }, new Map([[a, review(NOW - 1000)]])),
    );
    const { state, input } = answered(s);
    const done = reduceSitting(state, savedEvent(input, 1)).state;
    expect(sittingView(done)).toEqual({ kind: 'done', nextDue: NOW + 86_400_000 });
    expect(done.stats).toEqual({ answered: 1, again: 0, startedAt: NOW });
  });

  it('answers with the settings of the moment, without rebuilding the queue', () => {
    const s = sitting();
    const changed = reduceSitting(s, {
      type: 'settings',
      now: NOW + 10,
      settings: { ...SETTINGS, learningSteps: ['2m', '30m'] },
    });
    expect(changed.effects).toEqual([]);
    expect(changed.state.day).toBe(s.day);
    const { state } = answered(changed.state);
    expect(state.day?.states.get(a)?.due).toBe(NOW + 1000 + 30 * 60_000);
  });
});

describe('a sitting loaded in two parts', () => {
  const d = id('d');
  const learning = (due: number): CardState => ({
    ...newCardState(NOW - 3_600_000),
    state: 'learning',
    due,
    lastReview: due - 60_000,
    stability: 1,
    difficulty: 5,
    learningSteps: 0,
    reps: 1,
  });
  /** The first cards: learning steps due now, a and b. */
  const first = loadedWith(
    [a, b],
    { partial: true, nextDue: null },
    new Map([
      [a, learning(NOW - 60_000)],
      [b, learning(NOW - 30_000)],
    ]),
  );
  /** The whole queue as read meanwhile: a and b first, then c and d. */
  const whole = (stale = new Map<CardId, CardState>()) =>
    loadedWith(
      [a, b, c, d],
      {},
      new Map([
        [a, stale.get(a) ?? learning(NOW - 60_000)],
        [b, learning(NOW - 30_000)],
        [c, review(NOW - 1000)],
        [d, newCardState(NOW)],
      ]),
    );

  function started() {
    const start = startSitting('de', SETTINGS, NOW);
    const token = loadToken(start.effects);
    const state = run(start, { type: 'loaded', now: NOW, token, sitting: first }).state;
    return { state, token };
  }

  it('shows the first card from the partial load and takes answers before the rest is in', () => {
    const { state } = started();
    expect(shown(state)).toBe(a);
    expect(acceptsAnswers(state)).toBe(true);
    // No timer and no "done" from the first cards alone: the rest of the queue is coming.
    expect(nextWake(state)).toBeNull();
  });

  it('keeps the card on screen when the whole queue arrives', () => {
    const { state, token } = started();
    const full = reduceSitting(state, { type: 'loaded', now: NOW + 10, token, sitting: whole() });
    expect(shown(full.state)).toBe(a);
    expect(sittingCounts(full.state)).toEqual({ new: 1, learning: 2, review: 1 });
    expect(nextWake(full.state)).toBe(DAY.end);
  });

  it('keeps an answer given meanwhile over the older rows of the whole queue', () => {
    const { state, token } = started();
    const { state: after, input } = answered(state, NOW + 1000);
    expect(input.cardId).toBe(a);
    expect(shown(after)).toBe(b);
    // Read before the answer was written: a still in its first step, due now.
    const full = run(
      { state: after, effects: [] },
      { type: 'loaded', now: NOW + 1500, token, sitting: whole() },
    ).state;
    expect(shown(full)).toBe(b);
    // a waits for its next step (Good: 10 minutes), as after the answer; the write goes on.
    expect(full.day?.session.queue).toEqual([b, c, d]);
    expect(full.day?.session.learning.map((l) => l.id)).toEqual([a]);
    expect(full.day?.states.get(a)?.lastReview).toBe(NOW + 1000);
    expect(full.outbox.map((o) => o.answer.id)).toEqual([input.id]);
    const done = run({ state: full, effects: [] }, savedEvent(input, 1)).state;
    expect(canUndo(done)).toBe(true);
    expect(sittingCounts(done)).toEqual({ new: 1, learning: 2, review: 1 });
  });

  it('shows loading, not done, when the first cards are answered before the rest is in', () => {
    const { state } = started();
    let s = state;
    for (let i = 0; i < 2; i++) {
      const r = answered(s, NOW + 1000 * (i + 1));
      s = run(r, savedEvent(r.input, i + 1)).state;
    }
    expect(sittingView(s)).toEqual({ kind: 'loading' });
  });

  it('drops a whole queue meant for a load that was replaced', () => {
    const { state, token } = started();
    const cleared = reduceSitting(state, {
      type: 'changed',
      now: NOW + 5,
      change: { kind: 'clear' },
    });
    const newToken = loadToken(cleared.effects);
    expect(newToken).not.toBe(token);
    const stale = reduceSitting(cleared.state, {
      type: 'loaded',
      now: NOW + 10,
      token,
      sitting: whole(),
    });
    expect(stale.effects).toEqual([]);
    expect(stale.state.day).toBe(cleared.state.day);
    expect(stale.state.load).toBe(cleared.state.load);
  });

  it('reads other tabs’ answers only after the whole queue is in', () => {
    const { state, token } = started();
    const seen = reduceSitting(state, {
      type: 'answersSeen',
      now: NOW + 5,
      dayStart: DAY.start,
      answers: [{ cardId: c, id: 'an.elsewhere' }],
    });
    expect(seen.effects).toEqual([]);
    const full = reduceSitting(seen.state, {
      type: 'loaded',
      now: NOW + 10,
      token,
      sitting: whole(),
    });
    expect(full.effects).toEqual([{ kind: 'reload', token: expect.any(Number), ids: [c] }]);
  });
});
