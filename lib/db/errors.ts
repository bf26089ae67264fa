import { CodedError } from '@/lib/errors';

/** Why storage failed, in terms the UI can explain. */
export type StorageErrorCode =
  | 'UNAVAILABLE' // IndexedDB missing or refused (private mode, blocked by policy)
  | 'QUOTA' // the disk or the origin's quota is full
  | 'VERSION' // another tab holds an older or newer schema
  | 'CORRUPT' // a stored row does not decode (checked on every read)
  | 'UNKNOWN';

export class StorageError extends CodedError<StorageErrorCode> {
  override readonly name = 'StorageError';
  constructor(code: StorageErrorCode, message: string, cause?: unknown) {
    super(code, message, { cause });
  }
}

function names(error: unknown): string[] {
  const out: string[] = [];
  let e: unknown = error;
  // Dexie wraps the DOMException (often a QuotaExceededError inside an AbortError).
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const named = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof named.name === 'string') out.push(named.name);
    e = named.inner ?? named.cause;
  }
  return out;
}

export function classifyStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const all = names(error);
  const message = error instanceof Error ? error.message : String(error);
  if (all.includes('QuotaExceededError')) return new StorageError('QUOTA', message, error);
  if (
    all.some((n) =>
      ['MissingAPIError', 'InvalidStateError', 'SecurityError', 'OpenFailedError'].includes(n),
    )
  )
    return new StorageError('UNAVAILABLE', message, error);
  if (all.some((n) => ['VersionError', 'VersionChangeError', 'DatabaseClosedError'].includes(n)))
    return new StorageError('VERSION', message, error);
  return new StorageError('UNKNOWN', message, error);
}
