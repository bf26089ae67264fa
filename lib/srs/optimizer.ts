import { FSRSAlgorithm, generatorParameters } from 'ts-fsrs';
import type { CardId } from '@/lib/corpus/types';
import { contentHash } from '@/lib/corpus/hash';
import { compareEvents, countedAnswers, type CardEvent } from './events';
import type { Grade } from './grade';
import { studyDayOf } from './study-day';

/**
 * Fitting FSRS to the learner (issue 13): the learner's answers as fsrs-rs training
 * items, a held-out split by card, and the measures Anki and the open benchmark
 * use (log loss, RMSE over calibration bins) so a fit is kept only when it
 * predicts the held-out answers better than the weights in use. The fit itself is
 * fsrs-rs in WebAssembly (`fsrs-browser`), run in a Worker (lib/optimizer).
 */

export interface Review {
  readonly rating: Grade;
  /** Study days since the answer before (0 for the first, and for the same day). */
  readonly deltaT: number;
}

/** One prediction to learn from: a card's answers up to and including the one predicted. */
export interface TrainingItem {
  readonly card: CardId;
  readonly reviews: readonly Review[];
}

/** Longest history an item keeps: later answers depend little on the first dozens. */
export const MAX_HISTORY = 64;
/** Below this many items the fit is not tried: the defaults predict better than noise. */
export const MIN_ITEMS = 400;

/**
 * Every card's counted answers as items, one per answer after the first. A reset
 * starts the card's history again; a card whose log starts from a snapshot (a state
 * from before the log existed) has no first answer to learn from and gives none.
 */
export function trainingItems(
  logs: Iterable<readonly CardEvent[]>,
  rolloverHour: number,
): TrainingItem[] {
  const out: TrainingItem[] = [];
  for (const log of logs) {
    const sorted = [...log].sort(compareEvents);
    let history: Review[] = [];
    let lastDay: number | null = null;
    let known = true;
    const answers = new Set(countedAnswers(sorted).map((a) => a.id));
    for (const e of sorted) {
      if (e.kind === 'reset') {
        history = [];
        lastDay = null;
        known = true;
      } else if (e.kind === 'snapshot') {
        known = false;
      } else if (e.kind === 'answer' && answers.has(e.id) && known) {
        const day = studyDayOf(e.at, rolloverHour);
        history.push({
          rating: e.grade,
          deltaT: lastDay === null ? 0 : Math.max(0, day - lastDay),
        });
        lastDay = day;
        if (history.length > 1) {
          out.push({ card: e.cardId, reviews: history.slice(-MAX_HISTORY) });
        }
      }
    }
  }
  return out;
}

/** fsrs-browser's input: every item's reviews end to end, and each item's length. */
export function flatten(items: readonly TrainingItem[]): {
  ratings: Uint32Array;
  deltaTs: Uint32Array;
  lengths: Uint32Array;
} {
  const total = items.reduce((n, i) => n + i.reviews.length, 0);
  const ratings = new Uint32Array(total);
  const deltaTs = new Uint32Array(total);
  const lengths = new Uint32Array(items.length);
  let k = 0;
  items.forEach((item, i) => {
    lengths[i] = item.reviews.length;
    for (const r of item.reviews) {
      ratings[k] = r.rating;
      deltaTs[k] = r.deltaT;
      k++;
    }
  });
  return { ratings, deltaTs, lengths };
}

/**
 * Held-out items: about `share` of the cards (by a hash of the card id, so the same
 * cards every time and no card on both sides: its later answers would leak).
 */
export function splitByCard(
  items: readonly TrainingItem[],
  share = 0.2,
): { train: TrainingItem[]; test: TrainingItem[] } {
  const train: TrainingItem[] = [];
  const test: TrainingItem[] = [];
  const cut = Math.round(share * 1000);
  for (const item of items) {
    (parseInt(contentHash(item.card).slice(0, 7), 36) % 1000 < cut ? test : train).push(item);
  }
  return { train, test };
}

export interface CalibrationBin {
  /** Mean predicted recall in the bin. */
  readonly predicted: number;
  /** Share actually recalled. */
  readonly actual: number;
  readonly count: number;
}

