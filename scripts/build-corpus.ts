/**
 * npm run corpus: turns corpus/<article>/{de,it,en}.txt + meta.json into the
 * data the app ships in public/data. Deterministic: the same input gives the
 * same bytes, and build-corpus.test.ts checks the committed output against it.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignSentences } from '@/lib/corpus/align';
import { makeCards, type AnalyzedToken } from '@/lib/corpus/cards';
import { cleanText } from '@/lib/corpus/clean';
import { canonicalText, contentHash } from '@/lib/corpus/hash';
import type { Lexicon, WordInfo } from '@/lib/corpus/lexicon';
import {
  CORPUS_FORMAT,
  type Article,
  type ArticleMeta,
  type Card,
  type CorpusIndex,
  type CourseCards,
  type Unit,
} from '@/lib/corpus/model';
import { neighbourFinder } from '@/lib/corpus/neighbours';
import { isHeading, segmentDocument } from '@/lib/corpus/segment';
import { tokenize } from '@/lib/corpus/tokenize';
import { articleId, isLang, LANGS, type Lang, type UnitId } from '@/lib/corpus/types';
import { mergeAlignments } from '@/lib/corpus/units';
import { loadLexicon } from './lexicon/build-lexicon';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = 'public/data';

interface MetaFile extends Omit<ArticleMeta, 'id'> {
  readonly id: string;
  readonly languages: readonly Lang[];
  /** The language the others are aligned to. */
  readonly pivot: Lang;
}

