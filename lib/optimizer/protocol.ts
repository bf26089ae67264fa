import type { Lang } from '@/lib/corpus/types';
import type { FitMeasures } from '@/lib/srs/optimizer';

/** public/vendor/fsrs_browser_bg-5.2.0.wasm is fsrs-browser's wasm (a test compares them). */
export const FSRS_WASM_URL = '/vendor/fsrs_browser_bg-5.2.0.wasm';

export type FitStage = 'reading' | 'fitting' | 'checking';

export type ToOptimizer = {
  readonly type: 'fit';
  readonly job: number;
  readonly course: Lang;
  readonly now: number;
};

export type FitOutcome =
  | { readonly kind: 'too-little'; readonly items: number; readonly needed: number }
  | {
      readonly kind: 'kept' | 'not-better';
      readonly before: FitMeasures;
      readonly after: FitMeasures;
      readonly trainItems: number;
      readonly threads: number;
    };

export type FromOptimizer =
  | {
      readonly type: 'progress';
      readonly job: number;
      readonly stage: FitStage;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: 'done'; readonly job: number; readonly outcome: FitOutcome }
  | {
      readonly type: 'error';
      readonly job: number;
      readonly code: string;
      readonly message: string;
    };
