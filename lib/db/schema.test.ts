import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { newCardState } from '@/lib/srs/card-state';
import { yieldToNewerSchema } from './client';
import { openTriglotDb } from './schema';

describe('schema', () => {
  it('v1 has the indexes the queue and the merge rely on', async () => {
    const db = openTriglotDb('schema-test');
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.cards.schema.indexes.map((i) => i.name)).toContain('[course+due]');
    const unique = db.reviews.schema.indexes.find((i) => i.name === '[cardId+review]');
    expect(unique?.unique).toBe(true);
    await db.delete();
  });

  it('a tab on the old schema steps aside for a newer one and keeps what it wrote', async () => {
    const old = openTriglotDb('schema-upgrade-test');
    let told = false;
    yieldToNewerSchema(old, () => (told = true));
    await old.open();
    const id = 'de:a' as CardId;
    await old.cards.put({ ...newCardState(0), id, course: 'de', sibling: 's' });

    // A later release adds a store; opening it must not be blocked by the old tab.
    const next = new Dexie('schema-upgrade-test');
    next.version(1).stores({
      cards: 'id, [course+due], [course+state], sibling',
      reviews: '++id, &[cardId+review], [course+review], review',
      settings: 'key',
    });
    next.version(2).stores({ notes: 'id' });
    await next.open();
    expect(told).toBe(true);
    expect(old.isOpen()).toBe(false);
    expect((await next.table('cards').get(id))?.course).toBe('de');
    await next.delete();
  });
});
