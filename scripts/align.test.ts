import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CliError, decodeText, runAlign } from './align';

const BBC = 'corpus/bbc-russia-syria';
const CNN = 'corpus/cnn-russia-syria';

describe('runAlign', () => {
  it('aligns the BBC German and Italian texts', async () => {
    const { result, warnings } = await runAlign([`${BBC}/de.txt`, `${BBC}/it.txt`]);
    expect(warnings).toEqual([]);
    expect(result.parallel).toBe(true);
    expect(result.score).toBeGreaterThan(0.9);
    expect(result.pairs[0]!.a[0]).toMatch(/^Eine Reihe von Ländern/);
    expect(result.pairs[0]!.b[0]).toMatch(/^Un certo numero di paesi/);
  });

  it('finds the BBC German text and the CNN English text not parallel', async () => {
    const { result } = await runAlign([`${BBC}/de.txt`, `${CNN}/en.txt`]);
    expect(result.parallel).toBe(false);
  });

  it('rejects wrong arguments and unreadable files with a code', async () => {
    await expect(runAlign([`${BBC}/de.txt`])).rejects.toMatchObject({ code: 'USAGE' });
    await expect(runAlign(['a', 'b', 'c'])).rejects.toBeInstanceOf(CliError);
    await expect(runAlign(['corpus/missing.txt', `${BBC}/it.txt`])).rejects.toMatchObject({
      code: 'UNREADABLE',
      message: 'align: cannot read corpus/missing.txt: no such file',
    });
    await expect(runAlign(['corpus', `${BBC}/it.txt`])).rejects.toMatchObject({
      code: 'UNREADABLE',
    });
  });

  it('copes with empty and language-less files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'align-'));
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'digits.txt'), '12 34\n\n56\n');
    const { result, warnings } = await runAlign([join(dir, 'digits.txt'), join(dir, 'empty.txt')]);
    expect(result).toMatchObject({ parallel: false, score: 0 });
    expect(result.pairs.map((p) => p.a)).toEqual([['12 34'], ['56']]);
    expect(warnings).toHaveLength(2);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 without its BOM and falls back to Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa4]))).toBe('hä');
    expect(decodeText(new Uint8Array([0x68, 0xe4]))).toBe('hä');
  });
});

describe('the CLI', () => {
  const run = (...args: string[]) =>
    promisify(execFile)('node_modules/.bin/tsx', ['scripts/align.ts', ...args]);

  it('prints exactly one JSON object on stdout', async () => {
    const { stdout } = await run(`${BBC}/de.txt`, `${BBC}/it.txt`);
    const parsed = JSON.parse(stdout) as { parallel: boolean; pairs: unknown[] };
    expect(Object.keys(parsed)).toEqual(['parallel', 'score', 'pairs']);
    expect(parsed.parallel).toBe(true);
  });

  it('exits with 2 and a message on stderr for a missing file', async () => {
    await expect(run('corpus/missing.txt', `${BBC}/it.txt`)).rejects.toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'align: cannot read corpus/missing.txt: no such file\n',
    });
  });
});
