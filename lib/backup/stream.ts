/**
 * Backup version 4: JSON Lines, so that neither export nor import ever holds the
 * whole file as one string. The first line is the header (app, version, time,
 * settings and how many lines follow), then one line per article bundle, one per
 * change of a course's FSRS weights, and one per event:
 *
 *   {"app":"triglot","version":4,"exportedAt":…,"settings":…,"counts":{"articles":1,"params":1,"events":2}}
 *   {"article":{…}}
 *   {"params":{…}}
 *   {"event":{…}}
 *
 * `params` lines came later within version 4: a file without them (and without
 * their count) reads as before.
 *
 * Each line is validated with the same schemas as a whole version-3 file
 * (format.ts), and every error names its line. The counts make a file cut short
 * at a line boundary detectable: a download that stopped is not a smaller backup.
 */
import { z } from 'zod';
import type { ArticleBundle } from '@/lib/corpus/model';
import {
  articleBundleSchema,
  BACKUP_APP,
  backupVersion,
  BackupError,
  eventSchema,
  isPlausibleTime,
  issuePath,
  paramsSchema,
  STREAM_BACKUP_VERSION,
  timeForMessage,
  type Backup,
} from './format';

export type BackupEvent = Backup['events'][number];
export type BackupParams = z.infer<typeof paramsSchema>;

export interface StreamCounts {
  readonly articles: number;
  /** Weights lines; absent in files from before they were exported (none). */
  readonly params?: number;
  readonly events: number;
}

export interface StreamHeader {
  readonly app: typeof BACKUP_APP;
  readonly version: typeof STREAM_BACKUP_VERSION;
  readonly exportedAt: number;
  readonly settings: unknown;
  readonly counts: StreamCounts;
}

export type StreamItem =
  | { readonly kind: 'article'; readonly line: number; readonly bundle: ArticleBundle }
  | { readonly kind: 'params'; readonly line: number; readonly params: BackupParams }
  | { readonly kind: 'event'; readonly line: number; readonly event: BackupEvent };

const headerSchema = z.object({
  app: z.literal(BACKUP_APP),
  version: z.literal(STREAM_BACKUP_VERSION),
  exportedAt: z.number().finite(),
  settings: z.unknown(),
  counts: z.object({
    articles: z.number().int().min(0),
    params: z.number().int().min(0).optional(),
    events: z.number().int().min(0),
  }),
});

// strictObject: a line is one thing, so `{"event":…,"article":…}` is an error, not a choice.
const articleLineSchema = z.strictObject({ article: articleBundleSchema });
const eventLineSchema = z.strictObject({ event: eventSchema });
const paramsLineSchema = z.strictObject({ params: paramsSchema });

export const STREAM_MIME = 'application/x-ndjson';

export function encodeHeader(header: Omit<StreamHeader, 'app' | 'version'>): string {
  const { exportedAt, settings, counts } = header;
  const full: StreamHeader = {
    app: BACKUP_APP,
    version: STREAM_BACKUP_VERSION,
    exportedAt,
    settings: settings ?? null,
    counts: {
      articles: counts.articles,
      ...(counts.params ? { params: counts.params } : {}),
      events: counts.events,
    },
  };
  return `${JSON.stringify(full)}\n`;
}

export function encodeArticle(bundle: ArticleBundle): string {
  return `${JSON.stringify({ article: bundle })}\n`;
}

/** A weights row as it leaves this device: which import brought it here is not part of it. */
export function encodeParams(
  row: Omit<BackupParams, 'weights'> & {
    readonly weights: readonly number[] | null;
    readonly importId?: string;
  },
): string {
  const { importId: _i, ...rest } = row;
  return `${JSON.stringify({ params: rest })}\n`;
}

/** An event as it leaves this device: which import brought it here is not part of it. */
export function encodeEvent(event: BackupEvent): string {
  const { importId: _i, ...rest } = event;
  return `${JSON.stringify({ event: rest })}\n`;
}

