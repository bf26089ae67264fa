import { CodedError } from '@/lib/errors';
import { anchorIndex, type AnchorIndex } from './anchors';
import { BEAD_SHAPES, equivalentZ, lengthCost, lengthDelta, ONE_TO_ONE_COST } from './gale-church';
import { judgeParallel, type BeadEvidence, type ParallelStats } from './parallel';
import { isHeading, segmentDocument } from './segment';
import type { Lang } from './types';

/**
 * Sentence alignment of two texts in different languages: Gale–Church (1993)
 * length costs plus anchors (numbers, names, cognates) in one dynamic programme,
 * then a decision whether the texts are translations of each other at all.
 * Background and the measurements behind the constants: lib/corpus/README.md.
 */

/** Sentence indices into `a` and `b`; one side may be empty (an untranslated sentence). */
export interface Bead {
  readonly a: number[];
  readonly b: number[];
  /** Confidence 0..1 that these sentences translate each other (see beadScore). */
  readonly score: number;
}

export interface AlignmentStats extends ParallelStats {
  /** Characters of b per character of a (the Gale–Church c) used for δ. */
  readonly ratio: number;
}

export interface Alignment {
  /** Do the texts look like translations of each other (see judgeParallel)? */
  readonly parallel: boolean;
  /** Smooth 0..1 version of the same evidence. */
  readonly score: number;
  /** Every index of a and of b exactly once, in order. */
  readonly beads: Bead[];
  readonly stats: AlignmentStats;
}

export interface AlignOptions {
  /**
   * Characters of b per character of a. When omitted: from the totals, then once
   * more from the paired beads if that differs by more than ~5 %.
   */
  readonly ratio?: number;
  /** Half-width of the search band in sentences; default max(20, 10% of the longer side). */
  readonly band?: number;
  /**
   * The paragraph (line) of each sentence of a and of b, non-decreasing. The
   * sentence beads do not depend on it; the verdict also reads the paragraph
   * alignment, which a free translation or one with paragraphs missing still fits.
   */
  readonly paragraphs?: { readonly a: readonly number[]; readonly b: readonly number[] };
}

export type AlignErrorCode = 'BAD_OPTION';

export class AlignError extends CodedError<AlignErrorCode> {
  override readonly name = 'AlignError';
}

const PRIOR_COST = BEAD_SHAPES.map((m) => -Math.log(m.prior));
const MOVE_1_0 = BEAD_SHAPES.findIndex((m) => m.da === 1 && m.db === 0);
const MOVE_0_1 = BEAD_SHAPES.findIndex((m) => m.da === 0 && m.db === 1);

// Anchor evidence enters the cost as ANCHOR_WEIGHT · (1 − min(1, dice / FULL_DICE)):
// a bead whose sides share half of their anchor keys (Dice 0.5, a good de–it pair)
// pays nothing, a bead sharing none pays 2 nats, the length cost of |δ| = 1.5.
// Sentences without any anchor keys (short ones) pay half.
const ANCHOR_WEIGHT = 2;
const FULL_DICE = 0.5;

// An orphan is a sentence with at least 3 anchor keys of its own that shares none
// with the other side of its bead. Among the ~280 true sentence pairs of the six
// translated BBC/CNN pairs there is none; a merge with an orphan is usually an
// extra sentence glued to a neighbour because that fits the lengths. Each orphan
// costs the length cost of |δ| ≈ 2.35, so a 1:0/0:1 bead can win. Shorter
// sentences ("Vogliono ucciderli.") are too short to judge.
const ORPHAN_COST = 4;
const ORPHAN_MIN_KEYS = 3;

// One-sided beads get no length cost: Gale–Church's formula would charge a
// 100-character sentence ~16 nats and so glue every extra sentence to a neighbour.
// They pay their prior plus half the anchor weight, like a sentence without keys.
const ONE_SIDED_ANCHOR_COST = ANCHOR_WEIGHT / 2;

// Bead confidence is a logistic of Δ, the bead's cost above a perfect 1:1 bead
// (δ = 0, anchors shared): 0.5 at Δ = 3, about a 1:1 bead with |δ| = 1 and no
// shared anchor; a well-anchored 1:1 bead at |δ| = 0.5 scores ≈ 0.97, a 2:1 bead
// with perfect fit ≈ 0.72, a one-sided bead ≈ 0.03.
const SCORE_MIDPOINT = 3;
const SCORE_SLOPE = 0.75;

