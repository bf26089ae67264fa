import { z } from 'zod';
import type { ApkgErrorCode } from '@/lib/apkg/errors';
import { CodedError } from '@/lib/errors';
import { CARD_STATE_NAMES } from '@/lib/srs/card-state';
import { FRAGMENT_REASONS } from '@/lib/corpus/fragments';
import { CORPUS_FORMAT } from '@/lib/corpus/model';
import { LANGS } from '@/lib/corpus/types';
import { legacyEvents } from '@/lib/srs/legacy';
import { REPORT_REASONS } from '@/lib/srs/events';
import { FSRS_WEIGHTS } from '@/lib/srs/params';

/**
 * The backup file: everything the learner owns, as versioned JSON. A new
 * field is a new version with a migration in parseBackup; an old file must
 * always import.
 */
export const BACKUP_APP = 'triglot';
export const BACKUP_VERSION = 3;
/** The newest version: JSON Lines (lib/backup/stream.ts), read a line at a time. */
export const STREAM_BACKUP_VERSION = 4;
/** Versions parseBackup reads: 1 had no articles; 1 and 2 kept answers with whole states, 3 the event log. */
const READABLE_VERSIONS: readonly unknown[] = [1, 2, 3];
/** Times before this are no Triglot (or Anki-era) review: a corrupted or foreign number. */
export const EARLIEST_TIME = Date.UTC(2006, 0, 1);
/** A clock may run a little ahead; a day ahead of this device is not a time, it is an error. */
export const FUTURE_SLACK_MS = 86_400_000;
/**
 * Versions 1 to 3 are one JSON document, read whole into memory; this bounds that.
 * Version 4 is read a line at a time and has no limit of its own.
 */
export const MAX_BACKUP_BYTES = 64_000_000;

const cardState = z.object({
  due: z.number().finite(),
  lastReview: z.number().finite().nullable(),
  stability: z.number().finite().min(0),
  difficulty: z.number().finite().min(0),
  scheduledDays: z.number().finite().min(0),
  learningSteps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.enum(CARD_STATE_NAMES),
  suspended: z.boolean(),
  buriedUntil: z.number().finite().nullable(),
});

const cardRow = cardState.extend({
  id: z.string().min(1),
  course: z.enum(LANGS),
  sibling: z.string(),
});

const reviewRow = z.object({
  cardId: z.string().min(1),
  course: z.enum(LANGS),
  sibling: z.string(),
  review: z.number().finite(),
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  stateBefore: cardState,
  stateAfter: z.enum(CARD_STATE_NAMES),
  elapsedDays: z.number().finite(),
  durationMs: z.number().finite().min(0),
  typed: z.string().nullable().optional(),
  verdict: z.string().nullable().optional(),
});

const lang = z.enum(LANGS);
const grade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const eventBase = {
  id: z.string().min(1).max(200),
  seq: z.number().finite(),
  cardId: z.string().min(1),
  course: z.enum(LANGS),
  at: z.number().finite(),
  importId: z.string().optional(),
};
export const eventSchema = z.discriminatedUnion('kind', [
  z.object({
    ...eventBase,
    kind: z.literal('answer'),
    grade,
    durationMs: z.number().finite().min(0),
    typed: z.string().nullable().optional(),
    verdict: z.string().nullable().optional(),
    from: z.enum(CARD_STATE_NAMES),
    shown: z.string().min(1).optional(),
  }),
  z.object({ ...eventBase, kind: z.literal('undo'), target: z.string().min(1) }),
  z.object({ ...eventBase, kind: z.literal('reset') }),
  z.object({ ...eventBase, kind: z.literal('suspend') }),
  z.object({ ...eventBase, kind: z.literal('unsuspend') }),
  z.object({ ...eventBase, kind: z.literal('bury'), until: z.number().finite() }),
  z.object({ ...eventBase, kind: z.literal('snapshot'), state: cardState }),
  z.object({ ...eventBase, kind: z.literal('retime') }),
  z.object({ ...eventBase, kind: z.literal('report'), reason: z.enum(REPORT_REASONS) }),
  z.object({ ...eventBase, kind: z.literal('known') }),
  z.object({ ...eventBase, kind: z.literal('ignore') }),
]);
const fitScores = z.object({ logLoss: z.number().finite(), rmse: z.number().finite() });
/** A change of a course's FSRS weights (lib/db/schema.ts `ParamsRow`), as a version-4 line carries it. */
export const paramsSchema = z
  .object({
    id: z.string().min(1).max(200),
    course: lang,
    seq: z.number().finite(),
    at: z.number().finite(),
    kind: z.enum(['fit', 'revert']),
    weights: z.array(z.number().finite()).length(FSRS_WEIGHTS).nullable(),
    report: z
      .object({
        before: fitScores,
        after: fitScores,
        items: z.number().finite(),
        heldOut: z.number().finite(),
      })
      .optional(),
    target: z.string().min(1).optional(),
  })
  .refine((p) => p.kind === 'revert' || p.weights !== null, {
    message: 'a fit brings weights',
    path: ['weights'],
  });
