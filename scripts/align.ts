import { CodedError } from '@/lib/errors';
/**
 * npm run --silent align -- FILE_A FILE_B
 *
 * Aligns the sentences of two plain-text files (one paragraph per line) in
 * German, Italian or English and prints one JSON object on stdout:
 * {"parallel": boolean, "score": number, "pairs": [{"a": [...], "b": [...], "score": number}]}.
 * Each file's language is guessed from its function words. Exit code 2 (message
 * on stderr) for wrong arguments or a file that cannot be read.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { alignDocuments, type DocumentAlignment } from '@/lib/corpus/align';
import { guessLanguage } from '@/lib/corpus/language';

export const USAGE = 'usage: npm run --silent align -- FILE_A FILE_B';

export type CliErrorCode = 'USAGE' | 'UNREADABLE';

export class CliError extends CodedError<CliErrorCode> {
  override readonly name = 'CliError';
}

/** UTF-8 (a BOM is dropped); bytes that are not UTF-8 are read as Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};

async function readText(path: string): Promise<string> {
  try {
    return decodeText(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = (code && REASONS[code]) ?? code ?? String(error);
    throw new CliError('UNREADABLE', `align: cannot read ${path}: ${reason}`);
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export interface AlignRun {
  readonly result: DocumentAlignment;
  /** Notes for stderr, e.g. a language that could not be recognised. */
  readonly warnings: string[];
}

export async function runAlign(args: readonly string[]): Promise<AlignRun> {
  const [pathA, pathB, ...rest] = args;
  if (pathA === undefined || pathB === undefined || rest.length > 0) {
    throw new CliError('USAGE', `align: expected two files, got ${args.length}\n${USAGE}`);
  }
  const [textA, textB] = await Promise.all([readText(pathA), readText(pathB)]);
  const warnings: string[] = [];
  const langOf = (path: string, text: string) => {
    const guess = guessLanguage(text);
    if (text.trim() === '') warnings.push(`align: ${path} is empty`);
    else if (guess.confidence === 0) {
      warnings.push(`align: cannot tell the language of ${path}; segmenting it as English`);
    }
    return guess.lang;
  };
  const aligned = alignDocuments(textA, langOf(pathA, textA), textB, langOf(pathB, textB));
  return {
    result: {
      parallel: aligned.parallel,
      score: round(aligned.score),
      pairs: aligned.pairs.map((p) => ({ ...p, score: round(p.score) })),
    },
    warnings,
  };
}

async function main(): Promise<number> {
  // `… | head` closing the pipe early is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const args = process.argv.slice(2);
  if (args.length === 1 && (args[0] === '-h' || args[0] === '--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const { result, warnings } = await runAlign(args);
    for (const w of warnings) process.stderr.write(`${w}\n`);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
