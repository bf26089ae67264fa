import { describe, expect, it } from 'vitest';
import { CORPUS_FORMAT, type ArticleBundle } from '@/lib/corpus/model';
import { BackupError } from './format';
import {
  decodeHeader,
  decodeItem,
  decodeStream,
  encodeArticle,
  encodeEvent,
  encodeHeader,
  encodeParams,
  isStreamFile,
  splitLines,
  textChunks,
  type BackupEvent,
  type StreamHeader,
  type StreamItem,
} from './stream';

const T0 = Date.UTC(2026, 10, 20, 9);
const NOW = T0 + 30 * 86_400_000;

function answer(i: number, at = T0 + i * 1000): BackupEvent {
  return {
    id: `an.${i}`,
    seq: at,
    cardId: `de:c${i % 3}`,
    course: 'de',
    at,
    kind: 'answer',
    grade: 3,
    durationMs: 1200,
    from: 'new',
  };
}

function file(events: BackupEvent[], counts = { articles: 0, events: events.length }): string {
  return (
    encodeHeader({ exportedAt: T0, settings: null, counts }) + events.map(encodeEvent).join('')
  );
}

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function decodeAll(text: string, size = 7) {
  let header: StreamHeader | null = null;
  const items: StreamItem[] = [];
  for await (const item of decodeStream(chunked(text, size), NOW, (h) => (header = h)))
    items.push(item);
  return { header: header as StreamHeader | null, items };
}

async function failure(text: string): Promise<BackupError> {
  try {
    await decodeAll(text);
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    return error as BackupError;
  }
  throw new Error('expected a BackupError');
}

