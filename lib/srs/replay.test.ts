import { describe, expect, it } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { newCardState, type CardState } from './card-state';
import type { Grade } from './grade';
import { defaultSettings, type SrsSettings } from './params';
import { replay } from './replay';
import type { ReviewLogEntry } from './review-log';
import { createScheduler } from './scheduler';

const t = (iso: string) => Date.parse(iso);
const MIN = 60_000;
const DAY = 86_400_000;
const meta = { cardId: 'c1' as CardId, durationMs: 3000 };

/** Answers like a learner would: each answer some time after the card fell due. */
function study(settings: SrsSettings, grades: readonly Grade[]) {
  const scheduler = createScheduler(settings);
  let state: CardState = newCardState(t('2026-01-10T18:00:00+01:00'));
  const logs: ReviewLogEntry[] = [];
  grades.forEach((grade, k) => {
    const now = Math.max(state.due, state.lastReview ?? 0) + ((k * 7) % 5) * 37 * MIN;
    const result = scheduler.answer(state, grade, now, meta);
    logs.push(result.log);
    state = result.state;
  });
  return { state, logs };
}

const grades: Grade[] = [3, 3, 3, 1, 2, 3, 3, 4, 3, 1, 1, 3, 3, 2, 3];

describe('replay', () => {
  it('rebuilds the same state from the log (fuzz off)', () => {
    const settings = { ...defaultSettings, fuzz: false };
    const { state, logs } = study(settings, grades);
    expect(state.reps).toBe(grades.length);
    expect(replay(logs, settings)).toEqual(state);
  });

  it('rebuilds the same state with fuzz on, since ts-fsrs seeds fuzz from the answer', () => {
    const { state, logs } = study(defaultSettings, grades);
    expect(replay(logs, defaultSettings)).toEqual(state);
  });

  it('orders the log by review time first', () => {
    const settings = { ...defaultSettings, fuzz: false };
    const { state, logs } = study(settings, grades);
    expect(replay([...logs].reverse(), settings)).toEqual(state);
  });

  it('keeps the flags the card had at its last answer', () => {
    const settings = { ...defaultSettings, fuzz: false };
    const { logs } = study(settings, [3, 3]);
    const last = logs[1]!;
    const flagged = [logs[0]!, { ...last, stateBefore: { ...last.stateBefore, suspended: true } }];
    expect(replay(flagged, settings)?.suspended).toBe(true);
  });

  it('reschedules under new settings', () => {
    const settings = { ...defaultSettings, fuzz: false };
    const { state, logs } = study(settings, grades);
    const lower = replay(logs, { ...settings, desiredRetention: 0.8 })!;
    expect(lower.stability).toBe(state.stability);
    expect(lower.due - lower.lastReview!).toBeGreaterThan(state.due - state.lastReview!);
    expect(lower.due - lower.lastReview!).toBeGreaterThan(DAY);
  });

  it('returns null for an empty log', () => {
    expect(replay([], defaultSettings)).toBeNull();
  });
});
