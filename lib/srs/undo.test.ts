import { describe, expect, it } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { newCardState } from './card-state';
import { Grades } from './grade';
import { defaultSettings } from './params';
import { createScheduler } from './scheduler';
import { undoAnswer } from './undo';

const t = (iso: string) => Date.parse(iso);
const meta = { cardId: 'c1' as CardId, durationMs: 1000 };

describe('undoAnswer', () => {
  const scheduler = createScheduler({ ...defaultSettings, fuzz: true });
  const now = t('2026-01-15T09:00:00+01:00');

  it('restores the prior state exactly, fuzzed due and flags included', () => {
    const first = scheduler.answer(newCardState(now), Grades.Good, now, meta);
    const second = scheduler.answer(first.state, Grades.Good, now + 600_000, meta);
    const before = structuredClone(first.state);
    const third = scheduler.answer(second.state, Grades.Easy, second.state.due, meta);

    const undone = undoAnswer(third.state, third.log);
    expect(undone).toEqual({ ok: true, state: second.state });
    const undoneAgain = undoAnswer(second.state, second.log);
    expect(undoneAgain).toEqual({ ok: true, state: before });
  });

  it('refuses an entry that did not produce the current state', () => {
    const first = scheduler.answer(newCardState(now), Grades.Good, now, meta);
    const second = scheduler.answer(first.state, Grades.Again, now + 60_000, meta);
    expect(undoAnswer(second.state, first.log)).toEqual({ ok: false, code: 'NOT_LAST_ANSWER' });
  });
});
