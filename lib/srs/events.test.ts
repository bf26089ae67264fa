import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { newCardState } from './card-state';
import {
  compareEvents,
  countedAnswers,
  foldIn,
  nextSeq,
  replayCard,
  type CardEvent,
  type CardEventBody,
  type EventId,
  type Fold,
} from './events';
import { defaultSettings } from './params';
import { createScheduler } from './scheduler';

const scheduler = createScheduler({ ...defaultSettings, fuzz: true });
const T0 = Date.UTC(2026, 10, 1, 9);
const DAY = 86_400_000;
const CARDS = ['de:a:cloze:1', 'de:a:cloze:2', 'de:a:understand:3'] as CardId[];

type Op =
  | { op: 'answer'; card: number; grade: 1 | 2 | 3 | 4; dt: number }
  | { op: 'undo'; card: number }
  | { op: 'reset' | 'suspend' | 'unsuspend' | 'known' | 'ignore'; card: number }
  | { op: 'bury'; card: number; days: number }
  | { op: 'report'; card: number; reason: 'answer' | 'option' | 'hint' }
  | { op: 'late'; card: number; grade: 1 | 2 | 3 | 4; back: number }
  | { op: 'clock'; jump: number }
  | { op: 'retime' };

const grade = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const);
const card = fc.integer({ min: 0, max: CARDS.length - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('answer' as const),
      card,
      grade,
      dt: fc.integer({ min: -600_000, max: 20 * DAY }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('undo' as const), card }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constantFrom(
        'reset' as const,
        'suspend' as const,
        'unsuspend' as const,
        'known' as const,
        'ignore' as const,
      ),
      card,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('report' as const),
      card,
      reason: fc.constantFrom('answer' as const, 'option' as const, 'hint' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('bury' as const),
      card,
      days: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('late' as const),
      card,
      grade,
      back: fc.integer({ min: 1, max: 5 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('clock' as const),
      jump: fc.constantFrom(-5 * 60_000, 14 * 365 * DAY, -14 * 365 * DAY, 3 * DAY),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('retime' as const) }) },
);

/** The repository's write path, in memory: the same decision (fold or replay) per event. */
function simulate(ops: readonly Op[]) {
  const log: CardEvent[] = [];
  const stored = new Map<CardId, Fold | null>();
  let clock = T0;
  let lastSeq = 0;
  let n = 0;
  let answers = 0;
  const write = (cardId: CardId, body: CardEventBody, at: number, seq = nextSeq(lastSeq, at)) => {
    lastSeq = Math.max(lastSeq, seq);
    const event = { ...body, id: `e${n++}` as EventId, seq, cardId, course: 'de', at } as CardEvent;
    log.push(event);
    const mine = () => log.filter((e) => e.cardId === cardId);
    stored.set(cardId, foldIn(stored.get(cardId) ?? null, event, mine, scheduler));
    return event;
  };
  for (const o of ops) {
    const id = o.op === 'clock' || o.op === 'retime' ? null : CARDS[o.card]!;
    switch (o.op) {
      case 'answer': {
        clock += o.dt;
        write(
          id!,
          {
            kind: 'answer',
            grade: o.grade,
            durationMs: 1000,
            from: stored.get(id!)?.state.state ?? 'new',
          },
          clock,
        );
        answers++;
        break;
      }
      case 'undo': {
        // The newest event of the card that still counts, as the UI offers it.
        const mine = log.filter((e) => e.cardId === id).sort(compareEvents);
        const undone = new Set(mine.flatMap((e) => (e.kind === 'undo' ? [e.target] : [])));
        const last = mine.filter((e) => e.kind !== 'undo' && !undone.has(e.id)).at(-1);
        if (last?.kind === 'answer') answers--;
        if (last) write(id!, { kind: 'undo', target: last.id }, clock);
        break;
      }
      case 'reset':
      case 'suspend':
      case 'unsuspend':
      case 'known':
      case 'ignore':
        write(id!, { kind: o.op }, clock);
        break;
      case 'bury':
        write(id!, { kind: 'bury', until: clock + o.days * DAY }, clock);
        break;
      case 'report':
        write(id!, { kind: 'report', reason: o.reason }, clock);
        break;
      case 'late': {
        // An answer from a backup or another device, ordered before the newest events.
        const mine = log.filter((e) => e.cardId === id).sort(compareEvents);
        const before = mine[Math.max(0, mine.length - o.back)];
        const seq = before ? before.seq - 0.5 : 1;
        write(
          id!,
          { kind: 'answer', grade: o.grade, durationMs: 1000, from: 'new' },
          before?.at ?? clock,
          seq,
        );
        answers++;
        break;
      }
      case 'clock':
        clock += o.jump;
        break;
      case 'retime':
        // As correctFutureEvents: cards with events dated after the clock get a retime.
        for (const c of CARDS) {
          if (log.some((e) => e.cardId === c && e.at > clock + DAY))
            write(c, { kind: 'retime' }, clock);
        }
        break;
    }
  }
  return { log, stored, answers, clock };
}

describe('the event log', () => {
  it('after any sequence of answers, undos, resets, suspends, late imports and clock jumps, every stored state is the replay of its log and no answer is lost or counted twice', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => {
        const { log, stored, answers } = simulate(ops);
        for (const c of CARDS) {
          const replayed = replayCard(
            log.filter((e) => e.cardId === c),
            scheduler,
          );
          expect(stored.get(c) ?? null).toEqual(replayed);
        }
        expect(countedAnswers(log)).toHaveLength(answers);
        expect(new Set(log.map((e) => e.id)).size).toBe(log.length);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 10_000), seed: 20261201 },
    );
  });

  it('cards answered under a clock years ahead come back once it is corrected', () => {
    const { stored, clock } = simulate([
      { op: 'clock', jump: 14 * 365 * DAY },
      { op: 'answer', card: 0, grade: 3, dt: 0 },
      { op: 'answer', card: 0, grade: 3, dt: DAY },
      { op: 'clock', jump: -14 * 365 * DAY },
      { op: 'retime' },
    ]);
    const due = stored.get(CARDS[0]!)!.state.due;
    expect(due).toBeLessThan(clock + 30 * DAY);
    expect(stored.get(CARDS[0]!)!.state.lastReview).toBeLessThanOrEqual(clock);
  });

  it('a clock moved back keeps the order and never schedules backwards', () => {
    const { stored, log } = simulate([
      { op: 'answer', card: 1, grade: 3, dt: 0 },
      { op: 'answer', card: 1, grade: 3, dt: -5 * 60_000 },
    ]);
    const [a, b] = log;
    expect(b!.seq).toBeGreaterThan(a!.seq);
    expect(stored.get(CARDS[1]!)!.state.reps).toBe(2);
    expect(stored.get(CARDS[1]!)!.state.lastReview).toBe(a!.at);
  });

  it('undo is a compensating event: the answer stays in the log and stops counting', () => {
    const { log, stored } = simulate([
      { op: 'answer', card: 2, grade: 4, dt: 0 },
      { op: 'undo', card: 2 },
    ]);
    expect(log.map((e) => e.kind)).toEqual(['answer', 'undo']);
    expect(countedAnswers(log)).toHaveLength(0);
    expect(stored.get(CARDS[2]!)?.state.state).toBe('new');
  });

  it('a reset keeps the suspension, and replay starts from the last snapshot', () => {
    const state = {
      ...newCardState(T0),
      state: 'review' as const,
      reps: 9,
      due: T0 + 9 * DAY,
      lastReview: T0,
    };
    const snap = {
      id: 's' as EventId,
      seq: 1,
      cardId: CARDS[0]!,
      course: 'de' as const,
      at: T0,
      kind: 'snapshot' as const,
      state,
    };
    const before = {
      ...snap,
      id: 'a0' as EventId,
      seq: 0,
      kind: 'answer' as const,
      grade: 1 as const,
      durationMs: 1,
      from: 'new' as const,
    };
    expect(replayCard([before, snap], scheduler)?.state).toEqual(state);
    const { stored } = simulate([
      { op: 'suspend', card: 0 },
      { op: 'answer', card: 0, grade: 3, dt: DAY },
      { op: 'reset', card: 0 },
    ]);
    expect(stored.get(CARDS[0]!)!.state).toMatchObject({ state: 'new', suspended: true, reps: 0 });
  });

  it('a report suspends the card and keeps its reason in the log; unsuspending lifts it', () => {
    const { stored, log } = simulate([
      { op: 'answer', card: 1, grade: 3, dt: DAY },
      { op: 'report', card: 1, reason: 'option' },
    ]);
    expect(stored.get(CARDS[1]!)!.state).toMatchObject({ suspended: true, reps: 1 });
    expect(log.filter((e) => e.kind === 'report')).toMatchObject([{ reason: 'option' }]);
    const after = simulate([
      { op: 'report', card: 1, reason: 'hint' },
      { op: 'unsuspend', card: 1 },
    ]);
    expect(after.stored.get(CARDS[1]!)!.state.suspended).toBe(false);
  });
});
