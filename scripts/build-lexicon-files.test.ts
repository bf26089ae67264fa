import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeDictionary, type LexiconTables } from '@/lib/corpus/dictionary';
import { createLexicon, type LookupContext } from '@/lib/corpus/lexicon';
import { decodeLexiconFile, dictionaryFromFiles } from '@/lib/corpus/lexicon-file';
import { tokenize } from '@/lib/corpus/tokenize';
import { LANGS, type Lang } from '@/lib/corpus/types';
import { buildLexiconFiles } from './build-lexicon-files';
import { loadLexicon, loadTables } from './lexicon/build-lexicon';
import { lexiconFile } from './lexicon/lexicon-files';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

async function shipped(): Promise<Record<Lang, string>> {
  const files = await Promise.all(
    LANGS.map(async (lang) => [lang, await readFile(join(ROOT, lexiconFile(lang)), 'utf8')]),
  );
  return Object.fromEntries(files) as Record<Lang, string>;
}

/** Every line of every corpus text, with the other languages' texts of the article. */
async function corpusLines(): Promise<{ lang: Lang; line: string; others: string[] }[]> {
  const out: { lang: Lang; line: string; others: string[] }[] = [];
  const folders = await readdir(join(ROOT, 'corpus'), { withFileTypes: true });
  for (const folder of folders
    .filter((f) => f.isDirectory())
    .map((f) => f.name)
    .sort()) {
    const texts = new Map<Lang, string>();
    for (const lang of LANGS) {
      const text = await readFile(join(ROOT, 'corpus', folder, `${lang}.txt`), 'utf8').catch(
        () => undefined,
      );
      if (text !== undefined) texts.set(lang, text);
    }
    for (const [lang, text] of texts) {
      const others = [...texts].filter(([l]) => l !== lang).map(([, t]) => t);
      for (const line of text.split('\n')) out.push({ lang, line, others });
    }
  }
  return out;
}

const sortedForms = (t: LexiconTables) => [...t.forms].sort(([a], [b]) => (a < b ? -1 : 1));

describe('npm run lexicon', () => {
  it('ships exactly the files the packages give', { timeout: 300_000 }, async () => {
    const [built, files] = [buildLexiconFiles(), await shipped()];
    expect([...built.keys()].sort()).toEqual(LANGS.map(lexiconFile).sort());
    for (const lang of LANGS) {
      const path = lexiconFile(lang);
      expect(built.get(path) === files[lang], `${path} differs: run npm run lexicon`).toBe(true);
    }
  });

  it('decodes to the tables of the packages', { timeout: 300_000 }, async () => {
    const files = await shipped();
    const tables = loadTables();
    for (const lang of LANGS) {
      const decoded = decodeLexiconFile(files[lang]);
      expect(decoded.lang).toBe(lang);
      expect(decoded.ranks).toEqual(tables[lang].ranks);
      expect(decoded.forms.size).toBe(tables[lang].forms.size);
      // JSON per form: a deep equality over 330,000 entries is too slow for the test.
      const a = sortedForms(decoded).map((e) => JSON.stringify(e));
      const b = sortedForms(tables[lang]).map((e) => JSON.stringify(e));
      const differ = a.findIndex((x, i) => x !== b[i]);
      expect(differ, `first difference: ${a[differ]} vs ${b[differ]}`).toBe(-1);
    }
  });

  it('answers every lookup as the packages do', { timeout: 300_000 }, async () => {
    const files = await shipped();
    const fromFiles = dictionaryFromFiles(files);
    const fromPackages = makeDictionary(loadTables());
    const lexiconA = createLexicon(fromFiles);
    const lexiconB = loadLexicon();
    let lookups = 0;
    for (const { lang, line, others } of await corpusLines()) {
      const tokens = tokenize(line, lang);
      tokens.forEach((token, i) => {
        if (token.kind !== 'word') return;
        for (const otherSides of [[], others]) {
          const ctx: LookupContext = {
            lang,
            prev: tokens[i - 1],
            next: tokens[i + 1],
            sentenceStart: tokens.slice(0, i).every((t) => t.kind === 'punct'),
            otherSides,
          };
          expect(lexiconA.lookup(token, ctx), token.text).toEqual(lexiconB.lookup(token, ctx));
          lookups++;
        }
      });
    }
    expect(lookups).toBeGreaterThan(5000);
    for (const lang of LANGS) {
      const list = fromFiles.wordList(lang);
      expect(list).toEqual(fromPackages.wordList(lang));
      expect(fromFiles.vocabulary(lang)).toEqual(fromPackages.vocabulary(lang));
      for (const [word, rank] of loadTables()[lang].ranks) {
        if (fromFiles.rank(lang, word) !== rank)
          expect(fromFiles.rank(lang, word), word).toBe(rank);
      }
      // Every 13th known form, and its capitalised and lower-cased spellings (compounds,
      // sentence starts, old spellings): tens of thousands of analyses per language.
      for (let i = 0; i < list.length; i += 13) {
        const form = list[i]!;
        const upper = form.slice(0, 1).toUpperCase() + form.slice(1);
        for (const f of new Set([form, upper, form.toLowerCase()])) {
          const a = fromFiles.analyse(lang, f);
          const b = fromPackages.analyse(lang, f);
          if (JSON.stringify(a) !== JSON.stringify(b)) expect(a, f).toEqual(b);
        }
      }
    }
  });
});