// Measured share of anchored beads with this threshold: 0.76–0.90 for six translated
// pairs, 0.05–0.25 for unrelated or shuffled ones (0.37–0.55 without it).
const ANCHORED_DICE = 0.15;

const MIN_BAND = 20;

// Re-align with the ratio of the paired part when it differs from the totals' by
// more than this (in log units, ~5 %); below it the beads hardly change.
const RATIO_REFIT = 0.05;

// A list item of a few words is layout like a heading: its length matches its
// counterpart's in any document with the same structure, translated or not.
const LIST_ITEM = /^(?:[-–—•*·]|\d+[.)])\s/u;
const LIST_ITEM_MAX_WORDS = 12;

function isLayout(sentence: string): boolean {
  const text = sentence.trim();
  return (
    isHeading(text) || (LIST_ITEM.test(text) && text.split(/\s+/u).length <= LIST_ITEM_MAX_WORDS)
  );
}

interface Costing {
  readonly index: AnchorIndex;
  readonly prefixA: Float64Array;
  readonly prefixB: Float64Array;
  readonly ratio: number;
}

interface BeadDetail {
  readonly cost: number;
  readonly delta: number | null;
  /** IDF-weighted Dice of the two sides' anchor keys; null if one side is empty or keyless. */
  readonly dice: number | null;
}

function prefixLengths(sentences: readonly string[]): Float64Array {
  const out = new Float64Array(sentences.length + 1);
  sentences.forEach((s, i) => (out[i + 1] = out[i]! + [...s].length));
  return out;
}

/** Cost of the bead of shape `move` that ends at a[i-1], b[j-1]. */
function beadDetail(c: Costing, move: number, i: number, j: number): BeadDetail {
  const { da, db } = BEAD_SHAPES[move]!;
  const a0 = i - da;
  const b0 = j - db;
  const prior = PRIOR_COST[move]!;
  if (da === 0 || db === 0) return { cost: prior + ONE_SIDED_ANCHOR_COST, delta: null, dice: null };
  const la = c.prefixA[i]! - c.prefixA[a0]!;
  const lb = c.prefixB[j]! - c.prefixB[b0]!;
  const delta = lengthDelta(la, lb, c.ratio);
  const dice = c.index.overlap(a0, i, b0, j);
  const support = dice === null ? 0.5 : Math.min(1, dice / FULL_DICE);
  let orphans = 0;
  for (let k = a0; k < i; k++) if (isOrphan(c, 'a', k, b0, j)) orphans++;
  for (let k = b0; k < j; k++) if (isOrphan(c, 'b', k, a0, i)) orphans++;
  // In a 1:1 bead both sides are orphans together; that is one piece of evidence.
  if (da === 1 && db === 1) orphans = Math.min(orphans, 1);
  return {
    cost: prior + lengthCost(delta) + ANCHOR_WEIGHT * (1 - support) + ORPHAN_COST * orphans,
    delta,
    dice,
  };
}

/** A sentence with anchor keys of its own, none of which the other side of the bead shares. */
function isOrphan(c: Costing, side: 'a' | 'b', k: number, o0: number, o1: number): boolean {
  return c.index.keyCount(side, k) >= ORPHAN_MIN_KEYS && !c.index.shares(side, k, o0, o1);
}

function beadScore(cost: number): number {
  const excess = Math.max(0, cost - ONE_TO_ONE_COST);
  return 1 / (1 + Math.exp((excess - SCORE_MIDPOINT) / SCORE_SLOPE));
}

interface Path {
  readonly moves: number[];
  readonly touchedEdge: boolean;
}

