import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { newCardState } from '@/lib/srs/card-state';
import { yieldToNewerSchema } from './client';
import { replayCard } from '@/lib/srs/events';
import { allEvents, cardEvents, eventsBetween, storedScheduler } from './event-repo';
import { recountTally, testCardRow } from './fixtures';
import type { EventId } from '@/lib/srs/events';
import type { Grade } from '@/lib/srs/grade';
import { addCounts, logContributions, ZERO_COUNTS, type DayCounts } from '@/lib/srs/daily';
import { ensureDaily } from './daily-repo';
import { ensureTally, tallyStats } from './tally-repo';
import { studyDayBounds } from '@/lib/srs/study-day';
import { unpackLog } from './log-codec';
import { openTriglotDb, type CardRow, type EventRow } from './schema';

/** The state part of a stored row. */
/**
 * The stores of each released version, restated here on purpose rather than imported
 * from schema.ts: a released version is never edited, and these tests would not notice
 * an edit made on both sides at once.
 */
const RELEASED: readonly Record<string, string | null>[] = [
  {
    cards: 'id, [course+due], [course+state], sibling',
    reviews: '++id, &[cardId+review], [course+review], review',
    settings: 'key',
  },
  {
    articles: 'id, contentKey',
    units: 'id, [article+index]',
    content: 'id, [lang+order], article, *terms',
    words: 'article',
    events: 'id, [cardId+seq], [course+at], importId',
    meta: 'key',
    reviews: null,
  },
  { logs: 'id, [course+last], *imports', events: null },
  { outbox: 'id, staged, doc' },
  {
    daily: '[course+day]',
    params: 'id, [course+seq]',
    content: 'id, [lang+order], article, *terms, [lang+cloze.lemma], unit',
  },
];

/** A database in the shape of released version `upTo` (1-based), as a learner's browser has it. */
function releasedShape(name: string, upTo: number): Dexie {
  const db = new Dexie(name);
  RELEASED.slice(0, upTo).forEach((stores, i) => db.version(i + 1).stores(stores));
  return db;
}

function newCardStateLike(row: CardRow) {
  const { id: _i, course: _c, sibling: _s, head: _h, seq: _q, time: _t, blank: _b, ...state } = row;
  return state;
}