export interface FitMeasures {
  readonly logLoss: number;
  /** Root mean square error between predicted and actual recall over ten bins, weighted by count. */
  readonly rmse: number;
  readonly items: number;
  readonly calibration: readonly CalibrationBin[];
}

/** Predicted recall of each item's last answer, with these weights. */
export function predictions(
  weights: readonly number[],
  items: readonly TrainingItem[],
): { p: number; recalled: boolean }[] {
  const alg = new FSRSAlgorithm(generatorParameters({ w: [...weights], enable_short_term: true }));
  return items.map((item) => {
    let memory: { stability: number; difficulty: number } | null = null;
    const last = item.reviews.length - 1;
    for (let i = 0; i < last; i++) {
      const r = item.reviews[i]!;
      memory = alg.next_state(memory, r.deltaT, r.rating);
    }
    const target = item.reviews[last]!;
    const p = memory ? alg.forgetting_curve(target.deltaT, memory.stability) : 0.5;
    return { p, recalled: target.rating > 1 };
  });
}

/**
 * Items whose predicted answer came on a later day than the one before: same-day
 * answers (learning steps) are scheduled by steps, not by the forgetting curve, whose
 * recall after no time is 1; fsrs-rs leaves them out of its evaluation too.
 */
export function longTermItems(items: readonly TrainingItem[]): TrainingItem[] {
  return items.filter((i) => (i.reviews[i.reviews.length - 1]?.deltaT ?? 0) > 0);
}

/** How well these weights predict the items' last answers (long-term items only). */
export function measureFit(
  weights: readonly number[],
  items: readonly TrainingItem[],
): FitMeasures {
  const preds = predictions(weights, longTermItems(items));
  const eps = 1e-6;
  let loss = 0;
  const bins = Array.from({ length: 10 }, () => ({ p: 0, y: 0, n: 0 }));
  for (const { p, recalled } of preds) {
    const q = Math.min(1 - eps, Math.max(eps, p));
    loss -= recalled ? Math.log(q) : Math.log(1 - q);
    const b = bins[Math.min(9, Math.floor(p * 10))]!;
    b.p += p;
    b.y += recalled ? 1 : 0;
    b.n += 1;
  }
  const n = preds.length;
  let se = 0;
  const calibration: CalibrationBin[] = [];
  for (const b of bins) {
    if (!b.n) continue;
    const predicted = b.p / b.n;
    const actual = b.y / b.n;
    se += b.n * (predicted - actual) ** 2;
    calibration.push({ predicted, actual, count: b.n });
  }
  return {
    logLoss: n ? loss / n : 0,
    rmse: n ? Math.sqrt(se / n) : 0,
    items: n,
    calibration,
  };
}

export type FitVerdict =
  | { readonly kind: 'better'; readonly before: FitMeasures; readonly after: FitMeasures }
  | { readonly kind: 'not-better'; readonly before: FitMeasures; readonly after: FitMeasures };

/** Whether to keep a fit: only when it predicts the held-out answers better (lower log loss). */
export function judgeFit(before: FitMeasures, after: FitMeasures): FitVerdict {
  return after.logLoss < before.logLoss
    ? { kind: 'better', before, after }
    : { kind: 'not-better', before, after };
}

/** What the fit needs of fsrs-browser's `Fsrs` (so tests can load it in Node). */
export interface FsrsTrainer {
  computeParameters(
    ratings: Uint32Array,
    deltaTs: Uint32Array,
    lengths: Uint32Array,
    progress: null | undefined,
    enableShortTerm: boolean,
  ): Float32Array;
}

/** fsrs-rs's fit of the items: 21 weights (short-term on, as the scheduler runs). The trainer is used up: fsrs-browser frees it. */
export function fitWeights(trainer: FsrsTrainer, items: readonly TrainingItem[]): number[] {
  const { ratings, deltaTs, lengths } = flatten(items);
  const w = trainer.computeParameters(ratings, deltaTs, lengths, null, true);
  // Float32 to plain numbers, rounded as Anki shows them: the log stores them as text.
  return Array.from(w, (x) => Math.round(x * 10_000) / 10_000);
}