/** Minimum-cost monotone path from (0,0) to (n,m) inside a band around the diagonal. */
function bestPath(c: Costing, n: number, m: number, band: number): Path {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) {
    const centre = (i * m) / n;
    lo[i] = Math.max(0, Math.floor(centre - band));
    hi[i] = Math.min(m, Math.ceil(centre + band));
    offset[i + 1] = offset[i]! + hi[i]! - lo[i]! + 1;
  }
  const cells = offset[n + 1]!;
  const cost = new Float64Array(cells).fill(Infinity);
  const back = new Int8Array(cells).fill(-1);
  const at = (i: number, j: number) => (j < lo[i]! || j > hi[i]! ? -1 : offset[i]! + j - lo[i]!);

  cost[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      const here = at(i, j);
      for (let move = 0; move < BEAD_SHAPES.length; move++) {
        const { da, db } = BEAD_SHAPES[move]!;
        if (i < da || j < db) continue;
        const from = at(i - da, j - db);
        if (from < 0 || cost[from] === Infinity) continue;
        const total = cost[from]! + beadDetail(c, move, i, j).cost;
        if (total < cost[here]!) {
          cost[here] = total;
          back[here] = move;
        }
      }
    }
  }

  const moves: number[] = [];
  let touchedEdge = false;
  for (let i = n, j = m; i > 0 || j > 0;) {
    if ((j === lo[i] && j > 0) || (j === hi[i] && j < m)) touchedEdge = true;
    const move = back[at(i, j)]!;
    moves.push(move);
    i -= BEAD_SHAPES[move]!.da;
    j -= BEAD_SHAPES[move]!.db;
  }
  return { moves: moves.reverse(), touchedEdge };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/**
 * Is the bead a[a0..a1) ↔ b[b0..b1) supported by anchors: every sentence shares
 * one with the other side, and they are not only the article's ubiquitous names
 * (weighted Dice ≥ ANCHORED_DICE)? Same-topic but unrelated texts (BBC and CNN on
 * Russia in Syria) share "Russia" and "Assad" all over; this keeps them apart.
 */
function isAnchored(c: Costing, d: BeadDetail, a0: number, a1: number, b0: number, b1: number) {
  if (d.dice === null || d.dice < ANCHORED_DICE) return false;
  const index = c.index;
  for (let i = a0; i < a1; i++) if (!index.shares('a', i, b0, b1)) return false;
  for (let j = b0; j < b1; j++) if (!index.shares('b', j, a0, a1)) return false;
  return true;
}

interface Aligned {
  readonly beads: Bead[];
  readonly evidence: BeadEvidence[];
  readonly ratio: number;
}

function checkOptions(opts: AlignOptions, n: number, m: number): void {
  if (opts.band !== undefined && !(opts.band >= 1)) {
    throw new AlignError('BAD_OPTION', `band must be at least 1, got ${opts.band}`);
  }
  if (opts.ratio !== undefined && !(opts.ratio > 0 && Number.isFinite(opts.ratio))) {
    throw new AlignError('BAD_OPTION', `ratio must be a positive number, got ${opts.ratio}`);
  }
  const p = opts.paragraphs;
  const ordered = (xs: readonly number[], length: number) =>
    xs.length === length && xs.every((x, k) => Number.isInteger(x) && (k === 0 || x >= xs[k - 1]!));
  if (p && !(ordered(p.a, n) && ordered(p.b, m))) {
    throw new AlignError(
      'BAD_OPTION',
      'paragraphs must give one non-decreasing integer per sentence of a and of b',
    );
  }
}

/** The dynamic programme and the evidence of each bead, without the verdict. */
function alignCore(
  a: readonly string[],
  b: readonly string[],
  opts: Pick<AlignOptions, 'ratio' | 'band'>,
): Aligned {
  const n = a.length;
  const m = b.length;
  const prefixA = prefixLengths(a);
  const prefixB = prefixLengths(b);
  const index = anchorIndex(a, b);
  // Italian runs ~7% shorter than German; estimating c from the totals absorbs that.
  const ratio = clampRatio(opts.ratio ?? (prefixB[m]! || 1) / (prefixA[n]! || 1));
  const first = alignWith({ index, prefixA, prefixB, ratio }, a, b, opts);
  if (opts.ratio !== undefined) return first;
  // Paragraphs missing on one side skew the totals (testdata flood/de against
  // it-partial: c = 0.83 from the totals, 0.98 over the paired beads), and the
  // skewed c pairs the wrong sentences. The paired part shows the real ratio.
  let pairedA = 0;
  let pairedB = 0;
  for (const e of first.evidence) {
    if (e.sizeA > 0 && e.sizeB > 0) {
      pairedA += e.lengthA;
      pairedB += e.lengthB;
    }
  }
  if (pairedA === 0 || pairedB === 0) return first;
  const refined = clampRatio(pairedB / pairedA);
  if (Math.abs(Math.log(refined / ratio)) < RATIO_REFIT) return first;
  return alignWith({ index, prefixA, prefixB, ratio: refined }, a, b, opts);
}

function clampRatio(ratio: number): number {
  return Math.min(2, Math.max(0.5, ratio));
}

