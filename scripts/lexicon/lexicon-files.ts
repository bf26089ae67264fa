/**
 * The committed lexicon files (public/lexicon/<lang>.lex, written by `npm run
 * lexicon`) read back in Node: the corpus build uses exactly what the browser
 * gets, and never needs the hundreds of MB of the dictionary packages.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadEnglishTagger } from '@/lib/corpus/english-tagger';
import { createLexicon, type Lexicon } from '@/lib/corpus/lexicon';
import { dictionaryFromFiles, lexiconFilePath } from '@/lib/corpus/lexicon-file';
import { LANGS, type Lang } from '@/lib/corpus/types';

export const LEXICON_ROOT = 'public';

/** A file's path relative to the repository. */
export const lexiconFile = (lang: Lang) => `${LEXICON_ROOT}/${lexiconFilePath(lang)}`;

const cache = new Map<string, Promise<Lexicon>>();

/** The lexicon on the committed files under `root`, decoded once per process. */
export function loadLexiconFiles(root: string): Promise<Lexicon> {
  let lexicon = cache.get(root);
  if (!lexicon) {
    lexicon = Promise.all([
      loadEnglishTagger(),
      ...LANGS.map(async (lang) => [lang, await readFile(join(root, lexiconFile(lang)), 'utf8')]),
    ]).then(([en, ...files]) =>
      createLexicon(dictionaryFromFiles(Object.fromEntries(files as [Lang, string][])), {
        taggers: { en: en as Awaited<ReturnType<typeof loadEnglishTagger>> },
      }),
    );
    cache.set(root, lexicon);
    // A failed read is not cached: the next call reports it again.
    lexicon.catch(() => cache.delete(root));
  }
  return lexicon;
}
