/**
 * What an article leaves out of its cards, and why: furniture lines dropped
 * before segmentation, and unit texts that are fragments or keep a dangling
 * quote. Plain data for the quality report (`leftOutCounts`).
 */
import type { AnalyzedToken } from './cards';
import { chooseClozes } from './cloze';
import { FRAGMENT_REASONS, type FragmentReason, type QuoteRepair } from './fragments';
import { FURNITURE_RULES, type FurnitureRule } from './furniture';
import { LANGS, type Lang, type UnitId } from './types';

/** Why a line or a unit's text gets no cards: a discriminated union on its prefix. */
export type LeftOutReason = `furniture:${FurnitureRule}` | FragmentReason;

export const LEFT_OUT_REASONS: readonly LeftOutReason[] = [
  ...FURNITURE_RULES.map((r) => `furniture:${r}` as const),
  ...FRAGMENT_REASONS,
];

export type Repair = QuoteRepair | 'furniture:agency-prefix';

export interface LeftOut {
  readonly lang: Lang;
  readonly reason: LeftOutReason;
  readonly text: string;
  /** A dropped line: its 0-based line in the text as given. */
  readonly line?: number;
  /** A unit whose text in `lang` gets no cards. */
  readonly unit?: UnitId;
  /** The text read in context, so the report can count the clozes it would have given. */
  readonly tokens: readonly (readonly AnalyzedToken[])[];
}

export interface Repaired {
  readonly lang: Lang;
  readonly repair: Repair;
  readonly line: number;
}

export interface ReasonCount {
  /** Lines (furniture) or unit texts (fragments, quotes) left out. */
  readonly texts: number;
  /** The clozes `chooseClozes` would have made from them. */
  readonly clozes: number;
}

export interface LeftOutReport {
  readonly leftOut: Readonly<Record<Lang, Partial<Record<LeftOutReason, ReasonCount>>>>;
  readonly repaired: Readonly<Record<Lang, Partial<Record<Repair, number>>>>;
}

/** Counts per reason per language, for the quality report; reasons with no case are absent. */
export function leftOutCounts(a: {
  readonly leftOut: readonly LeftOut[];
  readonly repaired: readonly Repaired[];
}): LeftOutReport {
  const leftOut = Object.fromEntries(LANGS.map((l) => [l, {}])) as Record<
    Lang,
    Partial<Record<LeftOutReason, ReasonCount>>
  >;
  for (const item of a.leftOut) {
    const clozes = item.tokens.reduce(
      (n, tokens) =>
        n +
        chooseClozes(
          tokens.map((t) => t.token),
          tokens.map((t) => t.info),
        ).length,
      0,
    );
    const was = leftOut[item.lang][item.reason] ?? { texts: 0, clozes: 0 };
    leftOut[item.lang][item.reason] = { texts: was.texts + 1, clozes: was.clozes + clozes };
  }
  const repaired = Object.fromEntries(LANGS.map((l) => [l, {}])) as Record<
    Lang,
    Partial<Record<Repair, number>>
  >;
  for (const r of a.repaired) repaired[r.lang][r.repair] = (repaired[r.lang][r.repair] ?? 0) + 1;
  return { leftOut, repaired };
}
