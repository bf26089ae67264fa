import { z } from 'zod';
import { LANGS, type Lang } from '@/lib/corpus/types';
import {
  NEW_PER_DAY_MAX,
  RETENTION_MAX,
  RETENTION_MIN,
  REVIEWS_PER_DAY_MAX,
  defaultSettings as srs,
  type SrsSettings,
} from '@/lib/srs/params';

/**
 * The learner's preferences. Stored whole in IndexedDB and always read back
 * through `parseSettings`, so an old or damaged row falls back field by field.
 */
export const settingsSchema = z.object({
  /** The language hints are shown in, per course; absent means "pick a sensible default". */
  hint: z.partialRecord(z.enum(LANGS), z.enum(LANGS)).default({}),
  clozeMode: z.enum(['typed', 'choice']).default('typed'),
  // Ranges and defaults are the scheduler's, so a stored value never passes here and fails there.
  newPerDay: z.number().int().min(0).max(NEW_PER_DAY_MAX).default(srs.newPerDay),
  reviewsPerDay: z.number().int().min(0).max(REVIEWS_PER_DAY_MAX).default(srs.reviewsPerDay),
  desiredRetention: z.number().min(RETENTION_MIN).max(RETENTION_MAX).default(srs.desiredRetention),
  rolloverHour: z.number().int().min(0).max(23).default(srs.rolloverHour),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

/** Parse a stored value; a field that fails validation takes its default. */
export function parseSettings(raw: unknown): Settings {
  const whole = settingsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const out: Record<string, unknown> = { ...defaultSettings };
  if (raw && typeof raw === 'object') {
    for (const [key, field] of Object.entries(settingsSchema.shape)) {
      const parsed = field.safeParse((raw as Record<string, unknown>)[key]);
      if (parsed.success) out[key] = parsed.data;
    }
  }
  return settingsSchema.parse(out);
}

/** The hint language for a course: the learner's choice, else the UI language, else English (or German for the English course). */
export function hintLanguage(settings: Settings, course: Lang, uiLocale: string): Lang {
  const chosen = settings.hint[course];
  if (chosen && chosen !== course) return chosen;
  const ui = LANGS.find((l) => l === uiLocale);
  if (ui && ui !== course) return ui;
  return course === 'en' ? 'de' : 'en';
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
