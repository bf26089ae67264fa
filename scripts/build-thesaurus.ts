/**
 * npm run thesaurus: Debian's LibreOffice thesauri (mythes-de, mythes-it, mythes-en-us) →
 * public/lexicon/<lang>.thes, restricted to the words the committed lexicon files' frequency
 * ranks and the corpus know, so the files stay small. Deterministic: build-thesaurus.test.ts checks the
 * committed files against a fresh build.
 */
import { readdir, readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decodeLexiconFile } from '@/lib/corpus/lexicon-file';
import {
  decodeThesaurus,
  encodeThesaurus,
  readMythes,
  restrictThesaurus,
  thesaurusFilePath,
  type ThesaurusMeta,
} from '@/lib/corpus/thesaurus';
import { LANGS, type Lang } from '@/lib/corpus/types';
import { lexiconFile } from './lexicon/lexicon-files';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const MYTHES_DIR = '/usr/share/mythes';
export const MYTHES_FILES: Readonly<Record<Lang, string>> = {
  de: `${MYTHES_DIR}/th_de_DE_v2.dat`,
  it: `${MYTHES_DIR}/th_it_IT_v2.dat`,
  en: `${MYTHES_DIR}/th_en_US_v2.dat`,
};

/** Licence and attribution, from /usr/share/doc/mythes-{de,it,en-us}/copyright. */
export const THESAURUS_META: Readonly<Record<Lang, Omit<ThesaurusMeta, 'lang'>>> = {
  de: {
    source:
      'OpenThesaurus (Debian mythes-de 20160424-4), restricted to ranked words and the corpus',
    license: 'LGPL-2.1+: Copyright (C) 2006 Daniel Naber and the users of www.openthesaurus.de',
    url: 'https://www.openthesaurus.de/',
  },
  it: {
    source:
      'Thesaurus italiano 2.07 (Debian mythes-it 1:7.5.0-1), restricted to ranked words and the corpus',
    license:
      'GPL-3.0+: Copyright (C) 2004-2008 Daniela Volta, 2008 Giovanni Zuliani, ' +
      '2006-2008 Davide Prina; 2020-2022 LibreItalia',
    url: 'https://github.com/LibreOffice/dictionaries/tree/master/it_IT',
  },
  en: {
    source:
      'WordNet-based th_en_US_v2 (Debian mythes-en-us 1:7.5.0-1), restricted to the ' +
      'frequency list and the corpus words',
    license:
      'permissive (Debian copyright "custom0", Kevin Atkinson 2000-2018: use, copy, modify, ' +
      'distribute with the notice); data from Princeton WordNet (WordNet licence, BSD-like)',
    url: 'https://github.com/LibreOffice/dictionaries/tree/master/en',
  },
};

const key = (w: string) => w.toLocaleLowerCase('und');

/** The words of the shipped corpus texts per language, lower-cased. */
async function corpusWords(root: string): Promise<Record<Lang, Set<string>>> {
  const out = Object.fromEntries(LANGS.map((l) => [l, new Set<string>()])) as Record<
    Lang,
    Set<string>
  >;
  const folders = await readdir(join(root, 'corpus'), { withFileTypes: true });
  for (const f of folders
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const lang of LANGS) {
      const text = await readFile(join(root, 'corpus', f, `${lang}.txt`), 'utf8').catch(() => '');
      for (const w of text.match(/\p{L}+/gu) ?? []) out[lang].add(key(w));
    }
  }
  return out;
}

/**
 * What counts as known: a word a frequency list ranks (a word the app can offer or check) or
 * a word of the corpus. Lexicon lemmas without a rank are left out: they are rare words, and
 * adverbs (veramente, äußerst) are not lexicon lemmas at all.
 */
async function knownWords(root: string): Promise<Record<Lang, (w: string) => boolean>> {
  const corpus = await corpusWords(root);
  const out = {} as Record<Lang, (w: string) => boolean>;
  for (const lang of LANGS) {
    const tables = decodeLexiconFile(await readFile(join(root, lexiconFile(lang)), 'utf8'));
    const ranked = new Set(tables.ranks.map(([w]) => key(w)));
    const words = corpus[lang];
    out[lang] = (w) => ranked.has(key(w)) || words.has(key(w));
  }
  return out;
}

export const thesaurusFile = (lang: Lang) => `public/${thesaurusFilePath(lang)}`;

/** Every file in memory: path (relative to the repository) → content. */
export async function buildThesaurusFiles(root: string = ROOT): Promise<Map<string, string>> {
  const known = await knownWords(root);
  const out = new Map<string, string>();
  for (const lang of LANGS) {
    const entries = readMythes(await readFile(MYTHES_FILES[lang], 'utf8'));
    const data = restrictThesaurus(entries, known[lang], { lang, ...THESAURUS_META[lang] });
    out.set(thesaurusFile(lang), encodeThesaurus(data));
  }
  return out;
}

async function main() {
  const started = performance.now();
  const files = await buildThesaurusFiles();
  for (const [path, content] of files) {
    await mkdir(dirname(join(ROOT, path)), { recursive: true });
    await writeFile(join(ROOT, path), content);
    const decodeStarted = performance.now();
    const data = decodeThesaurus(content);
    const ms = (performance.now() - decodeStarted).toFixed(0);
    console.log(
      `${path}: ${data.heads.size} words, ${data.senses.length} senses, ` +
        `${Buffer.byteLength(content)} bytes (${gzipSync(content, { level: 9 }).length} gzip -9), ` +
        `decoded in ${ms} ms`,
    );
  }
  console.log(`built in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