const texts = z.partialRecord(lang, z.string());
const unit = z.object({
  id: z.string().min(1),
  index: z.number().int().min(0),
  kind: z.enum(['sentence', 'heading']),
  text: texts,
  score: z.number().finite(),
  // Optional, so files written before it still import: their cards were made all the same.
  leftOut: z.partialRecord(lang, z.enum(FRAGMENT_REASONS)).optional(),
});
const cardBase = {
  id: z.string().min(1),
  lang,
  article: z.string().min(1),
  unit: z.string().min(1),
  sibling: z.string(),
  rank: z.number().finite(),
};
const spans = z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])).optional();
const cloze = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  answer: z.string().min(1),
  lemma: z.string(),
  pos: z.enum(['noun', 'verb', 'adj', 'adv', 'propn', 'num', 'func', 'other']),
  gender: z.enum(['m', 'f', 'n']).optional(),
  number: z.enum(['sg', 'pl']).optional(),
  rank: z.number().finite().optional(),
  gloss: z.string().optional(),
  options: z.array(z.string()),
  neighbours: z.array(z.string()),
  // The word alignment (lib/corpus/word-align.ts): without these a restored article would lose
  // its hint highlights and synonyms.
  hintSpans: z.object({ de: spans, it: spans, en: spans }).optional(),
  alternatives: z.array(z.string()).optional(),
});
const cardContent = z.discriminatedUnion('kind', [
  z.object({ ...cardBase, kind: z.literal('cloze'), cloze }),
  z.object({ ...cardBase, kind: z.literal('understand') }),
  z.object({ ...cardBase, kind: z.literal('produce') }),
]);
const word = z.object({
  text: z.string(),
  lang,
  lemma: z.string(),
  pos: cloze.shape.pos,
  gender: z.enum(['m', 'f', 'n']).optional(),
  number: z.enum(['sg', 'pl']).optional(),
  rank: z.number().finite().optional(),
});
/** An article the learner added: everything needed to put it back on another device. */
export const articleBundleSchema = z.object({
  format: z.literal(CORPUS_FORMAT),
  article: z.object({
    format: z.literal(CORPUS_FORMAT),
    id: z.string().min(1),
    title: z.record(lang, z.string()),
    outlet: z.string(),
    url: z.string().optional(),
    date: z.string().optional(),
    original: lang.nullable(),
    madeForTriglot: z.array(lang),
    license: z.string(),
    attribution: z.string(),
    pairs: z.array(z.object({ a: lang, b: lang, parallel: z.boolean(), score: z.number() })),
    units: z.array(unit),
  }),
  texts,
  cards: z.array(cardContent),
  words: z.array(word),
});

/** Versions 1 and 2: answers with the whole state before them, and card states. */
const legacySchema = z.object({
  app: z.literal(BACKUP_APP),
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.number().finite(),
  settings: z.unknown(),
  cards: z.array(cardRow),
  reviews: z.array(reviewRow),
  articles: z.array(articleBundleSchema).default([]),
});

export const backupSchema = z.object({
  app: z.literal(BACKUP_APP),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number().finite(),
  settings: z.unknown(),
  /** The whole log: card states are its replay, so they are not in the file. */
  events: z.array(eventSchema),
  /** The learner's own articles; shipped ones come with the app. */
  articles: z.array(articleBundleSchema),
});

export type Backup = z.infer<typeof backupSchema>;

export type BackupErrorCode =
  | 'TOO_LARGE'
  | 'NOT_JSON'
  | 'OTHER_APP'
  | 'NO_VERSION'
  | 'UNKNOWN_VERSION'
  | 'INVALID'
  | 'BAD_TIME'
  /** A version-4 file that ends before its header's counts: a download cut short. */
  | 'TRUNCATED'
  | 'QUOTA'
  | 'STORAGE'
  | 'CANCELLED'
  /** The background task could not start or stopped unexpectedly. */
  | 'WORKER'
  /** An Anki package we do not take (lib/apkg/errors.ts). */
  | ApkgErrorCode;

