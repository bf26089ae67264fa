import { describe, expect, it } from 'vitest';
import {
  decodeGlossary,
  encodeGlossary,
  GlossaryFileError,
  type GlossaryMeta,
} from './glossary-file';

const META: GlossaryMeta = {
  from: 'de',
  to: 'en',
  source: 'FreeDict deu-eng 1.9-fd1 (2022-04-15)',
  license: 'GPL-3.0 and AGPL-3.0, from the Ding dictionary',
  url: 'https://freedict.org/',
};

const ENTRIES = new Map([
  ['waffe', 'weapon; gun'],
  ['krieg', 'war'],
  ['ähnlich', 'similar'],
  ['constructor', 'Konstrukteur'],
  ['angriff', 'attack; raid; assault'],
]);

const TEXT =
  'triglot-glossary\t1\tde\ten\n' +
  'source\tFreeDict deu-eng 1.9-fd1 (2022-04-15)\n' +
  'license\tGPL-3.0 and AGPL-3.0, from the Ding dictionary\n' +
  'url\thttps://freedict.org/\n' +
  'entries\t5\n' +
  '\n' +
  'angriff\tattack; raid; assault\n' +
  'constructor\tKonstrukteur\n' +
  'krieg\twar\n' +
  'waffe\tweapon; gun\n' +
  'ähnlich\tsimilar\n';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaryFileError);
    return (error as GlossaryFileError).code;
  }
  return undefined;
}

describe('encodeGlossary', () => {
  it('writes the header, a blank line and the entries in code-unit order', () => {
    expect(encodeGlossary(ENTRIES, META)).toBe(TEXT);
  });

  it('gives the same bytes whatever order the entries come in', () => {
    expect(encodeGlossary([...ENTRIES].reverse(), META)).toBe(TEXT);
  });

  it('leaves out a missing url and writes an empty glossary', () => {
    const { url: _url, ...meta } = META;
    expect(encodeGlossary([], meta)).toBe(
      'triglot-glossary\t1\tde\ten\nsource\tFreeDict deu-eng 1.9-fd1 (2022-04-15)\n' +
        'license\tGPL-3.0 and AGPL-3.0, from the Ding dictionary\nentries\t0\n\n',
    );
  });

  it('refuses what the format cannot carry, with a code', () => {
    expect(codeOf(() => encodeGlossary([['a\tb', 'x']], META))).toBe('GLOSSARY_ENTRY');
    expect(codeOf(() => encodeGlossary([['krieg', 'war\nfare']], META))).toBe('GLOSSARY_ENTRY');
    expect(codeOf(() => encodeGlossary([['krieg', '']], META))).toBe('GLOSSARY_ENTRY');
    expect(codeOf(() => encodeGlossary([[' krieg', 'war']], META))).toBe('GLOSSARY_ENTRY');
    expect(
      codeOf(() =>
        encodeGlossary(
          [
            ['krieg', 'war'],
            ['krieg', 'warfare'],
          ],
          META,
        ),
      ),
    ).toBe('GLOSSARY_ENTRY');
    expect(codeOf(() => encodeGlossary(ENTRIES, { ...META, license: '' }))).toBe('GLOSSARY_ENTRY');
  });
});

describe('decodeGlossary', () => {
  it('reads back what encodeGlossary wrote, into a Map', () => {
    const { meta, entries } = decodeGlossary(TEXT);
    expect(meta).toEqual(META);
    expect(entries).toBeInstanceOf(Map);
    expect([...entries]).toEqual([...ENTRIES].sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(entries.get('constructor')).toBe('Konstrukteur');
    expect(entries.get('toString')).toBeUndefined();
  });

  it('round-trips an empty glossary and one without a url', () => {
    const { url: _url, ...meta } = META;
    expect(decodeGlossary(encodeGlossary([], meta))).toEqual({ meta, entries: new Map() });
  });

  it('tolerates a byte-order mark and CRLF line ends', () => {
    const { entries } = decodeGlossary(`\uFEFF${TEXT.replace(/\n/g, '\r\n')}`);
    expect(entries.get('waffe')).toBe('weapon; gun');
    expect(entries.size).toBe(5);
  });

  it('ignores header fields it does not know', () => {
    const text = TEXT.replace('entries\t5\n', 'entries\t5\nbuilt-by\tnpm run glossary\n');
    expect(decodeGlossary(text).entries.size).toBe(5);
  });

  it.each([
    ['an empty file', ''],
    ['another file', '<!DOCTYPE html>\n<html></html>\n'],
    ['JSON', '{"source":"FreeDict","entries":{}}\n'],
    ['a truncated download', TEXT.slice(0, -10)],
    ['a missing entry', TEXT.replace('krieg\twar\n', '')],
    ['an extra entry', `${TEXT}zug\ttrain\n`],
    [
      'entries out of order',
      TEXT.replace('angriff\tattack; raid; assault\n', '') + 'angriff\tattack\n',
    ],
    [
      'a duplicate lemma',
      TEXT.replace('krieg\twar\n', 'krieg\twar\nkrieg\twar\n').replace('entries\t5', 'entries\t6'),
    ],
    ['a line without a gloss', TEXT.replace('krieg\twar', 'krieg\t')],
    ['a line without a tab', TEXT.replace('krieg\twar', 'krieg war')],
    ['a line with two tabs', TEXT.replace('krieg\twar', 'krieg\twar\twarfare')],
    ['no licence', TEXT.replace(/license\t.*\n/, '')],
    ['no source', TEXT.replace(/source\t.*\n/, '')],
    ['no entry count', TEXT.replace('entries\t5\n', '')],
    ['a bad entry count', TEXT.replace('entries\t5', 'entries\tfive')],
    ['a header without its blank line', TEXT.replace('\n\n', '\n')],
    ['no languages', TEXT.replace('\tde\ten', '')],
  ])('rejects %s with GLOSSARY_FORMAT', (_what, text) => {
    expect(codeOf(() => decodeGlossary(text))).toBe('GLOSSARY_FORMAT');
  });

  it('rejects another version with GLOSSARY_VERSION', () => {
    expect(codeOf(() => decodeGlossary(TEXT.replace('\t1\t', '\t2\t')))).toBe('GLOSSARY_VERSION');
  });
});
