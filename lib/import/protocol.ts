/**
 * The messages between the add-article page and the import Worker. The page
 * only posts texts and renders what comes back; everything heavy (lexicon
 * decode, segmentation, alignment, cards, the IndexedDB write) runs in the
 * Worker. Every message carries the job it belongs to, so a late answer to a
 * cancelled job is ignored.
 */
import type { ArticleBundle, CourseSummary, PairScore, UnitKind } from '@/lib/corpus/model';
import type { ArticleSource } from '@/lib/corpus/pipeline';
import type { ArticleId, Lang } from '@/lib/corpus/types';
import type { WordsRow } from '@/lib/db/schema';

/** One text as the learner gave it, with the language they confirmed. */
export interface ImportText {
  readonly lang: Lang;
  readonly text: string;
  /** Which of the form's fields it came from (1-based), for messages; its position otherwise. */
  readonly field?: number;
}

/** What the form holds: texts in the order given (the first is the pivot). */
export interface ImportInput {
  /** Empty: the first sentence or heading of the first text. */
  readonly title: string;
  readonly source: string;
  readonly license: string;
  readonly url?: string;
  readonly texts: readonly ImportText[];
}

export type ImportStage = 'lexicon' | 'segment' | 'align' | 'analyze' | 'cards' | 'save';

export interface PreviewUnit {
  readonly index: number;
  readonly kind: UnitKind;
  readonly score: number;
  readonly text: Readonly<Partial<Record<Lang, string>>>;
}

export interface ImportPreview {
  readonly id: ArticleId;
  readonly title: string;
  /** Pivot first. */
  readonly langs: readonly Lang[];
  readonly pairs: readonly PairScore[];
  readonly units: readonly PreviewUnit[];
  readonly courses: readonly CourseSummary[];
  /** An article with the same texts is already stored (whatever its title). */
  readonly duplicateOf: {
    readonly id: ArticleId;
    readonly title: string;
    readonly shipped: boolean;
  } | null;
  /** An article with this title is stored: adding replaces it, keeping progress. */
  readonly replaces: boolean;
  /** How long the Worker took, for the record (ms). */
  readonly timings: { readonly lexicon: number; readonly build: number };
}

export type ImportErrorCode =
  | 'EMPTY' // a text with nothing in it
  | 'NO_SENTENCES' // letters nowhere: only digits, punctuation, furniture
  | 'TOO_LARGE' // over MAX_TEXT_BYTES
  | 'TOO_MANY_SENTENCES' // over MAX_SENTENCES
  | 'BINARY' // NUL bytes or invalid UTF-8
  | 'UNSUPPORTED_LANGUAGE' // not German, Italian or English
  | 'SAME_LANGUAGE' // two texts in one language
  | 'LEXICON' // the dictionaries could not be loaded
  | 'NOTHING_TO_SAVE' // save before a preview
  | 'STORAGE' // IndexedDB refused the write
  | 'INTERNAL';

export type ToWorker =
  | { readonly type: 'preview'; readonly job: number; readonly input: ImportInput }
  | { readonly type: 'save'; readonly job: number }
  /**
   * The corpus build's own path, without the database: `library` holds every
   * article's words (this one's included), exactly as scripts/build-corpus.ts passes them.
   */
  | {
      readonly type: 'build';
      readonly job: number;
      readonly source: ArticleSource;
      readonly library: readonly WordsRow[];
    };

export type FromWorker =
  | {
      readonly type: 'progress';
      readonly job: number;
      readonly stage: ImportStage;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: 'preview'; readonly job: number; readonly preview: ImportPreview }
  | { readonly type: 'saved'; readonly job: number; readonly id: ArticleId }
  | {
      readonly type: 'built';
      readonly job: number;
      readonly bundle: ArticleBundle;
      readonly timings: { readonly lexicon: number; readonly build: number };
    }
  | {
      readonly type: 'error';
      readonly job: number;
      readonly code: ImportErrorCode;
      /** For logs; the page shows a translated message for the code. */
      readonly message: string;
      /** Which text (its field, 1-based) the error is about; 0 or absent when none. */
      readonly text?: number;
      readonly limit?: number;
      readonly actual?: number;
    };
