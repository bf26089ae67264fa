import { z } from 'zod';
import { CodedError } from '@/lib/errors';
import { CARD_STATE_NAMES } from '@/lib/srs/card-state';
import { CORPUS_FORMAT } from '@/lib/corpus/model';
import { LANGS } from '@/lib/corpus/types';

/**
 * The backup file: everything the learner owns, as versioned JSON. A new
 * field is a new version with a migration in parseBackup; an old file must
 * always import.
 */
export const BACKUP_APP = 'triglot';
export const BACKUP_VERSION = 2;
/** Versions parseBackup reads: 1 had no articles. */
const READABLE_VERSIONS: readonly unknown[] = [1, 2];
/** A backup is read whole into memory; this bounds that, well above a heavy learner's file. */
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
const texts = z.partialRecord(lang, z.string());
const unit = z.object({
  id: z.string().min(1),
  index: z.number().int().min(0),
  kind: z.enum(['sentence', 'heading']),
  text: texts,
  score: z.number().finite(),
});
const cardBase = {
  id: z.string().min(1),
  lang,
  article: z.string().min(1),
  unit: z.string().min(1),
  sibling: z.string(),
  rank: z.number().finite(),
};
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
const articleBundle = z.object({
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

export const backupSchema = z.object({
  app: z.literal(BACKUP_APP),
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  exportedAt: z.number().finite(),
  settings: z.unknown(),
  cards: z.array(cardRow),
  reviews: z.array(reviewRow),
  /** The learner's own articles (version 2 on); shipped ones come with the app. */
  articles: z.array(articleBundle).default([]),
});

export type Backup = z.infer<typeof backupSchema>;

export type BackupErrorCode =
  'TOO_LARGE' | 'NOT_JSON' | 'OTHER_APP' | 'UNKNOWN_VERSION' | 'INVALID' | 'STORAGE';

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
    } = {},
  ) {
    super(code, message);
  }
}

function path(p: readonly PropertyKey[]): string {
  return p.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    '',
  );
}

/**
 * Reads a backup file's text, or says exactly what is wrong with it. Nothing
 * here touches the database: a file that fails changes nothing.
 */
export function parseBackup(text: string, sizeBytes: number = text.length): Backup {
  if (sizeBytes > MAX_BACKUP_BYTES) {
    throw new BackupError(
      'TOO_LARGE',
      `The file is ${Math.round(sizeBytes / 1e6)} MB; a backup is at most ${MAX_BACKUP_BYTES / 1e6} MB.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BackupError('NOT_JSON', `The file is not JSON: ${(error as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || (raw as { app?: unknown }).app !== BACKUP_APP) {
    throw new BackupError('OTHER_APP', 'The file is not a Triglot backup.');
  }
  const version = (raw as { version?: unknown }).version;
  if (!READABLE_VERSIONS.includes(version)) {
    throw new BackupError(
      'UNKNOWN_VERSION',
      `Backup version ${String(version)} is not one this Triglot can read (it reads version ${BACKUP_VERSION}).`,
      { version: String(version) },
    );
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = path(issue.path);
    throw new BackupError('INVALID', `${where || 'file'}: ${issue.message}`, {
      where: where || '/',
    });
  }
  return parsed.data;
}
