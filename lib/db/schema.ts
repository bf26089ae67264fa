/**
 * The learner's data in IndexedDB: card states, the append-only review log, settings.
 *
 * DO NOT EDIT A RELEASED VERSION. A change to a store or its indexes is a new
 * `version(n)` with an upgrade, and a test that opens the previous shape
 * (schema.test.ts). Editing an old version would strand learners on it.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  ArticleMeta,
  CardContent,
  CourseSummary,
  PairScore,
  Unit,
  ArticleWord,
} from '@/lib/corpus/model';
import type { ArticleId, CardId, Lang } from '@/lib/corpus/types';
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

/** Who brought an article: shipped with the app, or added by the learner. */
export type ArticleOrigin = 'shipped' | 'learner';

/** An article's meta, verdicts and counts; its units, cards and words have stores of their own. */
export interface ArticleRow extends ArticleMeta {
  readonly origin: ArticleOrigin;
  /** Hash of what was imported: a shipped article whose file changed is imported again. */
  readonly version: string;
  /** Hash of the texts as given, whitespace folded: the same article added twice has the same key. */
  readonly contentKey: string;
  readonly addedAt: number;
  readonly pairs: readonly PairScore[];
  readonly units: number;
  readonly courses: readonly CourseSummary[];
  readonly texts: Readonly<Partial<Record<Lang, string>>>;
}

/** One aligned unit; each sentence's text is stored here once, not in every card. */
export interface UnitRow extends Unit {
  readonly article: ArticleId;
}

/** What a card shows (joined with its unit), never its schedule: that is in `cards`. */
export type ContentRow = CardContent & {
  /** Rank and id as one sortable string (content-repo `orderKey`): new-card order. */
  readonly order: string;
  /** Folded words of the card's sentence, for Browse's index search. */
  readonly terms: readonly string[];
};

export interface WordsRow {
  readonly article: ArticleId;
  readonly words: readonly ArticleWord[];
}

export type TriglotDb = Dexie & {
  cards: EntityTable<CardRow, 'id'>;
  reviews: EntityTable<ReviewRow, 'id'>;
  settings: EntityTable<SettingsRow, 'key'>;
  articles: EntityTable<ArticleRow, 'id'>;
  units: EntityTable<UnitRow, 'id'>;
  content: EntityTable<ContentRow, 'id'>;
  words: EntityTable<WordsRow, 'article'>;
};

export function openTriglotDb(name: string = DB_NAME): TriglotDb {
  const db = new Dexie(name) as TriglotDb;
  // v1 — released with the first study screen.
  db.version(1).stores({
    cards: 'id, [course+due], [course+state], sibling',
    reviews: '++id, &[cardId+review], [course+review], review',
    settings: 'key',
  });
  // v2 — card content moves into the database: articles (shipped and the learner's),
  // their units, card content and words. Nothing of v1 changes, so no upgrade step;
  // the shipped articles are imported at start-up (content-repo.ts).
  db.version(2).stores({
    articles: 'id, contentKey',
    units: 'id, [article+index]',
    content: 'id, [lang+order], article, *terms',
    words: 'article',
  });
  return db;
}
