/**
 * The learner's data in IndexedDB: the append-only event log, card states (a
 * cache of its replay), settings, and the library's content.
 *
 * DO NOT EDIT A RELEASED VERSION. A change to a store or its indexes is a new
 * `version(n)` with an upgrade, and a test that opens the previous shape
 * (schema.test.ts). Editing an old version would strand learners on it.
 */
import Dexie, { type Collection, type EntityTable, type Table } from 'dexie';
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
import type { DayCounts } from '@/lib/srs/daily';
import type { CardEvent, EventId } from '@/lib/srs/events';
import { packLog, type LogRow } from './log-codec';
import { legacyAnswer, legacySnapshot, type LegacyCard, type LegacyReview } from '@/lib/srs/legacy';

export const DB_NAME = 'triglot';

/**
 * A card with events: the replay of its log, cached. Cards without events have
 * no row: they are new. Written only by lib/db/event-repo.ts, which compares
 * `head` before it writes.
 */
export interface CardRow extends CardState {
  readonly id: CardId;
  readonly course: Lang;
  /** Cards of one sentence share it; see the sibling rule in lib/srs/queue.ts. */
  readonly sibling: string;
  /** The newest event folded in, and its sequence and effective time. */
  readonly head: EventId;
  readonly seq: number;
  readonly time: number;
  /** Every event of the card was undone: it is new again. */
  readonly blank?: true;
}

/** One entry of the log, as read back from a card's `LogRow` (log-codec.ts). */
export type EventRow = CardEvent;

/** The log as it was in v1: an answer with the whole state before it. */
type ReviewRowV1 = LegacyReview & { readonly id?: number; readonly sibling: string };

/** The meta row set while a streamed import writes: if the tab dies mid-way, start-up takes it back. */
export const PENDING_IMPORT = 'pendingImport';

/** The meta row naming this device once sync has been turned on (lib/db/sync-repo.ts). */
export const SYNC_DEVICE = 'syncDevice';

