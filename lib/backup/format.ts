import { z } from 'zod';
import { CodedError } from '@/lib/errors';
import { CARD_STATE_NAMES } from '@/lib/srs/card-state';
import { LANGS } from '@/lib/corpus/types';

/**
 * The backup file: everything the learner owns, as versioned JSON. A new
 * field is a new version with a migration in parseBackup; an old file must
 * always import.
 */
export const BACKUP_APP = 'triglot';
export const BACKUP_VERSION = 1;
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

export const backupSchema = z.object({
  app: z.literal(BACKUP_APP),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number().finite(),
  settings: z.unknown(),
  cards: z.array(cardRow),
  reviews: z.array(reviewRow),
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
  if (version !== BACKUP_VERSION) {
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
