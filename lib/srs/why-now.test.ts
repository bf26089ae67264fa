import { describe, expect, it } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { newCardState, type CardState } from './card-state';
import { Grades, type Grade } from './grade';
import { defaultSettings } from './params';
import { createScheduler } from './scheduler';
import { dueReason, explainDue } from './why-now';

const MIN = 60_000;
const DAY = 86_400_000;
const id = 'bbc-russia-syria:de:12:Waffen' as CardId;
const meta = { cardId: id, durationMs: 3000 };
const scheduler = createScheduler({ ...defaultSettings, fuzz: false });
const start = Date.parse('2026-03-02T08:00:00Z');

function answered(grades: readonly [Grade, number][]): {
  state: CardState;
  answers: { at: number; grade: Grade }[];
} {
  let state = newCardState(start);
  const answers: { at: number; grade: Grade }[] = [];
  for (const [grade, at] of grades) {
    state = scheduler.answer(state, grade, at, meta).state;
    answers.push({ at, grade });
  }
  return { state, answers };
}

describe('why now', () => {
  it('a new card is new, with no recall yet and four outcomes', () => {
    const state = newCardState(start);
    const why = explainDue({
      state,
      answers: [],
      preview: scheduler.preview(state, start),
      scheduler,
      now: start,
    });
    expect(why.reason).toEqual({ kind: 'new' });
    expect(why.recallNow).toBe(0);
    expect(why.lastAnswers).toEqual([]);
    expect(why.outcomes.map((o) => o.grade)).toEqual([1, 2, 3, 4]);
    // Again comes back within minutes, so recall then is near certain; Easy waits for days.
    expect(why.outcomes[0]!.intervalMs).toBeLessThan(why.outcomes[3]!.intervalMs);
    expect(why.outcomes[0]!.recallAtNext).toBeGreaterThan(0.9);
  });

  it('a learning card names its step', () => {
    const { state } = answered([[Grades.Good, start]]);
    const now = state.due;
    expect(dueReason(state, now, 1, 0.9)).toEqual({ kind: 'learning', dueAt: state.due, step: 2 });
  });

  it('an overdue review: recall below the target, days overdue, newest answer first', () => {
    const { state, answers } = answered([
      [Grades.Good, start],
      [Grades.Good, start + 10 * MIN],
    ]);
    expect(state.state).toBe('review');
    const now = state.due + 3 * DAY + 5 * MIN;
    const why = explainDue({
      state,
      answers,
      preview: scheduler.preview(state, now),
      scheduler,
      now,
    });
    if (why.reason.kind !== 'review') throw new Error(`expected a review, got ${why.reason.kind}`);
    expect(why.reason.overdueDays).toBe(3);
    expect(why.reason.target).toBe(0.9);
    expect(why.recallNow).toBeLessThan(0.9);
    expect(why.recallNow).toBe(why.reason.recallNow);
    expect(why.lastAnswers.map((a) => a.at)).toEqual([start + 10 * MIN, start]);
    expect(why.lastAnswers[0]!.daysSincePrevious).toBeCloseTo(10 / (24 * 60), 6);
    expect(why.lastAnswers[1]!.daysSincePrevious).toBeNull();
    // A review's next interval is set for the desired retention: Good and Easy fall due
    // when recall has dropped to about 90 %.
    expect(why.outcomes[2]!.recallAtNext).toBeCloseTo(0.9, 2);
    expect(why.stability).toBe(state.stability);
  });

  it('a review due exactly now is not overdue; one shown early is ahead', () => {
    const { state } = answered([
      [Grades.Good, start],
      [Grades.Good, start + 10 * MIN],
    ]);
    expect(dueReason(state, state.due, 0.9, 0.9)).toMatchObject({ kind: 'review', overdueDays: 0 });
    expect(dueReason(state, state.due - MIN, 0.91, 0.9)).toEqual({
      kind: 'ahead',
      dueAt: state.due,
    });
  });

  it('a lapse sends the card to relearning', () => {
    const { state } = answered([
      [Grades.Good, start],
      [Grades.Good, start + 10 * MIN],
      [Grades.Again, start + 4 * DAY],
    ]);
    expect(dueReason(state, state.due, 0.99, 0.9)).toEqual({
      kind: 'relearning',
      dueAt: state.due,
    });
  });

  it('keeps only the latest answers, newest first', () => {
    const grades: [Grade, number][] = Array.from({ length: 8 }, (_, i) => [
      Grades.Good,
      start + i * 10 * DAY,
    ]);
    const { state, answers } = answered(grades);
    const now = state.due;
    const why = explainDue({
      state,
      answers: [...answers].reverse(),
      preview: scheduler.preview(state, now),
      scheduler,
      now,
      limit: 3,
    });
    expect(why.lastAnswers.map((a) => a.at)).toEqual([
      start + 70 * DAY,
      start + 60 * DAY,
      start + 50 * DAY,
    ]);
    expect(why.lastAnswers[0]!.daysSincePrevious).toBe(10);
  });
});
