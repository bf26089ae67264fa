import type { Lang } from '@/lib/corpus/types';
import type { FitMeasures } from '@/lib/srs/optimizer';

/** fsrs-browser, copied by npm run vendor-fsrs (scripts/vendor-fsrs.test.ts compares them). */
export const FSRS_JS_URL = '/vendor/fsrs-browser-5.2.0/fsrs_browser.js';
export const FSRS_WASM_URL = '/vendor/fsrs-browser-5.2.0/fsrs_browser_bg.wasm';

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
      /** How long fsrs-rs took to fit, ms. */
      readonly fitMs: number;
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
