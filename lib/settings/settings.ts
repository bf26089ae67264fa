import { isLang, LANGS, type Lang } from '@/lib/corpus/types';
import {
  NEW_PER_DAY_MAX,
  RETENTION_MAX,
  RETENTION_MIN,
  REVIEWS_PER_DAY_MAX,
  defaultSettings as srs,
  type SrsSettings,
} from '@/lib/srs/params';
import type { LearnMode } from '@/lib/srs/words';

/** The choices of `learn`, in the order Settings offers them. */
export const LEARN_MODES = ['sentences', 'words'] as const satisfies readonly LearnMode[];

/** How cloze cards are studied: read the sentence, hear it and fill the blank, or write it all down. */
export const STUDY_MODES = ['read', 'listen', 'dictation'] as const;
export type StudyMode = (typeof STUDY_MODES)[number];

/**
 * The learner's preferences. Stored whole in IndexedDB and always read back
 * through `parseSettings`, so an old or damaged row falls back field by field.
 */
export interface Settings {
  /** The language hints are shown in, per course; absent means "pick a sensible default". */
  hint: Partial<Record<Lang, Lang>>;
  clozeMode: 'typed' | 'choice';
  newPerDay: number;
  reviewsPerDay: number;
  desiredRetention: number;
  rolloverHour: number;
  /** The grade proposed when a typed answer is a synonym that fits: Hard (2) or Good (3). */
  synonymGrade: 2 | 3;
  /**
   * Per course, whether cloze study schedules sentences (each cloze a card) or words
   * (lib/srs/words.ts); absent means sentences.
   */
  learn: Partial<Record<Lang, LearnMode>>;
  /** Cloze study by reading (default), listening for the blank, or dictation of the whole sentence. */
  studyMode: StudyMode;
  /**
   * Per language, the voiceURI of the speechSynthesis voice the learner chose; absent means the
   * best match (lib/speech/voices.ts). Browsers often offer a wrong-language voice first.
   */
  voice: Partial<Record<Lang, string>>;
}

// Hand-written rather than a zod schema: settings are read on every screen's first
// load, and zod alone would be a sixth of the study screen's JavaScript (issue 9).

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function integerIn(min: number, max: number) {
  return (v: unknown): number | undefined =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max ? v : undefined;
}

function hintMap(v: unknown): Settings['hint'] | undefined {
  if (!isPlainObject(v)) return undefined;
  const out: Settings['hint'] = {};
  for (const [course, hint] of Object.entries(v)) {
    if (!isLang(course) || !isLang(hint)) return undefined;
    out[course] = hint;
  }
  return out;
}

function learnMap(v: unknown): Settings['learn'] | undefined {
  if (!isPlainObject(v)) return undefined;
  const out: Settings['learn'] = {};
  for (const [course, mode] of Object.entries(v)) {
    if (!isLang(course) || (mode !== 'words' && mode !== 'sentences')) return undefined;
    out[course] = mode;
  }
  return out;
}

// A voiceURI is an opaque browser string; bounded so a damaged row cannot bloat every read.
const VOICE_URI_MAX = 500;

function voiceMap(v: unknown): Settings['voice'] | undefined {
  if (!isPlainObject(v)) return undefined;
  const out: Settings['voice'] = {};
  for (const [lang, uri] of Object.entries(v)) {
    if (!isLang(lang) || typeof uri !== 'string' || uri === '' || uri.length > VOICE_URI_MAX)
      return undefined;
    out[lang] = uri;
  }
  return out;
}

/**
 * Each field's check: the value to keep, or undefined when it is invalid.
 * Ranges and defaults are the scheduler's, so a stored value never passes here and fails there.
 */
const FIELDS: { readonly [K in keyof Settings]: (v: unknown) => Settings[K] | undefined } = {
  hint: hintMap,
  clozeMode: (v) => (v === 'typed' || v === 'choice' ? v : undefined),
  newPerDay: integerIn(0, NEW_PER_DAY_MAX),
  reviewsPerDay: integerIn(0, REVIEWS_PER_DAY_MAX),
  desiredRetention: (v) =>
    typeof v === 'number' && v >= RETENTION_MIN && v <= RETENTION_MAX ? v : undefined,
  rolloverHour: integerIn(0, 23),
  synonymGrade: (v) => (v === 2 || v === 3 ? v : undefined),
  learn: learnMap,
  studyMode: (v) => (STUDY_MODES.some((m) => m === v) ? (v as StudyMode) : undefined),
  voice: voiceMap,
};

function defaults(): Settings {
  return {
    hint: {},
    clozeMode: 'typed',
    newPerDay: srs.newPerDay,
    reviewsPerDay: srs.reviewsPerDay,
    desiredRetention: srs.desiredRetention,
    rolloverHour: srs.rolloverHour,
    synonymGrade: 3,
    learn: {},
    studyMode: 'read',
    voice: {},
  };
}

export const defaultSettings: Settings = defaults();

/** One field's value as `parseSettings` would keep it: absent takes the default, invalid is undefined. */
export function parseSettingField<K extends keyof Settings>(
  key: K,
  value: unknown,
): Settings[K] | undefined {
  return value === undefined ? defaults()[key] : FIELDS[key](value);
}

/** Parse a stored value; a field that fails validation takes its default. */
export function parseSettings(raw: unknown): Settings {
  const out = defaults();
  if (!raw || typeof raw !== 'object') return out;
  const row = raw as Record<string, unknown>;
  const keep = <K extends keyof Settings>(key: K) => {
    const parsed = parseSettingField(key, row[key]);
    if (parsed !== undefined) out[key] = parsed;
  };
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) keep(key);
  return out;
}

/** The hint language for a course: the learner's choice, else the UI language, else English (or German for the English course). */
export function hintLanguage(settings: Settings, course: Lang, uiLocale: string): Lang {
  const chosen = settings.hint[course];
  if (chosen && chosen !== course) return chosen;
  const ui = LANGS.find((l) => l === uiLocale);
  if (ui && ui !== course) return ui;
  return course === 'en' ? 'de' : 'en';
}

/** How a course's cloze study is scheduled: sentences unless the learner chose words. */
export function learnMode(settings: Pick<Settings, 'learn'>, course: Lang): LearnMode {
  return settings.learn[course] ?? 'sentences';
}

/** The scheduler's settings for these preferences (steps and fuzz keep the scheduler's defaults). */
export function srsSettings(settings: Settings): SrsSettings {
  return {
    ...srs,
    desiredRetention: settings.desiredRetention,
    newPerDay: settings.newPerDay,
    reviewsPerDay: settings.reviewsPerDay,
    rolloverHour: settings.rolloverHour,
  };
}