/** Small facts of this device: its id and the last sequence number it gave out. */
export interface MetaRow {
  readonly key: string;
  readonly value: unknown;
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

/**
 * An event this device has that the sync server may not: written with the event
 * (only once sync has been turned on), removed when the server has confirmed it.
 */
export interface OutboxRow {
  readonly id: EventId;
  readonly card: CardId;
  /** 0 until the event is in a sync document; then the local replica's update sequence (lib/sync). */
  readonly staged: number;
  /** The sync document it went into: rewriting that document restages it. */
  readonly doc?: string;
}

/**
 * One study day's answers in one course (lib/srs/daily.ts), kept in step with every
 * change of a log (lib/db/daily-repo.ts): what the statistics page reads instead of
 * the log. `day` is the study-day number (lib/srs/study-day.ts).
 */
export interface DailyRow extends DayCounts {
  readonly course: Lang;
  readonly day: number;
}

/**
 * A change of a course's FSRS weights: an event of its own log (append-only, ids
 * unique across devices), so replay and sync know which weights scheduled which
 * answer. `fit` brings fitted weights, `revert` goes back to `weights` (null: the
 * defaults). Read as a timeline by `lib/db/params-repo.ts`.
 */
export interface ParamsRow {
  readonly id: string;
  readonly course: Lang;
  readonly seq: number;
  readonly at: number;
  readonly kind: 'fit' | 'revert';
  readonly weights: readonly number[] | null;
  /** For a fit: how the weights in use and the fitted ones predicted held-out answers. */
  readonly report?: ParamsReport;
  /** For a revert: the fit it takes back. */
  readonly target?: string;
  /** The backup import that brought it here (undoing the import removes it); never sent on. */
  readonly importId?: string;
}

export interface ParamsReport {
  readonly before: { readonly logLoss: number; readonly rmse: number };
  readonly after: { readonly logLoss: number; readonly rmse: number };
  readonly items: number;
  readonly heldOut: number;
}

/**
 * How many of a course's cards stand in one bucket (lib/db/tally-repo.ts), kept in step
 * with every write of a card row: `bucket` is a state (`'state:review'`) or, as a number,
 * the quarter-hour a review falls due in (`floor(due / 15 min)`; suspended and new cards
 * have none). What the statistics page counts instead of walking the card indexes.
 */
export interface TallyRow {
  readonly course: Lang;
  readonly bucket: number | string;
  readonly n: number;
}

export type TriglotDb = Dexie & {
  cards: EntityTable<CardRow, 'id'>;
  logs: EntityTable<LogRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  settings: EntityTable<SettingsRow, 'key'>;
  articles: EntityTable<ArticleRow, 'id'>;
  units: EntityTable<UnitRow, 'id'>;
  content: EntityTable<ContentRow, 'id'>;
  words: EntityTable<WordsRow, 'article'>;
  outbox: EntityTable<OutboxRow, 'id'>;
  daily: Table<DailyRow, [Lang, number]>;
  params: EntityTable<ParamsRow, 'id'>;
  tally: Table<TallyRow, [Lang, number | string]>;
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
  // their units, card content and words. The review log becomes an event log
  // (lib/srs/events.ts): every v1 answer becomes an answer event, and every card row
  // a snapshot event after its answers, so replay gives back exactly what was stored.
  db.version(2)
    .stores({
      articles: 'id, contentKey',
      units: 'id, [article+index]',
      content: 'id, [lang+order], article, *terms',
      words: 'article',
      events: 'id, [cardId+seq], [course+at], importId',
      meta: 'key',
      reviews: null,
    })
    .upgrade(async (tx) => {
      const lastAt = new Map<string, number>();
      let answers: EventRow[] = [];
      await tx
        .table('reviews')
        .toCollection()
        .each((r: ReviewRowV1) => {
          lastAt.set(r.cardId, Math.max(lastAt.get(r.cardId) ?? 0, r.review));
          answers.push(legacyAnswer(r));
        });
      for (let i = 0; i < answers.length; i += 10_000) {
        await tx.table('events').bulkPut(answers.slice(i, i + 10_000));
      }
      let maxSeq = answers.reduce((m, e) => Math.max(m, e.seq), 0);
      answers = [];
      const rows = (await tx.table('cards').toArray()) as (LegacyCard & { sibling: string })[];
      // The moment of the upgrade dates the snapshot of a card that was never answered.
      const upgradedAt = Date.now();
      const snapshots = rows.map((row) => legacySnapshot(row, lastAt.get(row.id) ?? 0, upgradedAt));
      const updated: CardRow[] = rows.map((row, i) => {
        const snap = snapshots[i]!;
        maxSeq = Math.max(maxSeq, snap.seq);
        return {
          ...(snap.kind === 'snapshot' ? snap.state : row),
          id: row.id as CardId,
          course: row.course,
          sibling: row.sibling,
          head: snap.id,
          seq: snap.seq,
          time: snap.at,
        };
      });
      for (let i = 0; i < snapshots.length; i += 10_000) {
        await tx.table('events').bulkPut(snapshots.slice(i, i + 10_000));
        await tx.table('cards').bulkPut(updated.slice(i, i + 10_000));
      }
      await tx.table('meta').put({ key: 'lastSeq', value: maxSeq });
    });
  // v3 — the log is stored per card (log-codec.ts): one row of short tuples per
  // card instead of a row per event with three indexes, about a sixth of the bytes.
  db.version(3)
    .stores({
      logs: 'id, [course+last], *imports',
      events: null,
    })
    .upgrade(async (tx) => {
      const old = tx.table('events');
      const logs = tx.table('logs');
      // A page of events at a time, cut after the last whole card in it: the log of a
      // heavy learner never sits in memory at once.
      const PAGE = 20_000;
      let after: string | null = null;
      for (;;) {
        const range: Collection<EventRow, string> =
          after === null
            ? old.orderBy('[cardId+seq]')
            : old.where('[cardId+seq]').above([after, Dexie.maxKey]);
        let page: EventRow[] = await range.limit(PAGE).toArray();
        if (!page.length) break;
        const full = page.length === PAGE;
        const lastCard = page[page.length - 1]!.cardId;
        if (full) {
          const whole = page.filter((e) => e.cardId !== lastCard);
          // One card filled the page: read that card whole.
          page = whole.length
            ? whole
            : await old
                .where('[cardId+seq]')
                .between([lastCard, Dexie.minKey], [lastCard, Dexie.maxKey], true, true)
                .toArray();
        }
        const byCard = new Map<CardId, EventRow[]>();
        for (const e of page) {
          const list = byCard.get(e.cardId);
          if (list) list.push(e);
          else byCard.set(e.cardId, [e]);
        }
        await logs.bulkPut(
          [...byCard.values()].map((es) => packLog(es[0]!.cardId, es[0]!.course, es)),
        );
        if (!full) break;
        after = page[page.length - 1]!.cardId;
      }
    });
  // v4 — sync (lib/sync): the events not yet on the sync server. Nothing to convert:
  // the first sync sends the whole log.
  db.version(4).stores({
    outbox: 'id, staged, doc',
  });
  // v5 — statistics (issue 13): answers per course and study day, and the log of
  // each course's FSRS weights. Nothing to convert here: `daily` is filled from the
  // log after opening, a page of cards at a time (daily-repo.ts `ensureDaily`), so
  // the upgrade itself stays short; no course has fitted weights yet.
  // Also (issue 12, word items): content by cloze lemma, the sentences a word can be
  // shown in, and by unit, the other content words of a sentence (i+1 order).
  db.version(5).stores({
    daily: '[course+day]',
    params: 'id, [course+seq]',
    content: 'id, [lang+order], article, *terms, [lang+cloze.lemma], unit',
  });
  // v6 — the card tally (issue 13): cards per state and reviews per quarter-hour of due, so
  // the statistics page reads a few hundred rows instead of counting the card indexes (which
  // walk every entry, and the deleted ones LevelDB has not compacted). Filled from `cards`
  // after opening, a page at a time (tally-repo.ts `ensureTally`), like `daily`.
  db.version(6).stores({
    tally: '[course+bucket]',
  });
  return db;
}
