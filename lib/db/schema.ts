/**
 * The learner's data in IndexedDB: card states, the append-only review log, settings.
 *
 * DO NOT EDIT A RELEASED VERSION. A change to a store or its indexes is a new
 * `version(n)` with an upgrade, and a test that opens the previous shape
 * (schema.test.ts). Editing an old version would strand learners on it.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { CardId, Lang } from '@/lib/corpus/types';
import type { CardState } from '@/lib/srs/card-state';
import type { ReviewLogEntry } from '@/lib/srs/review-log';

export const DB_NAME = 'triglot';

/** A card the learner has met. Cards never answered have no row: they are new. */
export interface CardRow extends CardState {
  readonly id: CardId;
  readonly course: Lang;
  /** Cards of one sentence share it; see the sibling rule in lib/srs/queue.ts. */
  readonly sibling: string;
}

/** One answer. Rows are only ever added (and removed by undo); state can be rebuilt from them. */
export interface ReviewRow extends ReviewLogEntry {
  readonly id?: number;
  readonly course: Lang;
  readonly sibling: string;
}

export interface SettingsRow {
  readonly key: string;
  readonly value: unknown;
}

export type TriglotDb = Dexie & {
  cards: EntityTable<CardRow, 'id'>;
  reviews: EntityTable<ReviewRow, 'id'>;
  settings: EntityTable<SettingsRow, 'key'>;
};

export function openTriglotDb(name: string = DB_NAME): TriglotDb {
  const db = new Dexie(name) as TriglotDb;
  // v1 — released with the first study screen.
  db.version(1).stores({
    cards: 'id, [course+due], [course+state], sibling',
    reviews: '++id, &[cardId+review], [course+review], review',
    settings: 'key',
  });
  return db;
}
