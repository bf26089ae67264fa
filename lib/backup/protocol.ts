/**
 * The messages between the Data panel and the backup Worker. Files and Blobs
 * cross by reference (structured clone of a Blob copies no bytes), so the page
 * never reads a backup itself. Every message carries its job: a late answer to a
 * cancelled job is ignored.
 */
import type { ArticleId, Lang } from '@/lib/corpus/types';
import type { BackupError, BackupErrorCode } from './format';
import type { TransferStage } from './transfer';

export type ToWorker =
  | { readonly type: 'export'; readonly job: number; readonly now: number }
  | { readonly type: 'import'; readonly job: number; readonly file: Blob; readonly now: number }
  | {
      readonly type: 'undo';
      readonly job: number;
      readonly importId: string;
      readonly articles: readonly ArticleId[];
    }
  /** An Anki package of these courses, with each course's hint language and deck name. */
  | {
      readonly type: 'apkg-export';
      readonly job: number;
      readonly now: number;
      readonly courses: readonly Lang[];
      readonly hintLangs: Readonly<Record<Lang, Lang>>;
      readonly deckNames: Readonly<Record<Lang, string>>;
    }
  | {
      readonly type: 'apkg-import';
      readonly job: number;
      readonly file: Blob;
      readonly name: string;
      readonly now: number;
    }
  /** Stops the job between two pages or batches; what it wrote is taken back. */
  | { readonly type: 'cancel'; readonly job: number };

export interface ForeignArticle {
  readonly title: string;
  readonly texts: Readonly<Partial<Record<Lang, string>>>;
  readonly sentences: number;
}

export interface ImportSummary {
  readonly importId: string;
  readonly addedEvents: number;
  readonly addedAnswers: number;
  readonly rebuiltCards: number;
  readonly addedArticleIds: readonly ArticleId[];
  readonly repeated: { readonly count: number; readonly firstLine: number | null };
}

export type FromWorker =
  | {
      readonly type: 'progress';
      readonly job: number;
      readonly stage: TransferStage | 'undo';
      readonly done: number;
      readonly total: number;
    }
  | {
      readonly type: 'exported';
      readonly job: number;
      readonly blob: Blob;
      readonly events: number;
      readonly answers: number;
      readonly cards: number;
    }
  | { readonly type: 'imported'; readonly job: number; readonly result: ImportSummary }
  | {
      readonly type: 'apkg-exported';
      readonly job: number;
      readonly blob: Blob;
      readonly notes: number;
      readonly cards: number;
      readonly answers: number;
    }
  | {
      readonly type: 'apkg-imported';
      readonly job: number;
      readonly result: ImportSummary & { readonly unknownCards: number };
      /** A foreign deck of sentence pairs: the texts of an article to add (nothing was written). */
      readonly article: ForeignArticle | null;
    }
  | { readonly type: 'undone'; readonly job: number; readonly removed: number }
  | {
      readonly type: 'error';
      readonly job: number;
      readonly code: BackupErrorCode;
      /** For logs; the page shows a translated message for the code. */
      readonly message: string;
      readonly params: BackupError['params'];
    };
