import { CodedError } from '@/lib/errors';
/**
 * The browser's German→English and Italian→English glossaries (public/lexicon/de-en.gloss,
 * it-en.gloss): plain UTF-8 text, so a Web Worker can fetch and decode them without a parser
 * library and a diff shows which glosses changed.
 *
 *   triglot-glossary	1	de	en
 *   source	FreeDict deu-eng 1.9-fd1 (2022-04-15)
 *   license	GPL-3.0 and AGPL-3.0, from the Ding dictionary; Copyright (C) …
 *   url	https://freedict.org/
 *   entries	61234
 *
 *   abgrenzung	delimitation; demarcation
 *   …
 *
 * Header fields are `name<TAB>value` up to a blank line; then one `lemma<TAB>gloss`
 * per line, lemmas lower-cased and in code-unit order, each line ending in `\n`.
 * The entry count and the order let a truncated or mangled download fail loudly
 * instead of silently lacking glosses.
 */

export type GlossaryFileErrorCode = 'GLOSSARY_FORMAT' | 'GLOSSARY_VERSION' | 'GLOSSARY_ENTRY';

export class GlossaryFileError extends CodedError<GlossaryFileErrorCode> {
  override readonly name = 'GlossaryFileError';
}

export const GLOSSARY_MAGIC = 'triglot-glossary';
export const GLOSSARY_VERSION = 1;

export interface GlossaryMeta {
  /** Source language of the lemmas (de). */
  readonly from: string;
  /** Language of the glosses (en). */
  readonly to: string;
  /** The dictionary and its edition. */
  readonly source: string;
  /** Its licence and copyright holders; the file is shipped under it. */
  readonly license: string;
  /** Where the dictionary's source form is published. */
  readonly url?: string;
}

export interface DecodedGlossary {
  readonly meta: GlossaryMeta;
  /** Lower-cased lemma → gloss. A Map, because a plain object answers "constructor". */
  readonly entries: ReadonlyMap<string, string>;
}

const FORBIDDEN_RE = /[\t\n\r]/;

function checkField(what: string, value: string): void {
  if (value === '' || FORBIDDEN_RE.test(value) || value !== value.trim()) {
    throw new GlossaryFileError(
      'GLOSSARY_ENTRY',
      `${what} is empty or has a tab, line break or edge space: ${JSON.stringify(value)}`,
    );
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The file text for these entries; the same entries and meta always give the same bytes. */
export function encodeGlossary(
  entries: ReadonlyMap<string, string> | Iterable<readonly [string, string]>,
  meta: GlossaryMeta,
): string {
  const pairs: (readonly [string, string])[] = [...entries];
  pairs.sort((a, b) => compare(a[0], b[0]));
  for (let i = 0; i < pairs.length; i++) {
    const [lemma, gloss] = pairs[i]!;
    checkField('a lemma', lemma);
    checkField(`the gloss of ${lemma}`, gloss);
    if (i > 0 && pairs[i - 1]![0] === lemma) {
      throw new GlossaryFileError('GLOSSARY_ENTRY', `lemma ${lemma} appears twice`);
    }
  }
  checkField('the source language', meta.from);
  checkField('the gloss language', meta.to);
  checkField('the source', meta.source);
  checkField('the licence', meta.license);
  if (meta.url !== undefined) checkField('the url', meta.url);
  const header = [
    [GLOSSARY_MAGIC, String(GLOSSARY_VERSION), meta.from, meta.to].join('\t'),
    `source\t${meta.source}`,
    `license\t${meta.license}`,
    ...(meta.url !== undefined ? [`url\t${meta.url}`] : []),
    `entries\t${pairs.length}`,
    '',
  ];
  return `${[...header, ...pairs.map(([lemma, gloss]) => `${lemma}\t${gloss}`)].join('\n')}\n`;
}

function formatError(message: string): GlossaryFileError {
  return new GlossaryFileError('GLOSSARY_FORMAT', `not a Triglot glossary file: ${message}`);
}

/** Reads a file written by `encodeGlossary`; throws GLOSSARY_FORMAT or GLOSSARY_VERSION otherwise. */
export function decodeGlossary(text: string): DecodedGlossary {
  // Tolerated because a checkout or a proxy may add them; the encoder never writes either.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n/g, '\n');
  if (!text.endsWith('\n')) throw formatError('it does not end with a line break (truncated?)');

  const firstBreak = text.indexOf('\n');
  const first = text.slice(0, firstBreak).split('\t');
  if (first[0] !== GLOSSARY_MAGIC) {
    throw formatError(`it starts with ${JSON.stringify(text.slice(0, 40))}`);
  }
  if (first[1] !== String(GLOSSARY_VERSION)) {
    throw new GlossaryFileError(
      'GLOSSARY_VERSION',
      `glossary file version ${first[1] ?? '(none)'} is not ${GLOSSARY_VERSION}`,
    );
  }
  if (first.length !== 4 || !first[2] || !first[3]) {
    throw formatError('the first line lacks the languages');
  }

  const fields = new Map<string, string>();
  let at = firstBreak + 1;
  for (;;) {
    const end = text.indexOf('\n', at);
    if (end < 0) throw formatError('the header does not end with a blank line');
    const line = text.slice(at, end);
    at = end + 1;
    if (line === '') break;
    const tab = line.indexOf('\t');
    if (tab <= 0) throw formatError(`header line ${JSON.stringify(line)} has no name`);
    const name = line.slice(0, tab);
    if (fields.has(name)) throw formatError(`header field ${name} appears twice`);
    fields.set(name, line.slice(tab + 1));
  }
  const source = fields.get('source');
  const license = fields.get('license');
  const count = fields.get('entries');
  if (!source) throw formatError('the header has no source');
  if (!license) throw formatError('the header has no license');
  if (!count || !/^\d+$/.test(count)) throw formatError('the header has no entry count');

  const entries = new Map<string, string>();
  let previous = '';
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const tab = text.indexOf('\t', at);
    if (tab <= at || tab >= end - 1) {
      throw formatError(`line ${JSON.stringify(text.slice(at, end))} is not lemma<TAB>gloss`);
    }
    const lemma = text.slice(at, tab);
    const gloss = text.slice(tab + 1, end);
    if (gloss.includes('\t')) throw formatError(`the line of ${lemma} has more than one tab`);
    if (lemma <= previous) throw formatError(`${lemma} is out of order after ${previous}`);
    entries.set(lemma, gloss);
    previous = lemma;
    at = end + 1;
  }
  if (entries.size !== Number(count)) {
    throw formatError(`the header promises ${count} entries, the file has ${entries.size}`);
  }
  const url = fields.get('url');
  return {
    meta: { from: first[2], to: first[3], source, license, ...(url ? { url } : {}) },
    entries,
  };
}
