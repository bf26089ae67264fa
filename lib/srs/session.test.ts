import { describe, expect, it } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { newCardState, type CardState } from './card-state';
import {
  afterAnswer,
  LEARN_AHEAD_MS,
  nextCard,
  returnToFront,
  sessionCounts,
  startSession,
} from './session';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();
const END = new Date(2026, 10, 24, 4, 0).getTime();
const a = 'a' as CardId;
const b = 'b' as CardId;
const learning = (due: number): CardState => ({
  ...newCardState(NOW),
  state: 'learning',
  due,
  reps: 1,
});
const review = (due: number): CardState => ({
  ...newCardState(NOW),
  state: 'review',
  due,
  reps: 3,
});

describe('study session', () => {
  it('shows the queue in order and brings a failed card back when it is due', () => {
    let s = startSession([a, b]);
    expect(nextCard(s, NOW)).toEqual({ kind: 'card', id: a });
    s = afterAnswer(s, a, learning(NOW + 60_000), END);
    expect(nextCard(s, NOW)).toEqual({ kind: 'card', id: b });
    expect(nextCard(s, NOW + 60_000)).toEqual({ kind: 'card', id: a });
  });

  it('learns ahead when nothing else is left, and waits beyond the window', () => {
    let s = startSession([a]);
    s = afterAnswer(s, a, learning(NOW + 10 * 60_000), END);
    expect(nextCard(s, NOW)).toEqual({ kind: 'card', id: a });
    s = afterAnswer(s, a, learning(NOW + 60 * 60_000), END);
    expect(nextCard(s, NOW)).toEqual({ kind: 'wait', until: NOW + 60 * 60_000 - LEARN_AHEAD_MS });
  });

  it('drops a graduated card and one due after the study day', () => {
    let s = startSession([a, b]);
    s = afterAnswer(s, a, review(NOW + 3 * 86_400_000), END);
    s = afterAnswer(s, b, learning(END + 1), END);
    expect(nextCard(s, NOW)).toEqual({ kind: 'done' });
  });

  it('counts new, learning and review cards left', () => {
    const states = new Map<CardId, CardState>([[b, review(NOW)]]);
    let s = startSession([a, b]);
    expect(sessionCounts(s, (id) => states.get(id))).toEqual({ new: 1, learning: 0, review: 1 });
    s = afterAnswer(s, a, learning(NOW + 60_000), END);
    expect(sessionCounts(s, (id) => states.get(id))).toEqual({ new: 0, learning: 1, review: 1 });
  });
});

describe('a sitting that starts with learning steps still pending', () => {
  it('counts them and shows them when due', () => {
    const s = startSession([b], [{ id: a, due: NOW + 5 * 60_000 }]);
    expect(sessionCounts(s, () => undefined)).toEqual({ new: 1, learning: 1, review: 0 });
    expect(nextCard(s, NOW)).toEqual({ kind: 'card', id: b });
    expect(nextCard(s, NOW + 5 * 60_000)).toEqual({ kind: 'card', id: a });
  });
});

describe('returnToFront', () => {
  it('puts an undone card first and out of the learning list', () => {
    let s = startSession([a, b]);
    s = afterAnswer(s, a, learning(NOW + 60_000), END);
    expect(returnToFront(s, a)).toEqual({ queue: [a, b], learning: [] });
  });
});
