/**
 * npm run corpus: turns corpus/<article>/{de,it,en}.txt + meta.json into the
 * data the app ships in public/data. Deterministic: the same input gives the
 * same bytes, and build-corpus.test.ts checks the committed output against it.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CORPUS_FORMAT,
  type ArticleMeta,
  type CorpusIndex,
  type ShippedArticle,
} from '@/lib/corpus/model';
import {
  analyzeArticle,
  articleCards,
  bundleOf,
  courseSummaries,
  type ArticleSource,
} from '@/lib/corpus/pipeline';
import { decodeGlossary } from '@/lib/corpus/glossary-file';
import { contentHash } from '@/lib/corpus/hash';
import { GLOSSARY_PATHS, glossLookup } from '@/lib/import/resources';
import {
  createThesaurus,
  decodeThesaurus,
  thesaurusFilePath,
  type Thesauri,
} from '@/lib/corpus/thesaurus';
import { articleQuality, qualityReport, type ArticleQuality } from '@/lib/corpus/quality';
import { articleId, isLang, LANGS, type Lang } from '@/lib/corpus/types';
import { loadLexiconFiles } from './lexicon/lexicon-files';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = 'public/data';
/** Counts of what the pipeline left out and checked, committed so a regression shows in review. */
export const QUALITY_REPORT = 'corpus/QUALITY.md';

interface MetaFile extends Omit<ArticleMeta, 'id'> {
  readonly id: string;
  readonly languages: readonly Lang[];
  /** The language the others are aligned to. */
  readonly pivot: Lang;
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 1) + '\n';
}

async function readArticleFolders(root: string): Promise<string[]> {
  const entries = await readdir(join(root, 'corpus'), { withFileTypes: true });
  const folders: string[] = [];
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    const has = await readFile(join(root, 'corpus', e.name, 'meta.json'), 'utf8').then(
      () => true,
      () => false,
    );
    if (has) folders.push(e.name);
  }
  return folders.sort();
}

/**
 * The lexicon, glossaries and thesauri from public/, exactly as the browser's import
 * Worker gets them (lib/import/resources.ts), so an article gets the cards npm run corpus gives.
 */
export async function loadCorpusResources(root: string = ROOT) {
  // The committed public/lexicon files, as the browser gets them (npm run lexicon).
  const lexicon = await loadLexiconFiles(root);
  // The same glossary files the browser's import Worker reads (lib/import/resources.ts), not
  // corpus/glossary/de-en.json: that one holds the answers' lemmas only, while word
  // alignment and the synonym checks also look up the hint's words, and a learner's
  // article must get exactly the cards npm run corpus gives.
  const gloss = glossLookup(
    Object.fromEntries(
      await Promise.all(
        Object.entries(GLOSSARY_PATHS).map(async ([lang, path]) => [
          lang,
          decodeGlossary(await readFile(join(root, 'public', path), 'utf8')).entries,
        ]),
      ),
    ) as Partial<Record<Lang, ReadonlyMap<string, string>>>,
  );
  // The thesauri the Worker fetches too (npm run thesaurus): synonyms and plausible options.
  const thesauri = Object.fromEntries(
    await Promise.all(
      LANGS.map(async (lang) => [
        lang,
        createThesaurus(
          decodeThesaurus(await readFile(join(root, 'public', thesaurusFilePath(lang)), 'utf8')),
        ),
      ]),
    ),
  ) as Thesauri;

  return { lexicon, gloss, thesauri };
}

/** Builds every output file in memory: path (relative to the repo) → content. */
export async function buildCorpus(root: string = ROOT): Promise<Map<string, string>> {
  const { lexicon, gloss, thesauri } = await loadCorpusResources(root);

  const sources: ArticleSource[] = [];
  for (const folder of await readArticleFolders(root)) {
    const meta = JSON.parse(
      await readFile(join(root, 'corpus', folder, 'meta.json'), 'utf8'),
    ) as MetaFile;
    const texts: Partial<Record<Lang, string>> = {};
    for (const lang of meta.languages.filter(isLang)) {
      texts[lang] = await readFile(join(root, 'corpus', folder, `${lang}.txt`), 'utf8');
    }
    const { id, languages: _languages, pivot, ...rest } = meta;
    sources.push({ id: articleId(id), meta: rest, texts, pivot });
  }
  const analyzed = sources.map((source) => analyzeArticle(source, lexicon));
  // Each article draws distractors from itself first, then from the rest of the
  // library: for the shipped articles, each other.
  const library = analyzed.flatMap((a) => a.words);

  const out = new Map<string, string>();
  const index: ShippedArticle[] = [];
  const quality: ArticleQuality[] = [];
  analyzed.forEach((a, i) => {
    const cards = articleCards(a, { lexicon, gloss, library, thesauri });
    quality.push(articleQuality(a, { lexicon, gloss, library, thesauri }));
    const bundle = bundleOf(a, sources[i]!.texts, cards);
    const file = json(bundle);
    out.set(`${OUT_DIR}/articles/${a.article.id}.json`, file);
    const { units, format: _format, ...meta } = a.article;
    index.push({
      ...meta,
      units: units.length,
      version: contentHash(file),
      courses: courseSummaries(cards),
    });
  });
  const corpusIndex: CorpusIndex = { format: CORPUS_FORMAT, articles: index };
  out.set(`${OUT_DIR}/index.json`, json(corpusIndex));
  out.set(QUALITY_REPORT, qualityReport(quality));
  return out;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await listFiles(path)));
    else files.push(path);
  }
  return files;
}

/** The files under public/data right now, in the same shape as buildCorpus's result. */
export async function readShipped(root: string = ROOT): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of (await listFiles(join(root, OUT_DIR))).sort()) {
    out.set(relative(root, file), await readFile(file, 'utf8'));
  }
  const report = await readFile(join(root, QUALITY_REPORT), 'utf8').catch(() => undefined);
  if (report !== undefined) out.set(QUALITY_REPORT, report);
  return out;
}

async function main() {
  const started = performance.now();
  const files = await buildCorpus();
  await rm(join(ROOT, OUT_DIR), { recursive: true, force: true });
  for (const [path, content] of files) {
    await mkdir(dirname(join(ROOT, path)), { recursive: true });
    await writeFile(join(ROOT, path), content);
  }
  const index = JSON.parse(files.get(`${OUT_DIR}/index.json`)!) as CorpusIndex;
  for (const a of index.articles) {
    const pairs = a.pairs.map(
      (p) => `${p.a}–${p.b} ${p.parallel ? 'parallel' : 'NOT parallel'} ${p.score}`,
    );
    console.log(`${a.id}: ${a.units} units; ${pairs.join('; ')}`);
    for (const c of a.courses) {
      console.log(
        `  ${c.lang}: ${c.sentences} sentences, ${c.cards} cards (${JSON.stringify(c.byKind)})`,
      );
    }
  }
  console.log(`wrote ${files.size} files in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