function parseJson(text: string, line: number, last: boolean): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // The last line without its newline: the file stopped in the middle of it.
    if (last) throw truncated(line, undefined, 'the file ends in the middle of a line');
    throw new BackupError('NOT_JSON', `line ${line}: ${(error as Error).message}`, { line });
  }
}

function truncated(line: number, expected: number | undefined, why: string): BackupError {
  return new BackupError('TRUNCATED', `line ${line}: ${why}`, {
    line,
    ...(expected === undefined ? {} : { expected }),
  });
}

function invalidAt(line: number, issue: z.core.$ZodIssue): BackupError {
  const where = issuePath(issue.path) || 'line';
  return new BackupError('INVALID', `line ${line}, ${where}: ${issue.message}`, { line, where });
}

/** The first line: whose file, which version, and what follows. */
export function decodeHeader(text: string, last = false): StreamHeader {
  const raw = parseJson(text, 1, last);
  const version = backupVersion(raw, 1);
  if (version !== STREAM_BACKUP_VERSION) {
    throw new BackupError(
      'UNKNOWN_VERSION',
      `Backup version ${version} is not one this Triglot can read as JSON Lines (it reads version ${STREAM_BACKUP_VERSION}).`,
      { version: String(version), line: 1 },
    );
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw invalidAt(1, parsed.error.issues[0]!);
  return parsed.data as StreamHeader;
}

/** One line after the header, checked as strictly as a whole version-3 file. */
export function decodeItem(text: string, line: number, now: number, last = false): StreamItem {
  const raw = parseJson(text, line, last);
  if (raw && typeof raw === 'object' && 'event' in raw) {
    const parsed = eventLineSchema.safeParse(raw);
    if (!parsed.success) throw invalidAt(line, parsed.error.issues[0]!);
    const event = parsed.data.event;
    if (!isPlausibleTime(event.at, now)) {
      throw new BackupError(
        'BAD_TIME',
        `line ${line}, event.at: ${timeForMessage(event.at)} is not a plausible time.`,
        { line, where: 'event.at' },
      );
    }
    return { kind: 'event', line, event };
  }
  if (raw && typeof raw === 'object' && 'article' in raw) {
    const parsed = articleLineSchema.safeParse(raw);
    if (!parsed.success) throw invalidAt(line, parsed.error.issues[0]!);
    return { kind: 'article', line, bundle: parsed.data.article as unknown as ArticleBundle };
  }
  if (raw && typeof raw === 'object' && 'params' in raw) {
    const parsed = paramsLineSchema.safeParse(raw);
    if (!parsed.success) throw invalidAt(line, parsed.error.issues[0]!);
    const { params } = parsed.data;
    if (!isPlausibleTime(params.at, now)) {
      throw new BackupError(
        'BAD_TIME',
        `line ${line}, params.at: ${timeForMessage(params.at)} is not a plausible time.`,
        { line, where: 'params.at' },
      );
    }
    return { kind: 'params', line, params };
  }
  throw new BackupError('INVALID', `line ${line}: neither an event, an article nor weights`, {
    line,
    where: 'line',
  });
}

/**
 * A line of a file this import already checked whole (a Blob does not change):
 * its event is taken as parsed, without the schema again, which is most of the
 * second pass's time at a million lines. Articles, a few, are decoded as ever.
 */
function checkedItem(text: string, line: number, now: number, last: boolean): StreamItem {
  const raw = JSON.parse(text) as { event?: BackupEvent };
  return raw.event ? { kind: 'event', line, event: raw.event } : decodeItem(text, line, now, last);
}

export interface TextLine {
  readonly text: string;
  /** 1-based. */
  readonly line: number;
  /** The file's last line had no newline after it. */
  readonly last: boolean;
}

/** Splits text chunks into lines without ever joining more than one line's worth. */
export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<TextLine> {
  let rest = '';
  let line = 0;
  for await (const chunk of chunks) {
    let start = 0;
    let nl = chunk.indexOf('\n');
    if (nl === -1) {
      rest += chunk;
      continue;
    }
    // The first line of this chunk completes what the previous chunks left over.
    let text = rest + chunk.slice(0, nl);
    rest = '';
    for (;;) {
      line++;
      yield { text: text.endsWith('\r') ? text.slice(0, -1) : text, line, last: false };
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
      if (nl === -1) break;
      text = chunk.slice(start, nl);
    }
    rest = chunk.slice(start);
  }
  if (rest !== '') yield { text: rest, line: line + 1, last: true };
}

/** Reads a byte stream as UTF-8 text chunks; bytes that are not UTF-8 are an error, not U+FFFD. */
export async function* textChunks(
  stream: ReadableStream<Uint8Array>,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<string> {
  let read = 0;
  const counted = stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        onBytes?.(read);
        controller.enqueue(chunk);
      },
    }),
  );
  const reader = counted
    .pipeThrough(
      new TextDecoderStream('utf-8', { fatal: true }) as TransformStream<Uint8Array, string>,
    )
    .getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * A whole version-4 file, line by line: the header first (`onHeader`), then every
 * item. Throws the first problem with its line; at the end, checks that the file
 * holds what its header announced.
 */