describe('schema', () => {
  it('has the indexes the queue, the merge and the content screens rely on', async () => {
    const db = openTriglotDb('schema-test');
    await db.open();
    expect(db.verno).toBe(6);
    expect(db.cards.schema.indexes.map((i) => i.name)).toContain('[course+due]');
    expect(db.logs.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['[course+last]', 'imports']),
    );
    expect(db.logs.schema.indexes.find((i) => i.name === 'imports')?.multi).toBe(true);
    expect(db.content.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['[lang+order]', 'article', 'terms']),
    );
    expect(db.content.schema.indexes.find((i) => i.name === 'terms')?.multi).toBe(true);
    await db.delete();
  });

  it('opens a version-1 database full of progress and keeps all of it', async () => {
    const name = 'schema-v1-progress';
    // The v1 shape exactly as released.
    const v1 = releasedShape(name, 1);
    await v1.open();
    const cards = Array.from({ length: 500 }, (_, i) => ({
      ...newCardState(1_700_000_000_000),
      id: `de:bbc-russia-syria:cloze:${i}` as CardId,
      course: 'de' as const,
      sibling: `s${i}`,
      state: 'review' as const,
      due: 1_700_000_000_000 + i * 60_000,
      reps: 3,
    }));
    await v1.table('cards').bulkAdd(cards);
    await v1.table('reviews').bulkAdd(
      cards.flatMap((c, i) =>
        [0, 1, 2].map((k) => ({
          cardId: c.id,
          course: 'de',
          sibling: c.sibling,
          review: 1_600_000_000_000 + i * 1000 + k,
          grade: 3,
          stateBefore: newCardState(0),
          stateAfter: 'review',
          elapsedDays: k,
          durationMs: 1000,
        })),
      ),
    );
    await v1.table('settings').put({ key: 'settings', value: { newPerDay: 7 } });
    v1.close();

    const db = openTriglotDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.cards.count()).toBe(500);
    // Every answer is an event, and every card a snapshot after its answers.
    const events = await allEvents(db);
    expect(events.filter((e) => e.kind === 'answer')).toHaveLength(1500);
    expect(events).toHaveLength(2000);
    expect((await db.settings.get('settings'))?.value).toEqual({ newPerDay: 7 });
    expect(await db.cards.get(cards[42]!.id)).toMatchObject(cards[42]!);
    const scheduler = await storedScheduler(db);
    for (const c of [cards[0]!, cards[42]!, cards[499]!]) {
      const row = (await db.cards.get(c.id))!;
      const fold = replayCard(await cardEvents(db, c.id), scheduler)!;
      expect(fold.state).toEqual(newCardStateLike(row));
      expect(fold.head).toBe(row.head);
    }
    // The device's own events come after every converted one.
    const lastSeq = (await db.meta.get('lastSeq'))?.value as number;
    const seqs = events.map((e) => e.seq);
    expect(lastSeq).toBe(Math.max(...seqs));
    const due = await db.cards
      .where('[course+due]')
      .between(['de', Dexie.minKey], ['de', 1_700_000_000_000 + 10 * 60_000])
      .count();
    expect(due).toBe(10);
    expect(await db.articles.count()).toBe(0);
    await db.delete();
  });

  it('opens a version-2 database full of events and keeps every one of them, per card', async () => {
    const name = 'schema-v2-events';
    // The v2 shape exactly as released (v1 before it, as a learner's browser has them).
    const v2 = releasedShape(name, 2);
    await v2.open();
    const T = 1_750_000_000_000;
    const scheduler = await storedScheduler(openTriglotDb('schema-v2-scheduler'));
    // 30,001 events over 3,000 cards: more than one page of the upgrade, every kind of event.
    const events: EventRow[] = [];
    for (let c = 0; c < 3_000; c++) {
      const cardId = `${c % 2 ? 'it' : 'de'}:x:cloze:${c}` as CardId;
      const course = c % 2 ? ('it' as const) : ('de' as const);
      for (let k = 0; k < 10; k++) {
        const at = T + c * 1000 + k * 86_400_000;
        const base = { id: `an.${c}.${k}` as EventId, seq: at, cardId, course, at };
        if (k === 4) events.push({ ...base, id: `su.${c}` as EventId, kind: 'suspend' });
        else if (k === 5)
          events.push({
            ...base,
            id: `un.${c}` as EventId,
            kind: 'undo',
            target: `su.${c}` as EventId,
          });
        else
          events.push({
            ...base,
            kind: 'answer',
            grade: (1 + ((c + k) % 4)) as Grade,
            durationMs: 2000 + k,
            typed: k % 2 ? `wort${k}` : null,
            verdict: k % 2 ? 'right:exact' : null,
            from: k === 0 ? 'new' : 'review',
            ...(c % 3 === 0 && k > 6 ? { importId: 'import.abc' } : {}),
          });
      }
    }
    // One card with a single event far from its seq (a clock that was wrong).
    events.push({
      id: 'sn.odd' as EventId,
      seq: 5,
      cardId: 'en:y:cloze:0' as CardId,
      course: 'en',
      at: T + 0.5,
      kind: 'snapshot',
      state: { ...newCardState(T), reps: 2, state: 'review' },
    });
    await v2.table('events').bulkAdd(events);
    const byCard = new Map<CardId, EventRow[]>();
    for (const e of events) byCard.set(e.cardId, [...(byCard.get(e.cardId) ?? []), e]);
    const rows = [...byCard].map(([cardId, es]) => {
      const fold = replayCard(es, scheduler)!;
      return {
        ...fold.state,
        id: cardId,
        course: es[0]!.course,
        sibling: cardId,
        head: fold.head,
        seq: fold.seq,
        time: fold.time,
      };
    });
    await v2.table('cards').bulkAdd(rows);
    await v2.table('meta').put({ key: 'lastSeq', value: T + 10 * 86_400_000 * 10 });
    v2.close();

    const db = openTriglotDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    const byId = (a: EventRow, b: EventRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    expect(await allEvents(db)).toEqual([...events].sort(byId));
    expect(await db.logs.count()).toBe(3_001);
    expect(await db.cards.orderBy('id').toArray()).toEqual(
      [...rows].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    for (const row of rows.filter((_, i) => i % 250 === 0)) {
      const fold = replayCard(await cardEvents(db, row.id), scheduler)!;
      expect(fold.state).toEqual(newCardStateLike(row));
    }
    // The indexes that replaced the old ones answer the same questions.
    expect(await db.logs.where('imports').equals('import.abc').count()).toBe(1_000);
    const day = await eventsBetween(db, 'de', T, T + 86_400_000);
    expect(day.map((e) => e.id)).toEqual(
      events.filter((e) => e.course === 'de' && e.at < T + 86_400_000).map((e) => e.id),
    );
    expect((await db.meta.get('lastSeq'))?.value).toBe(T + 10 * 86_400_000 * 10);
    await db.delete();
  });

  it('opens a version-3 database full of logs and keeps every row; the outbox starts empty', async () => {
    const name = 'schema-v3-logs';
    // The released v3 shape, then filled: v4 only adds a store.
    const v3 = releasedShape(name, 3);
    await v3.open();
    const T = 1_750_000_000_000;
    const logs = Array.from({ length: 2_000 }, (_, c) => ({
      id: `de:x:cloze:${c}`,
      course: 'de',
      last: T + c,
      imports: c % 2 ? ['import.a'] : [],
      events: [[0, T + c, 0, `an.${c}`, c % 2, 3, 2000, 0, 0, 0]],
    }));
    await v3.table('logs').bulkAdd(logs);
    await v3
      .table('cards')
      .bulkAdd(logs.map((l) => testCardRow({ id: l.id as CardId, course: 'de', sibling: l.id })));
    await v3.table('settings').put({ key: 'settings', value: { newPerDay: 7 } });
    await v3.table('meta').put({ key: 'lastSeq', value: T + 5_000 });
    const before = {
      logs: await v3.table('logs').orderBy('id').toArray(),
      cards: await v3.table('cards').orderBy('id').toArray(),
    };
    v3.close();

    const db = openTriglotDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.logs.orderBy('id').toArray()).toEqual(before.logs);
    expect(await db.cards.orderBy('id').toArray()).toEqual(before.cards);
    expect((await db.settings.get('settings'))?.value).toEqual({ newPerDay: 7 });
    expect((await db.meta.get('lastSeq'))?.value).toBe(T + 5_000);
    expect(await db.logs.where('imports').equals('import.a').count()).toBe(1_000);
    expect(await db.outbox.count()).toBe(0);
    await db.delete();
  });

  it('opens a version-4 database full of logs and outbox; the daily counts are built from the log', async () => {
    const name = 'schema-v4-daily';
    const v4 = releasedShape(name, 4);
    await v4.open();
    const T = Date.parse('2026-06-01T10:00:00+02:00');
    const DAY = 86_400_000;
    // Each card: a first answer (new, Good) and a review 30 days later (mature, Again).
    const logs = Array.from({ length: 1_200 }, (_, c) => ({
      id: `de:x:cloze:${String(c).padStart(4, '0')}`,
      course: 'de',
      last: T + 30 * DAY,
      imports: [],
      events: [
        [0, T + c, 0, `an.${c}`, 0, 3, 2000, 0],
        [0, T + 30 * DAY + c, 0, `ar.${c}`, 0, 1, 4000, 2],
      ],
    }));
    await v4.table('logs').bulkAdd(logs);
    await v4
      .table('outbox')
      .bulkAdd(logs.map((l) => ({ id: `an.${l.id}`, card: l.id, staged: 0 })));
    const before = await v4.table('logs').orderBy('id').toArray();
    v4.close();

    const db = openTriglotDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.logs.orderBy('id').toArray()).toEqual(before);
    expect(await db.outbox.count()).toBe(1_200);
    expect(await db.daily.count()).toBe(0);
    const seen: number[] = [];
    await ensureDaily(db, 4, (n) => seen.push(n));
    expect(seen.at(-1)).toBe(1_200);
    const expected = new Map<number, DayCounts>();
    for (const row of await db.logs.toArray()) {
      for (const [day, c] of logContributions(unpackLog(row), 4)) {
        expected.set(day, addCounts(expected.get(day) ?? ZERO_COUNTS, c));
      }
    }
    const rows = await db.daily.toArray();
    expect(rows.map(({ course: _c, day, ...c }) => [day, c])).toEqual(
      [...expected].sort((a, b) => a[0] - b[0]),
    );
    expect(rows.reduce((s, r) => s + r.learned, 0)).toBe(1_200);
    expect(rows.reduce((s, r) => s + r.mature, 0)).toBe(1_200);
    expect(rows.reduce((s, r) => s + r.maturePassed, 0)).toBe(0);
    await db.delete();
  });

  it('opens a version-5 database full of cards; the card tally is built from them', async () => {
    const name = 'schema-v5-tally';
    const v5 = releasedShape(name, 5);
    await v5.open();
    const T = Date.parse('2026-06-01T10:00:00+02:00');
    const HOUR = 3_600_000;
    const states = ['new', 'learning', 'review', 'relearning'] as const;
    const rows = Array.from({ length: 4_100 }, (_, c) =>
      testCardRow(
        {
          id: `de:x:cloze:${String(c).padStart(5, '0')}`,
          course: c % 7 ? 'de' : 'it',
          sibling: `s${c}`,
        },
        // Overdue, due today and every few hours over the next six weeks; some suspended.
        { state: states[c % 4]!, due: T + (c - 400) * HOUR, suspended: c % 11 === 0 },
        T,
      ),
    );
    await v5.table('cards').bulkAdd(rows);
    v5.close();

    const db = openTriglotDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.cards.count()).toBe(4_100);
    expect(await db.tally.count()).toBe(0);
    await ensureTally(db);
    const bounds: number[] = [];
    let end = studyDayBounds(T, 4).end;
    for (let i = 0; i < 30; i++) {
      bounds.push(end);
      end = studyDayBounds(end, 4).end;
    }
    for (const courses of [['de'], ['it'], ['de', 'it']] as const) {
      expect(await tallyStats(db, courses, T, 4)).toEqual(
        recountTally(
          (await db.cards.toArray()).filter((r) =>
            (courses as readonly string[]).includes(r.course),
          ),
          bounds,
        ),
      );
    }
    await db.delete();
  });

  it('a tab on the old schema steps aside for a newer one and keeps what it wrote', async () => {
    const old = openTriglotDb('schema-upgrade-test');
    let told = false;
    yieldToNewerSchema(old, () => (told = true));
    await old.open();
    const id = 'de:a' as CardId;
    await old.cards.put(testCardRow({ id, course: 'de', sibling: 's' }));

    // A later release adds a store; opening it must not be blocked by the old tab.
    const next = openTriglotDb('schema-upgrade-test');
    next.version(next.verno + 1).stores({ notes: 'id' });
    await next.open();
    expect(told).toBe(true);
    expect(old.isOpen()).toBe(false);
    expect((await next.table('cards').get(id))?.course).toBe('de');
    await next.delete();
  });
});
