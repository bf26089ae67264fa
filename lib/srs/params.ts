import { generatorParameters, type FSRSParameters, type StepUnit } from 'ts-fsrs';

/** A (re)learning step as ts-fsrs reads it: whole minutes, hours or days. */
export type Step = StepUnit;

export interface SrsSettings {
  /** Probability of recall FSRS aims for when a review falls due. Higher means shorter intervals. */
  readonly desiredRetention: number;
  readonly newPerDay: number;
  readonly reviewsPerDay: number;
  /** Local hour at which a new study day begins (Anki's "next day starts at"). */
  readonly rolloverHour: number;
  /** Spread review intervals a little so cards learnt together do not stay together. */
  readonly fuzz: boolean;
  readonly learningSteps: readonly Step[];
  readonly relearningSteps: readonly Step[];
}

export const defaultSettings: SrsSettings = {
  desiredRetention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  rolloverHour: 4,
  fuzz: true,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
};

export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.99;
// Same ceilings as lib/settings, so a stored value never passes one check and fails the other.
export const NEW_PER_DAY_MAX = 9999;
export const REVIEWS_PER_DAY_MAX = 99999;
/** FSRS's own cap (ts-fsrs default): 100 years. */
export const MAXIMUM_INTERVAL_DAYS = 36500;

export type SettingsErrorCode =
  | 'RETENTION_OUT_OF_RANGE'
  | 'NEW_PER_DAY_INVALID'
  | 'REVIEWS_PER_DAY_INVALID'
  | 'ROLLOVER_HOUR_OUT_OF_RANGE'
  | 'FUZZ_INVALID'
  | 'LEARNING_STEPS_INVALID'
  | 'RELEARNING_STEPS_INVALID';

export interface SettingsIssue {
  readonly code: SettingsErrorCode;
  readonly field: keyof SrsSettings;
  readonly value: unknown;
}

export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly E[] };

/** Loose on purpose: settings come back from storage and forms, so any field may hold anything. */
export type SettingsInput = { readonly [K in keyof SrsSettings]?: unknown };

// parseInt in ts-fsrs would read '1.5m' as 1 minute and '0m' as a step that never advances.
const STEP_PATTERN = /^[1-9]\d{0,5}[mhd]$/;

function isStep(value: unknown): value is Step {
  return typeof value === 'string' && STEP_PATTERN.test(value);
}

function isSteps(value: unknown): value is readonly Step[] {
  return Array.isArray(value) && value.length <= 10 && value.every(isStep);
}

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

/** Fills missing fields from `defaultSettings` and reports every bad field, not just the first. */
export function validateSettings(input: SettingsInput = {}): Result<SrsSettings, SettingsIssue> {
  const merged = { ...defaultSettings, ...definedOnly(input) };
  const errors: SettingsIssue[] = [];
  const fail = (code: SettingsErrorCode, field: keyof SrsSettings) =>
    errors.push({ code, field, value: merged[field] });

  const r = merged.desiredRetention;
  if (typeof r !== 'number' || !(r >= RETENTION_MIN && r <= RETENTION_MAX)) {
    fail('RETENTION_OUT_OF_RANGE', 'desiredRetention');
  }
  if (!isCount(merged.newPerDay, NEW_PER_DAY_MAX)) fail('NEW_PER_DAY_INVALID', 'newPerDay');
  if (!isCount(merged.reviewsPerDay, REVIEWS_PER_DAY_MAX)) {
    fail('REVIEWS_PER_DAY_INVALID', 'reviewsPerDay');
  }
  if (!isCount(merged.rolloverHour, 23)) fail('ROLLOVER_HOUR_OUT_OF_RANGE', 'rolloverHour');
  if (typeof merged.fuzz !== 'boolean') fail('FUZZ_INVALID', 'fuzz');
  if (!isSteps(merged.learningSteps)) fail('LEARNING_STEPS_INVALID', 'learningSteps');
  if (!isSteps(merged.relearningSteps)) fail('RELEARNING_STEPS_INVALID', 'relearningSteps');

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: merged as SrsSettings };
}

// Only known keys, so a stray field in a stored row never rides along into SrsSettings.
function definedOnly(input: SettingsInput): SettingsInput {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(defaultSettings) as (keyof SrsSettings)[]) {
    if (input[key] !== undefined) out[key] = input[key];
  }
  return out;
}

/**
 * FSRS-6 weights fitted to a learner (21 numbers), in force from the event with
 * sequence number `seq` on: every answer is scheduled with the weights in force at
 * its own place in the log, so a replay after a new fit still gives what the live
 * write gave (lib/db/params-repo.ts keeps the timeline, lib/srs/optimizer.ts fits).
 */
export interface WeightsEntry {
  readonly seq: number;
  /** null: back to the FSRS-6 defaults (a fit undone). */
  readonly weights: readonly number[] | null;
}
export type WeightsTimeline = readonly WeightsEntry[];

export const FSRS_WEIGHTS = 21;

export function isWeights(value: unknown): value is readonly number[] {
  return (
    Array.isArray(value) &&
    value.length === FSRS_WEIGHTS &&
    value.every((w) => typeof w === 'number' && Number.isFinite(w))
  );
}

/**
 * The full ts-fsrs parameter set for these settings, with FSRS-6 default weights
 * unless fitted ones are given.
 */
export function fsrsParameters(settings: SrsSettings, weights?: readonly number[]): FSRSParameters {
  return generatorParameters({
    ...(weights ? { w: [...weights] } : {}),
    request_retention: settings.desiredRetention,
    maximum_interval: MAXIMUM_INTERVAL_DAYS,
    enable_fuzz: settings.fuzz,
    // Without short-term scheduling ts-fsrs ignores the steps entirely.
    enable_short_term: true,
    learning_steps: [...settings.learningSteps],
    relearning_steps: [...settings.relearningSteps],
  });
}