interface Glossary {
  readonly entries: Readonly<Record<string, string>>;
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

function analyze(
  lexicon: Lexicon,
  text: string,
  lang: Lang,
  otherSides: string[],
): AnalyzedToken[] {
  const tokens = tokenize(text, lang);
  return tokens.map((token, i) => ({
    token,
    info: lexicon.lookup(token, {
      lang,
      prev: tokens[i - 1],
      next: tokens[i + 1],
      sentenceStart: tokens.slice(0, i).every((t) => t.kind === 'punct'),
      otherSides,
    }),
  }));
}

/** Builds every output file in memory: path (relative to the repo) → content. */
export async function buildCorpus(root: string = ROOT): Promise<Map<string, string>> {
  const lexicon = await loadLexicon();
  const glossary = JSON.parse(
    await readFile(join(root, 'corpus/glossary/de-en.json'), 'utf8'),
  ) as Glossary;

  const articles: { article: Article; analyzed: Map<string, AnalyzedToken[]> }[] = [];
  for (const folder of await readArticleFolders(root)) {
    const meta = JSON.parse(
      await readFile(join(root, 'corpus', folder, 'meta.json'), 'utf8'),
    ) as MetaFile;
    const langs = meta.languages.filter(isLang);
    const sentences = new Map<Lang, { text: string; line: number }[]>();
    for (const lang of langs) {
      const raw = await readFile(join(root, 'corpus', folder, `${lang}.txt`), 'utf8');
      sentences.set(lang, segmentDocument(cleanText(raw), lang));
    }
    const pivotSentences = sentences.get(meta.pivot)!;
    const others = langs.filter((l) => l !== meta.pivot);
    const pairs = others.map((lang) => {
      const alignment = alignSentences(
        pivotSentences.map((s) => s.text),
        sentences.get(lang)!.map((s) => s.text),
      );
      return { lang, alignment };
    });
    const merged = mergeAlignments(
      meta.pivot,
      pivotSentences.length,
      pairs.map(({ lang, alignment }) => ({ lang, count: sentences.get(lang)!.length, alignment })),
    );
    const id = articleId(meta.id);
    const seen = new Map<string, number>();
    const units: Unit[] = merged.map((m, index) => {
      const text = Object.fromEntries(
        langs.map((l) => [
          l,
          (m.sentences[l] ?? []).map((i) => sentences.get(l)![i]!.text).join(' '),
        ]),
      ) as Record<Lang, string>;
      const key = contentHash(langs.map((l) => canonicalText(text[l])).join('\u241f'));
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      const kind = langs.every((l) => !text[l] || isHeading(text[l])) ? 'heading' : 'sentence';
      return {
        id: `${id}:${key}${n ? `-${n}` : ''}` as UnitId,
        index,
        kind,
        text,
        score: Math.round(m.score * 1000) / 1000,
      };
    });
    const article: Article = {
      format: CORPUS_FORMAT,
      id,
      title: meta.title,
      outlet: meta.outlet,
      ...(meta.url ? { url: meta.url } : {}),
      ...(meta.date ? { date: meta.date } : {}),
      original: meta.original,
      madeForTriglot: meta.madeForTriglot,
      license: meta.license,
      attribution: meta.attribution,
      pairs: pairs.map(({ lang, alignment }) => ({
        a: meta.pivot,
        b: lang,
        parallel: alignment.parallel,
        score: Math.round(alignment.score * 1000) / 1000,
      })),
      units,
    };
    const analyzed = new Map<string, AnalyzedToken[]>();
    for (const u of units) {
      for (const l of langs) {
        const others = langs.filter((o) => o !== l).map((o) => u.text[o]);
        analyzed.set(`${u.id}|${l}`, analyze(lexicon, u.text[l], l, others));
      }
    }
    articles.push({ article, analyzed });
  }

  // Distractors come from every article's content words, the same article first.
  const pools = new Map<Lang, { text: string; info: WordInfo; articleId: string }[]>();
  for (const lang of LANGS) pools.set(lang, []);
  // One entry per distinct word of an article: a repeated word adds nothing as a distractor.
  const pooled = new Set<string>();
  for (const { article, analyzed } of articles) {
    for (const [key, tokens] of analyzed) {
      const lang = key.slice(key.lastIndexOf('|') + 1) as Lang;
      for (const { token, info } of tokens) {
        const key = `${article.id}|${token.text}|${info.lemma}|${info.pos}`;
        if (token.kind === 'word' && !pooled.has(key)) {
          pooled.add(key);
          pools.get(lang)!.push({ text: token.text, info, articleId: article.id });
        }
      }
    }
  }
  const neighbours = neighbourFinder(
    (lang) => [...lexicon.wordList(lang), ...pools.get(lang)!.map((p) => p.text)],
    (lang, lemma) =>
      pools
        .get(lang)!
        .filter((p) => p.info.lemma === lemma)
        .map((p) => p.text),
  );

  const cardsByLang = new Map<Lang, Card[]>(LANGS.map((l) => [l, []]));
  for (const { article, analyzed } of articles) {
    const langs = LANGS.filter((l) => article.units.some((u) => u.text[l]));
    const cards = makeCards(
      article.id,
      article.units,
      (unit, lang) => analyzed.get(`${unit.id}|${lang}`) ?? [],
      langs,
      {
        pool: (lang) => pools.get(lang)!,
        fallback: (lang) => lexicon.vocabulary(lang),
        gloss: (lang, lemma) => (lang === 'de' ? glossary.entries[lemma.toLowerCase()] : undefined),
        neighbours,
      },
    );
    for (const card of cards) cardsByLang.get(card.lang)!.push(card);
  }

  const out = new Map<string, string>();
  for (const { article } of articles)
    out.set(`${OUT_DIR}/articles/${article.id}.json`, json(article));
  for (const lang of LANGS) {
    const cards = cardsByLang.get(lang)!;
    const file: CourseCards = { format: CORPUS_FORMAT, lang, cards };
    out.set(`${OUT_DIR}/cards/${lang}.json`, json(file));
  }
  const index: CorpusIndex = {
    format: CORPUS_FORMAT,
    articles: articles.map(({ article }) => {
      const { units, format: _format, ...meta } = article;
      return { ...meta, units: units.length };
    }),
    courses: LANGS.map((lang) => {
      const cards = cardsByLang.get(lang)!;
      return {
        lang,
        sentences: new Set(cards.map((c) => c.sibling)).size,
        cards: cards.length,
        byKind: {
          cloze: cards.filter((c) => c.kind === 'cloze').length,
          understand: cards.filter((c) => c.kind === 'understand').length,
          produce: cards.filter((c) => c.kind === 'produce').length,
        },
      };
    }),
  };
  out.set(`${OUT_DIR}/index.json`, json(index));
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
  }
  for (const c of index.courses) {
    console.log(
      `${c.lang}: ${c.sentences} sentences, ${c.cards} cards (${JSON.stringify(c.byKind)})`,
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
