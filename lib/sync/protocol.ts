/**
 * What Triglot keeps on a CouchDB server: documents only one device ever writes
 * (its log chunks), one document per setting (last writer wins by clock), one per
 * learner article, and a marker saying the database is Triglot's and in which format.
 */
export const SYNC_FORMAT = 1;
export const MARKER_ID = 'triglot';
/** Events per log document: big enough for few documents, small enough to rewrite while it fills. */
export const CHUNK_EVENTS = 2_000;

export type SyncErrorCode =
  'ADDRESS' | 'AUTH' | 'UNREACHABLE' | 'FOREIGN' | 'NEWER' | 'CSP' | 'STORAGE' | 'UNKNOWN';

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export interface MarkerDoc {
  readonly _id: typeof MARKER_ID;
  readonly app: 'triglot';
  readonly format: number;
}

export const logDocId = (device: string, n: number) =>
  `log:${device}:${n.toString(36).padStart(6, '0')}`;
export const settingDocId = (key: string) => `set:${key}`;
export const articleDocId = (id: string) => `art:${id}`;
/** A change of a course's FSRS weights: written once, by the device that holds it first, never changed. */
export const paramsDocId = (id: string) => `par:${id}`;

/** `log:<device>:<n>` → device, or null for another kind of document. */
export function logDocDevice(id: string): string | null {
  const m = /^log:([^:]+):[0-9a-z]+$/.exec(id);
  return m ? m[1]! : null;
}

/** Whether a remote database is ours, empty, or something else. */
export function judgeMarker(
  marker: { app?: unknown; format?: unknown } | null,
  docCount: number,
): 'ok' | 'empty' | SyncErrorCode {
  if (!marker) return docCount === 0 ? 'empty' : 'FOREIGN';
  if (marker.app !== 'triglot' || typeof marker.format !== 'number') return 'FOREIGN';
  return marker.format > SYNC_FORMAT ? 'NEWER' : 'ok';
}

/** Where a sync server answer or failure leaves us: one code the UI can explain. */
export function classifySyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const e = (error ?? {}) as { status?: number; name?: string; message?: string; code?: string };
  if (e.status === 401 || e.status === 403 || e.name === 'unauthorized' || e.name === 'forbidden')
    return new SyncError('AUTH', e.message ?? 'unauthorized');
  if (e.status === 404) return new SyncError('ADDRESS', e.message ?? 'not found');
  if (e.name === 'StorageError') return new SyncError('STORAGE', e.message ?? 'storage');
  if (
    e.status === undefined ||
    e.status === 0 ||
    e.status >= 500 ||
    e.code === 'ETIMEDOUT' ||
    /fetch|network|failed/i.test(e.message ?? '')
  )
    return new SyncError('UNREACHABLE', e.message ?? 'unreachable');
  return new SyncError('UNKNOWN', e.message ?? String(error));
}

/** CouchDB's per-user database (couch_peruser): `userdb-` and the name's UTF-8 bytes in hex. */
export function userDbName(user: string): string {
  return `userdb-${[...new TextEncoder().encode(user)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The database's address from what was typed: http(s) only, no credentials in it.
 * A server address without a path means the user's own database on it (couch_peruser).
 */
export function parseServerUrl(input: string, user: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new SyncError('ADDRESS', 'not a URL');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password)
    throw new SyncError('ADDRESS', 'http(s) URL without credentials expected');
  const base = url.href.replace(/\/+$/, '');
  return url.pathname === '/' || url.pathname === '' ? `${base}/${userDbName(user)}` : base;
}

/** The states Settings → Sync shows. */
export type SyncStatus =
  | { readonly kind: 'off' }
  | { readonly kind: 'syncing'; readonly pending: number }
  | { readonly kind: 'upToDate'; readonly at: number }
  | { readonly kind: 'offline'; readonly pending: number }
  | { readonly kind: 'error'; readonly code: SyncErrorCode; readonly pending: number };

/** The page → the sync Worker (lib/sync/sync.worker.ts). */
export type SyncToWorker =
  | {
      readonly type: 'start';
      readonly config: { readonly url: string; readonly user: string; readonly password: string };
      readonly localName: string;
    }
  | { readonly type: 'kick' }
  | { readonly type: 'stop' };

/** The sync Worker → the page. */
export type SyncFromWorker =
  | { readonly type: 'status'; readonly status: SyncStatus }
  /** The site's policy refused a request (fired in the Worker, not in the page). */
  | { readonly type: 'csp'; readonly blockedURI: string }
  | { readonly type: 'stopped' };