export async function* decodeStream(
  chunks: AsyncIterable<string>,
  now: number,
  onHeader: (header: StreamHeader) => void,
  { checked = false }: { checked?: boolean } = {},
): AsyncGenerator<StreamItem> {
  let header: StreamHeader | null = null;
  let articles = 0;
  let params = 0;
  let events = 0;
  let lastLine = 0;
  try {
    for await (const { text, line, last } of splitLines(chunks)) {
      lastLine = line;
      if (!header) {
        header = decodeHeader(text, last);
        onHeader(header);
        continue;
      }
      // Blank lines (an editor's trailing newline) carry nothing.
      if (text.trim() === '') continue;
      const item = checked ? checkedItem(text, line, now, last) : decodeItem(text, line, now, last);
      if (item.kind === 'event') events++;
      else if (item.kind === 'params') params++;
      else articles++;
      if (
        events > header.counts.events ||
        articles > header.counts.articles ||
        params > (header.counts.params ?? 0)
      ) {
        throw new BackupError('INVALID', `line ${line}: more lines than the header announces`, {
          line,
          where: 'counts',
        });
      }
      yield item;
    }
  } catch (error) {
    if (error instanceof TypeError && /decod|encod|utf/i.test(error.message)) {
      throw new BackupError('NOT_JSON', `line ${lastLine + 1}: not UTF-8 text`, {
        line: lastLine + 1,
      });
    }
    throw error;
  }
  if (!header) throw new BackupError('NOT_JSON', 'the file is empty');
  const announcedParams = header.counts.params ?? 0;
  const expected = header.counts.articles + announcedParams + header.counts.events + 1;
  if (
    events < header.counts.events ||
    articles < header.counts.articles ||
    params < announcedParams
  ) {
    throw truncated(
      lastLine,
      expected,
      `the header announces ${expected} lines, the file ends after ${articles + params + events + 1}`,
    );
  }
}

/** How far into a file to look for the end of the first line before calling it one document. */
export const SNIFF_BYTES = 1 << 20;

/**
 * Whether a file's beginning is a version-4 header line. A version 1–3 file is one
 * JSON document (compact or pretty-printed), so its first line is either the whole
 * file or a fragment; only a line that parses on its own, and says no old version,
 * starts JSON Lines.
 */
export function isStreamFile(prefix: string): boolean {
  const nl = prefix.indexOf('\n');
  if (nl === -1) return false;
  let raw: unknown;
  try {
    raw = JSON.parse(prefix.slice(0, nl));
  } catch {
    return false;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const version = (raw as { version?: unknown }).version;
  // A compact old file followed by a newline is still an old file.
  return !(typeof version === 'number' && version < STREAM_BACKUP_VERSION);
}
