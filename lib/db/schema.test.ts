import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { newCardState } from '@/lib/srs/card-state';
import { yieldToNewerSchema } from './client';
import { replayCard } from '@/lib/srs/events';
import { cardEvents, storedScheduler } from './event-repo';
import { testCardRow } from './fixtures';
import { openTriglotDb, type CardRow } from './schema';

/** The state part of a stored row. */
function newCardStateLike(row: CardRow) {
  const { id: _i, course: _c, sibling: _s, head: _h, seq: _q, time: _t, blank: _b, ...state } = row;
  return state;
}

describe('schema', () => {
  it('has the indexes the queue, the merge and the content screens rely on', async () => {
    const db = openTriglotDb('schema-test');
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.cards.schema.indexes.map((i) => i.name)).toContain('[course+due]');
    expect(db.events.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['[cardId+seq]', '[course+at]', 'importId']),
    );
    expect(db.content.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['[lang+order]', 'article', 'terms']),
    );
    expect(db.content.schema.indexes.find((i) => i.name === 'terms')?.multi).toBe(true);
    await db.delete();
  });

  it('opens a version-1 database full of progress and keeps all of it', async () => {
    const name = 'schema-v1-progress';
    // The v1 shape exactly as released.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      cards: 'id, [course+due], [course+state], sibling',
      reviews: '++id, &[cardId+review], [course+review], review',
      settings: 'key',
    });
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
    expect(db.verno).toBe(2);
    expect(await db.cards.count()).toBe(500);
    // Every answer is an event, and every card a snapshot after its answers.
    expect((await db.events.toArray()).filter((e) => e.kind === 'answer')).toHaveLength(1500);
    expect(await db.events.count()).toBe(2000);
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
    const seqs = (await db.events.toArray()).map((e) => e.seq);
    expect(lastSeq).toBe(Math.max(...seqs));
    const due = await db.cards
      .where('[course+due]')
      .between(['de', Dexie.minKey], ['de', 1_700_000_000_000 + 10 * 60_000])
      .count();
    expect(due).toBe(10);
    expect(await db.articles.count()).toBe(0);
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
