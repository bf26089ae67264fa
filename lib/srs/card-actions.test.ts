import { describe, expect, it } from 'vitest';
import { newCardState, type CardState } from './card-state';
import { canReset, reset, suspended } from './card-actions';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();
const learnt: CardState = {
  ...newCardState(NOW - 86_400_000),
  state: 'review',
  due: NOW + 5 * 86_400_000,
  lastReview: NOW,
  stability: 5,
  difficulty: 4,
  scheduledDays: 5,
  reps: 4,
  lapses: 1,
};

describe('card actions', () => {
  it('suspends and lifts a suspension without touching the schedule', () => {
    const off = suspended(learnt, true);
    expect(off).toEqual({ ...learnt, suspended: true });
    expect(suspended(off, false)).toEqual(learnt);
  });

  it('resets to new at the moment asked, keeping the flags', () => {
    expect(reset(learnt, NOW + 1000)).toEqual(newCardState(NOW + 1000));
    expect(reset({ ...learnt, suspended: true }, NOW).suspended).toBe(true);
    expect(reset({ ...learnt, buriedUntil: NOW + 1 }, NOW).buriedUntil).toBe(NOW + 1);
  });

  it('offers a reset only for a card with a schedule', () => {
    expect(canReset(undefined)).toBe(false);
    expect(canReset(newCardState(NOW))).toBe(false);
    expect(canReset(learnt)).toBe(true);
  });
});