describe('backup lines', () => {
  it('round-trips events through lines split at any chunk size', async () => {
    const events = Array.from({ length: 20 }, (_, i) => answer(i));
    const text = file(events);
    for (const size of [1, 3, 64, 1 << 16]) {
      const { header, items } = await decodeAll(text, size);
      expect(header?.counts).toEqual({ articles: 0, events: 20 });
      expect(items.map((i) => i.kind === 'event' && i.event)).toEqual(events);
      expect(items.map((i) => i.line)).toEqual(events.map((_, i) => i + 2));
    }
  });

  it('reads weights lines announced by the header; a file from before them reads as ever', async () => {
    const weights = Array.from({ length: 21 }, (_, i) => 0.1 + i / 10);
    const fit = {
      id: 'ph.p1.x',
      course: 'de' as const,
      seq: T0,
      at: T0,
      kind: 'fit' as const,
      weights,
    };
    const events = [answer(1), answer(2)];
    const header = encodeHeader({
      exportedAt: T0,
      settings: null,
      counts: { articles: 0, params: 1, events: 2 },
    });
    const withParams =
      header + encodeParams({ ...fit, importId: 'import.x' }) + events.map(encodeEvent).join('');
    expect(withParams).not.toContain('importId');
    const { header: h, items } = await decodeAll(withParams);
    expect(h?.counts).toEqual({ articles: 0, params: 1, events: 2 });
    expect(items[0]).toEqual({ kind: 'params', line: 2, params: fit });
    expect(items.slice(1).map((i) => i.kind)).toEqual(['event', 'event']);
    // No count of weights in the header: none expected, so one is a line too many.
    const old = file(events);
    expect((await decodeAll(old)).items).toHaveLength(2);
    const extra = old + encodeParams(fit);
    expect((await failure(extra)).code).toBe('INVALID');
    // A weights line announced but missing is a file cut short.
    expect((await failure(header + events.map(encodeEvent).join(''))).code).toBe('TRUNCATED');
    // A fit of 20 numbers is named by its field.
    const bad = withParams.replace('"weights":[0.1,', '"weights":[');
    expect(await failure(bad)).toMatchObject({ code: 'INVALID', params: { line: 2 } });
  });

  it('keeps event lines compact and leaves the import tag behind', () => {
    const line = encodeEvent({ ...answer(1), importId: 'import.x' });
    expect(line).not.toContain('importId');
    expect(line).not.toMatch(/\n./);
    expect(line).not.toContain(': ');
    expect(line.endsWith('\n')).toBe(true);
  });

  it('splits CRLF lines and marks a last line without a newline', async () => {
    const lines = [];
    for await (const l of splitLines(chunked('a\r\nbb\nc', 2))) lines.push(l);
    expect(lines).toEqual([
      { text: 'a', line: 1, last: false },
      { text: 'bb', line: 2, last: false },
      { text: 'c', line: 3, last: true },
    ]);
  });

  it('reads UTF-8 split across chunks, and calls other bytes not text', async () => {
    const bytes = new TextEncoder().encode('Grüße\n');
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, 3));
        c.enqueue(bytes.slice(3));
        c.close();
      },
    });
    let text = '';
    for await (const chunk of textChunks(stream)) text += chunk;
    expect(text).toBe('Grüße\n');
    const bad = new Blob([file([answer(1)]), new Uint8Array([0xff, 0xfe, 0x0a])]);
    const error = await (async () => {
      try {
        for await (const _ of decodeStream(textChunks(bad.stream()), NOW, () => {}));
      } catch (e) {
        return e as BackupError;
      }
    })();
    expect(error?.code).toBe('NOT_JSON');
  });

  it('names the line and the field of a bad event', async () => {
    const events = [answer(1), answer(2), answer(3)];
    const text = file(events).replace(
      '"grade":3,"durationMs":1200,"from":"new"}}\n{"event":{"id":"an.3"',
      '"grade":7,"durationMs":1200,"from":"new"}}\n{"event":{"id":"an.3"',
    );
    const e = await failure(text);
    expect(e.code).toBe('INVALID');
    expect(e.params).toEqual({ line: 3, where: 'event.grade' });
    expect(e.message).toMatch(/^line 3, event\.grade/);
  });

  it('calls a time in the year 3000 or 1e20 impossible, at its line', async () => {
    for (const at of [Date.UTC(3000, 0, 1), 1e20]) {
      const e = await failure(file([answer(1), { ...answer(2), at }]));
      expect(e.code).toBe('BAD_TIME');
      expect(e.params).toEqual({ line: 3, where: 'event.at' });
    }
  });

  it('tells a file cut short from a smaller backup', async () => {
    const text = file([answer(1), answer(2), answer(3)]);
    const atLine = await failure(text.slice(0, text.lastIndexOf('{"event"')));
    expect(atLine.code).toBe('TRUNCATED');
    expect(atLine.params).toMatchObject({ line: 3, expected: 4 });
    const midLine = await failure(text.slice(0, text.length - 10));
    expect(midLine.code).toBe('TRUNCATED');
    expect(midLine.params.line).toBe(4);
    const extra = await failure(file([answer(1), answer(2)], { articles: 0, events: 1 }));
    expect(extra.code).toBe('INVALID');
    expect(extra.params).toMatchObject({ line: 3, where: 'counts' });
  });

  it('checks the header as a whole file is checked', () => {
    const code = (text: string) => {
      try {
        decodeHeader(text);
      } catch (e) {
        return [(e as BackupError).code, (e as BackupError).params.where];
      }
    };
    expect(code('{"app":"anki","version":4}')).toEqual(['OTHER_APP', undefined]);
    expect(code('{"app":"triglot"}')).toEqual(['NO_VERSION', undefined]);
    expect(code('{"app":"triglot","version":"1"}')).toEqual(['INVALID', 'version']);
    expect(code('{"app":"triglot","version":9}')).toEqual(['UNKNOWN_VERSION', undefined]);
    expect(code('{"app":"triglot","version":4,"exportedAt":1,"settings":null}')).toEqual([
      'INVALID',
      'counts',
    ]);
    expect(code('not json')).toEqual(['NOT_JSON', undefined]);
  });

  it('rejects a line that is two things or neither', () => {
    const code = (text: string) => {
      try {
        decodeItem(text, 5, NOW);
      } catch (e) {
        return (e as BackupError).params;
      }
    };
    expect(code(JSON.stringify({ event: answer(1), article: {} }))).toMatchObject({ line: 5 });
    expect(code('{"card":{}}')).toEqual({ line: 5, where: 'line' });
    expect(code('[1,2]')).toEqual({ line: 5, where: 'line' });
  });

  it('keeps a learner article’s word alignment: hint spans and synonyms', () => {
    const text = { de: 'Die Vereinbarung ist gescheitert.', en: 'The agreement has failed.' };
    const bundle = {
      format: CORPUS_FORMAT,
      article: {
        format: CORPUS_FORMAT,
        id: 'mine',
        title: { de: 'Mein Text', it: 'Mein Text', en: 'Mein Text' },
        outlet: '',
        original: 'de',
        madeForTriglot: [],
        license: '',
        attribution: '',
        pairs: [{ a: 'de', b: 'en', parallel: true, score: 0.9 }],
        units: [{ id: 'mine:u0', index: 0, kind: 'sentence', text, score: 0.9 }],
      },
      texts: text,
      cards: [
        {
          id: 'de:mine:cloze:1',
          lang: 'de',
          article: 'mine',
          unit: 'mine:u0',
          sibling: 'mine:de:1',
          rank: 6153,
          kind: 'cloze',
          cloze: {
            start: 4,
            end: 16,
            answer: 'Vereinbarung',
            lemma: 'Vereinbarung',
            pos: 'noun',
            options: ['Vereinbarung', 'Regierung', 'Erklärung', 'Forderung'],
            neighbours: [],
            hintSpans: { en: [[4, 13]] },
            alternatives: ['Abmachung'],
          },
        },
      ],
      words: [],
    } as unknown as ArticleBundle;
    const item = decodeItem(encodeArticle(bundle).trimEnd(), 2, NOW);
    expect(item).toEqual({ kind: 'article', line: 2, bundle });
  });

  it('tells a version-4 file from a version 1–3 one by its first line', () => {
    expect(isStreamFile(file([answer(1)]))).toBe(true);
    expect(isStreamFile(JSON.stringify({ app: 'triglot', version: 3, events: [] }))).toBe(false);
    expect(isStreamFile(`${JSON.stringify({ app: 'triglot', version: 3 })}\n`)).toBe(false);
    expect(isStreamFile(JSON.stringify({ app: 'triglot', version: 3 }, null, 2))).toBe(false);
    expect(isStreamFile('{"app":"anki"}\n{"event":{}}\n')).toBe(true);
    expect(isStreamFile('not json\nat all\n')).toBe(false);
  });
});
