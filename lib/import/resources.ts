/**
 * The lexicon and glossary, fetched and decoded in the Worker on first use
 * (never on the study path). The service worker keeps the files once fetched
 * (app/sw.ts), so adding an article works offline after the first time.
 */
import { loadEnglishTagger } from '@/lib/corpus/english-tagger';
import { decodeGlossary } from '@/lib/corpus/glossary-file';
import { createLexicon } from '@/lib/corpus/lexicon';
import { dictionaryFromFiles, lexiconFilePath } from '@/lib/corpus/lexicon-file';
import {
  createThesaurus,
  decodeThesaurus,
  thesaurusFilePath,
  type Thesauri,
} from '@/lib/corpus/thesaurus';
import { LANGS, type Lang } from '@/lib/corpus/types';
import type { ImportResources } from './build';
import { ImportError } from './input';

export const GLOSSARY_PATH = 'lexicon/de-en.gloss';
/** The glossaries into English, by language: English itself has none. */
export const GLOSSARY_PATHS = { de: GLOSSARY_PATH, it: 'lexicon/it-en.gloss' } as const;
const GLOSSED = Object.keys(GLOSSARY_PATHS) as (keyof typeof GLOSSARY_PATHS)[];

/** A lemma's gloss from the decoded glossaries (FreeDict keys are lower case). */
export function glossLookup(
  glossaries: Readonly<Partial<Record<Lang, ReadonlyMap<string, string>>>>,
): (lang: Lang, lemma: string) => string | undefined {
  return (lang, lemma) => glossaries[lang]?.get(lemma.toLowerCase());
}

async function fetchText(base: string, path: string): Promise<string> {
  const url = new URL(`/${path}`, base);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new ImportError('LEXICON', `${url.pathname}: ${String(error)}`);
  }
  if (!response.ok) throw new ImportError('LEXICON', `${url.pathname}: HTTP ${response.status}`);
  return response.text();
}

/** Fetches and decodes every language's files; `base` is the site origin. */
export async function loadResources(base: string): Promise<ImportResources> {
  const [tagger, glossTexts, ...lexTexts] = await Promise.all([
    // The English tagger's model (~1 MB gzip) is its own chunk, fetched with the lexicon.
    loadEnglishTagger().catch((error: unknown) => {
      throw new ImportError('LEXICON', `loading the English tagger: ${String(error)}`);
    }),
    Promise.all(GLOSSED.map((lang) => fetchText(base, GLOSSARY_PATHS[lang]))),
    ...LANGS.map((lang) => fetchText(base, lexiconFilePath(lang))),
    // The thesauri (~0.3 MB gzip each) come with the lexicon, as npm run corpus reads them.
    ...LANGS.map((lang) => fetchText(base, thesaurusFilePath(lang))),
  ]);
  try {
    const files = Object.fromEntries(LANGS.map((l, i) => [l, lexTexts[i]!])) as Record<
      Lang,
      string
    >;
    const lexicon = createLexicon(dictionaryFromFiles(files), { taggers: { en: tagger } });
    // As scripts/build-corpus.ts, so an added article gets the cards the build would give it.
    const gloss = glossLookup(
      Object.fromEntries(GLOSSED.map((l, i) => [l, decodeGlossary(glossTexts[i]!).entries])),
    );
    const thesauri = Object.fromEntries(
      LANGS.map((l, i) => [l, createThesaurus(decodeThesaurus(lexTexts[LANGS.length + i]!))]),
    ) as Thesauri;
    return { lexicon, gloss, thesauri };
  } catch (error) {
    throw new ImportError('LEXICON', `decoding the lexicon: ${String(error)}`);
  }
}