export class BackupError extends CodedError<BackupErrorCode> {
  override readonly name = 'BackupError';
  constructor(
    code: BackupErrorCode,
    message: string,
    /** Language-neutral details for the UI's message: where, sizes, versions. */
    readonly params: {
      readonly where?: string;
      readonly sizeMb?: number;
      readonly limitMb?: number;
      readonly version?: string;
      /** The line of a version-4 file (1-based). */
      readonly line?: number;
      /** Lines the header announced, for TRUNCATED. */
      readonly expected?: number;
    } = {},
  ) {
    super(code, message);
  }
}

/** A zod issue's path as a field name: `events[3].at`. */
export function issuePath(p: readonly PropertyKey[]): string {
  return p.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    '',
  );
}

function invalid(issue: z.core.$ZodIssue): BackupError {
  const where = issuePath(issue.path);
  return new BackupError('INVALID', `${where || 'file'}: ${issue.message}`, {
    where: where || '/',
  });
}

/** Not before 2006, not a day ahead of this device. */
export function isPlausibleTime(at: number, now: number): boolean {
  return at >= EARLIEST_TIME && at <= now + FUTURE_SLACK_MS;
}

/** The time as a date for a message, even when it is far outside what Date can show. */
export function timeForMessage(at: number): string {
  return new Date(Math.min(Math.max(at, -8.64e15), 8.64e15)).toISOString();
}

/** Every time in the file is a plausible one. */
function checkTimes(backup: Backup, now: number, where: (i: number) => string): void {
  backup.events.forEach((e, i) => {
    if (!isPlausibleTime(e.at, now)) {
      throw new BackupError(
        'BAD_TIME',
        `${where(i)}: ${timeForMessage(e.at)} is not a plausible time.`,
        { where: where(i) },
      );
    }
  });
}

/**
 * The first checks of any backup, whole or streamed: whose file it is and which
 * version it says it is. `line` is set for a streamed file's header.
 */
export function backupVersion(raw: unknown, line?: number): number {
  const at = line === undefined ? {} : { line };
  if (!raw || typeof raw !== 'object' || (raw as { app?: unknown }).app !== BACKUP_APP) {
    throw new BackupError('OTHER_APP', 'The file is not a Triglot backup.', at);
  }
  if (!('version' in raw)) throw new BackupError('NO_VERSION', 'The file says no version.', at);
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number') {
    throw new BackupError(
      'INVALID',
      `version: expected a number, found ${JSON.stringify(version)}`,
      {
        where: 'version',
        ...at,
      },
    );
  }
  return version;
}

/**
 * Reads a backup file's text, or says exactly what is wrong with it and where.
 * Nothing here touches the database: a file that fails changes nothing. Old
 * versions are read into the event log the way the database upgrade does it.
 */
export function parseBackup(
  text: string,
  sizeBytes: number = text.length,
  now: number = Date.now(),
): Backup {
  if (sizeBytes > MAX_BACKUP_BYTES) {
    const sizeMb = Math.ceil(sizeBytes / 1e6);
    const limitMb = MAX_BACKUP_BYTES / 1e6;
    throw new BackupError(
      'TOO_LARGE',
      `The file is ${sizeMb} MB; a backup of version 1 to 3 is read whole, at most ${limitMb} MB.`,
      { sizeMb, limitMb },
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BackupError('NOT_JSON', `The file is not JSON: ${(error as Error).message}`);
  }
  const version = backupVersion(raw);
  if (!READABLE_VERSIONS.includes(version)) {
    throw new BackupError(
      'UNKNOWN_VERSION',
      `Backup version ${version} is not one this Triglot can read as one JSON document (it reads versions 1 to ${STREAM_BACKUP_VERSION}).`,
      { version: String(version) },
    );
  }
  if (version < 3) {
    const parsed = legacySchema.safeParse(raw);
    if (!parsed.success) throw invalid(parsed.error.issues[0]!);
    const old = parsed.data;
    old.reviews.forEach((r, i) => {
      if (!isPlausibleTime(r.review, now)) {
        throw new BackupError('BAD_TIME', `reviews[${i}].review is not a plausible time.`, {
          where: `reviews[${i}].review`,
        });
      }
    });
    const backup: Backup = {
      app: BACKUP_APP,
      version: BACKUP_VERSION,
      exportedAt: old.exportedAt,
      settings: old.settings,
      events: legacyEvents(old.reviews, old.cards, old.exportedAt) as Backup['events'],
      articles: old.articles,
    };
    const answers = old.reviews.length;
    checkTimes(backup, now, (i) =>
      i < answers ? `reviews[${i}].review` : `cards[${i - answers}].lastReview`,
    );
    return backup;
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!);
  checkTimes(parsed.data, now, (i) => `events[${i}].at`);
  return parsed.data;
}