function alignWith(
  costing: Costing,
  a: readonly string[],
  b: readonly string[],
  opts: Pick<AlignOptions, 'band'>,
): Aligned {
  const n = a.length;
  const m = b.length;
  const { prefixA, prefixB, ratio } = costing;
  let moves: number[];
  if (n === 0 || m === 0) {
    // Nothing to pair: every sentence is a 1:0 (or 0:1) bead.
    moves = [...Array<number>(n).fill(MOVE_1_0), ...Array<number>(m).fill(MOVE_0_1)];
  } else {
    let band = opts.band ?? Math.max(MIN_BAND, Math.ceil(0.1 * Math.max(n, m)));
    // The band must let the path cross from one row to the next (m/n columns per row).
    band = Math.max(band, Math.ceil(m / n) + 1);
    let path = bestPath(costing, n, m, band);
    while (path.touchedEdge && band < m) {
      band *= 2;
      path = bestPath(costing, n, m, band);
    }
    moves = path.moves;
  }

  const beads: Bead[] = [];
  const evidence: BeadEvidence[] = [];
  for (let i = 0, j = 0, k = 0; k < moves.length; k++) {
    const move = moves[k]!;
    const { da, db } = BEAD_SHAPES[move]!;
    const detail = beadDetail(costing, move, i + da, j + db);
    // Shape and length only: the anchor side is judged by `anchored`.
    const lengthAndShape =
      PRIOR_COST[move]! - ONE_TO_ONE_COST + (detail.delta === null ? 0 : lengthCost(detail.delta));
    beads.push({ a: range(i, i + da), b: range(j, j + db), score: beadScore(detail.cost) });
    evidence.push({
      sizeA: da,
      sizeB: db,
      lengthA: prefixA[i + da]! - prefixA[i]!,
      lengthB: prefixB[j + db]! - prefixB[j]!,
      anchored: isAnchored(costing, detail, i, i + da, j, j + db),
      zEquivalent: equivalentZ(lengthAndShape),
      layout: [...a.slice(i, i + da), ...b.slice(j, j + db)].every(isLayout),
    });
    i += da;
    j += db;
  }
  return { beads, evidence, ratio };
}

/** Sentences joined per paragraph index, in order. */
function joinParagraphs(sentences: readonly string[], paragraph: readonly number[]): string[] {
  const out: string[] = [];
  sentences.forEach((s, k) => {
    if (k > 0 && paragraph[k] === paragraph[k - 1]) out[out.length - 1] += ` ${s}`;
    else out.push(s);
  });
  return out;
}

/**
 * Align two lists of sentences. Beads are 1:1, 1:0, 0:1, 2:1, 1:2 or 2:2. The
 * search runs in a band around the diagonal, O(n · band) bead evaluations; the band
 * is doubled and the search repeated whenever the best path touches its edge.
 */
export function alignSentences(
  a: readonly string[],
  b: readonly string[],
  opts: AlignOptions = {},
): Alignment {
  checkOptions(opts, a.length, b.length);
  const { beads, evidence, ratio } = alignCore(a, b, opts);
  const p = opts.paragraphs;
  // The ratio of the sentence alignment holds for the paragraphs too; the band is
  // counted in paragraphs, so it is left to the default.
  const paragraphEvidence = p
    ? alignCore(joinParagraphs(a, p.a), joinParagraphs(b, p.b), { ratio }).evidence
    : null;
  const verdict = judgeParallel(evidence, paragraphEvidence);
  return {
    parallel: verdict.parallel,
    score: verdict.score,
    beads,
    stats: { ...verdict.stats, ratio },
  };
}

export interface DocumentAlignment {
  readonly parallel: boolean;
  readonly score: number;
  readonly pairs: { a: string[]; b: string[]; score: number }[];
}

/** Segment two documents (one paragraph per line) and align their sentences. */
export function alignDocuments(
  textA: string,
  langA: Lang,
  textB: string,
  langB: Lang,
): DocumentAlignment {
  const segA = segmentDocument(textA, langA);
  const segB = segmentDocument(textB, langB);
  const a = segA.map((s) => s.text);
  const b = segB.map((s) => s.text);
  const paragraphs = { a: segA.map((s) => s.line), b: segB.map((s) => s.line) };
  const { parallel, score, beads } = alignSentences(a, b, { paragraphs });
  return {
    parallel,
    score,
    pairs: beads.map((bead) => ({
      a: bead.a.map((i) => a[i]!),
      b: bead.b.map((j) => b[j]!),
      score: bead.score,
    })),
  };
}
