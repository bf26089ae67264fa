/**
 * The whole corpus pipeline as pure functions: texts in, an article and its
 * cards out. `npm run corpus` (Node) and the import Worker (browser) both call
 * `buildArticle`, so an article added in the browser gets exactly the cards the
 * build would give it.
 */
import type { Knows } from './agreement';
import { alignSentences, type Alignment } from './align';
import { makeCards, type AnalyzedToken, type CardSources } from './cards';
import { fragmentReason, mendQuotes, type FragmentReason } from './fragments';
import { cleanTexts, type CleanedTexts } from './furniture';
import { canonicalText, contentHash } from './hash';
import { certaintyCounts, type CertaintyCounts, type Lexicon, type WordInfo } from './lexicon';
import {
  cardContent,
  CORPUS_FORMAT,
  type Article,
  type ArticleBundle,
  type ArticleMeta,
  type ArticleWord,
  type Card,
  type PairScore,
  type Unit,
} from './model';
import { neighbourFinder } from './neighbours';
import type { LeftOut, Repaired } from './left-out';
import { isHeading, segmentDocument, splitSentences } from './segment';
import { tokenize } from './tokenize';
import { LANGS, type ArticleId, type Lang, type UnitId } from './types';
import { mergeAlignments } from './units';
import type { Thesauri } from './thesaurus';
import { alignmentCounts, type AlignmentCounts, type ClozeJudgement } from './word-align';

/** One sentence's tokens with their readings in context: the only place lookups happen. */
export function analyzeSentence(
  lexicon: Lexicon,
  text: string,
  lang: Lang,
  otherSides: readonly string[],
): AnalyzedToken[] {
  const tokens = tokenize(text, lang);
  const tags = lexicon.tag?.(lang, text, tokens);
  let start = true;
  return tokens.map((token, i) => {
    const tag = tags?.[i];
    const info = lexicon.lookup(token, {
      lang,
      prev: tokens[i - 1],
      next: tokens[i + 1],
      sentenceStart: start,
      otherSides,
      tokens,
      index: i,
      ...(tag ? { tag } : {}),
    });
    start &&= token.kind === 'punct';
    return { token, info };
  });
}

/** A content word of an article, as a candidate distractor and a known spelling. */
export interface LibraryWord {
  readonly text: string;
  readonly info: WordInfo;
  readonly articleId: string;
  readonly lang: Lang;
}

export interface ArticleSource {
  readonly id: ArticleId;
  readonly meta: Omit<ArticleMeta, 'id'>;
  readonly texts: Readonly<Partial<Record<Lang, string>>>;
  /** The language the others are aligned to; the first present language by default. */
  readonly pivot?: Lang;
}

export interface AnalyzedArticle {
  readonly article: Article;
  readonly langs: readonly Lang[];
  /** `unitId|lang` → tokens with readings. */
  readonly analyzed: ReadonlyMap<string, readonly AnalyzedToken[]>;
  /** One entry per distinct word of the article, in text order. */
  readonly words: readonly LibraryWord[];
  /** Furniture lines and unit texts that give no cards, with the reason (`leftOutCounts`). */
  readonly leftOut: readonly LeftOut[];
  /** Lines repaired instead: quotations joined or trimmed, agency datelines cut. */
  readonly repaired: readonly Repaired[];
}

export type PipelineStage = 'segment' | 'align' | 'analyze' | 'cards';
export type Progress = (stage: PipelineStage, done: number, total: number) => void;

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The pairwise verdicts of an article's texts against its pivot, without the rest of the work. */
export function judgeTexts(
  texts: Readonly<Partial<Record<Lang, string>>>,
  pivot?: Lang,
): {
  pivot: Lang;
  pairs: { lang: Lang; alignment: Alignment }[];
  sentences: Map<Lang, string[]>;
  cleaned: CleanedTexts;
  repaired: Repaired[];
} {
  const langs = LANGS.filter((l) => (texts[l] ?? '').trim() !== '');
  if (langs.length === 0) throw new RangeError('an article needs at least one text');
  const p = pivot && langs.includes(pivot) ? pivot : langs[0]!;
  // Furniture is dropped across the texts together (line-aligned texts drop the same lines).
  const cleaned = cleanTexts(Object.fromEntries(langs.map((l) => [l, texts[l]!])));
  const repaired: Repaired[] = cleaned.cut.map(({ lang, line }) => ({
    lang,
    line,
    repair: 'furniture:agency-prefix',
  }));
  const segmented = new Map(
    langs.map((l) => {
      const text = cleaned.texts[l]!;
      const mended = mendQuotes(segmentDocument(text, l), text.split('\n'));
      for (const s of mended)
        for (const repair of s.repairs ?? []) repaired.push({ lang: l, line: s.line, repair });
      return [l, mended];
    }),
  );
  const sentences = new Map<Lang, string[]>();
  for (const [l, seg] of segmented)
    sentences.set(
      l,
      seg.map((s) => s.text),
    );
  // Paragraphs (lines) let the verdict read a free translation by its paragraphs; the
  // sentence beads do not depend on them.
  const lines = (l: Lang) => segmented.get(l)!.map((s) => s.line);
  const pairs = langs
    .filter((l) => l !== p)
    .map((lang) => ({
      lang,
      alignment: alignSentences(sentences.get(p)!, sentences.get(lang)!, {
        paragraphs: { a: lines(p), b: lines(lang) },
      }),
    }));
  return { pivot: p, pairs, sentences, cleaned, repaired };
}

/** Segment, align against the pivot, merge into units and read every word in context. */
export function analyzeArticle(
  source: ArticleSource,
  lexicon: Lexicon,
  progress: Progress = () => {},
): AnalyzedArticle {
  progress('segment', 0, 1);
  const { pivot, pairs, sentences, cleaned, repaired } = judgeTexts(source.texts, source.pivot);
  // Pivot first: unit ids hash the texts in this order.
  const langs = [pivot, ...pairs.map((p) => p.lang)];
  progress('align', 1, 1);
  const merged = mergeAlignments(
    pivot,
    sentences.get(pivot)!.length,
    pairs.map(({ lang, alignment }) => ({ lang, count: sentences.get(lang)!.length, alignment })),
  );
  const id = source.id;
  const seen = new Map<string, number>();
  const drafts: Unit[] = merged.map((m, index) => {
    const text = Object.fromEntries(
      langs.map((l) => [l, (m.sentences[l] ?? []).map((i) => sentences.get(l)![i]!).join(' ')]),
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
      score: round3(m.score),
    };
  });
  const pairScores: PairScore[] = pairs.map(({ lang, alignment }) => ({
    a: pivot,
    b: lang,
    parallel: alignment.parallel,
    score: round3(alignment.score),
  }));

  const analyzed = new Map<string, AnalyzedToken[]>();
  const words: LibraryWord[] = [];
  const pooled = new Set<string>();
  const leftOut: LeftOut[] = cleaned.dropped
    .filter((d) => d.rule !== 'no-letters')
    .map((d) => ({
      lang: d.lang,
      reason: `furniture:${d.rule}` as const,
      text: d.text,
      line: d.line,
      tokens: splitSentences(d.text, d.lang).map((s) => analyzeSentence(lexicon, s, d.lang, [])),
    }));
  const units: Unit[] = drafts.map((u, i) => {
    const fragments: Partial<Record<Lang, FragmentReason>> = {};
    for (const l of langs) {
      const others = langs.filter((o) => o !== l).map((o) => u.text[o] ?? '');
      const tokens = analyzeSentence(lexicon, u.text[l] ?? '', l, others);
      analyzed.set(`${u.id}|${l}`, tokens);
      for (const { token, info } of tokens) {
        const key = `${l}|${token.text}|${info.lemma}|${info.pos}`;
        // Only a sure reading joins the pool: a guessed class (semplici as a noun after su,
        // direttore as an adjective) would offer a word of another part of speech.
        const sure = info.certainty === undefined || info.certainty === 'sure';
        if (token.kind === 'word' && sure && !pooled.has(key)) {
          pooled.add(key);
          words.push({ text: token.text, info, articleId: id, lang: l });
        }
      }
      const text = u.text[l];
      const reason = text ? fragmentReason(text, tokens, l) : null;
      if (text && reason) {
        fragments[l] = reason;
        leftOut.push({ lang: l, reason, text, unit: u.id, tokens: [tokens] });
      }
    }
    progress('analyze', i + 1, drafts.length);
    return Object.keys(fragments).length > 0 ? { ...u, leftOut: fragments } : u;
  });
  const article: Article = { format: CORPUS_FORMAT, id, ...source.meta, pairs: pairScores, units };
  return { article, langs, analyzed, words, leftOut, repaired };
}

/** Every content-word token of an article by language and certainty (the quality report). */
export function factCounts(a: AnalyzedArticle): Record<Lang, CertaintyCounts> {
  return certaintyCounts(
    [...a.analyzed].flatMap(([key, tokens]) => {
      const lang = key.slice(key.lastIndexOf('|') + 1) as Lang;
      return tokens.filter((t) => t.token.kind === 'word').map(({ info }) => ({ lang, info }));
    }),
  );
}

export interface CardResources {
  readonly lexicon: Lexicon;
  readonly gloss: (lang: Lang, lemma: string) => string | undefined;
  /**
   * Every article's words, this one's included, in library order: distractors
   * come from the same article first, then the rest of the learner's library.
   */
  readonly library: readonly LibraryWord[];
  /** The thesauri (public/lexicon/<lang>.thes), where loaded: synonyms and plausible options. */
  readonly thesauri?: Thesauri;
}

/** Grouping the library once per array keeps a batch build linear. */
const byLangCache = new WeakMap<readonly LibraryWord[], Map<Lang, LibraryWord[]>>();
function libraryByLang(library: readonly LibraryWord[]): Map<Lang, LibraryWord[]> {
  let grouped = byLangCache.get(library);
  if (!grouped) {
    grouped = new Map(LANGS.map((l) => [l, []]));
    for (const w of library) grouped.get(w.lang)!.push(w);
    byLangCache.set(library, grouped);
  }
  return grouped;
}

const knowsCache = new WeakMap<Lexicon, (lang: Lang) => Knows>();
/** A bare form read out of context (a capitalised German form as a noun), remembered per lexicon. */
function knowsOf(lexicon: Lexicon): (lang: Lang) => Knows {
  let out = knowsCache.get(lexicon);
  if (!out) {
    const byLang = new Map<Lang, Knows>();
    out = (lang) => {
      let k = byLang.get(lang);
      if (!k) {
        const memo = new Map<string, WordInfo | undefined>();
        k = (form) => {
          if (memo.has(form)) return memo.get(form);
          const [token] = tokenize(form, lang);
          const info =
            token && token.text === form
              ? lexicon.lookup(token, { lang, sentenceStart: false, otherSides: [] })
              : undefined;
          const known = info && info.pos !== 'propn' && info.pos !== 'other' ? info : undefined;
          memo.set(form, known);
          return known;
        };
        byLang.set(lang, k);
      }
      return k;
    };
    knowsCache.set(lexicon, out);
  }
  return out;
}

const finderCache = new WeakMap<readonly LibraryWord[], ReturnType<typeof neighbourFinder>>();

/** What the card maker draws distractors, glosses and neighbours from (shared with the report). */
export function cardSources(res: CardResources): CardSources {
  const pools = libraryByLang(res.library);
  let neighbours = finderCache.get(res.library);
  if (!neighbours) {
    neighbours = neighbourFinder(
      (lang) => [...res.lexicon.wordList(lang), ...pools.get(lang)!.map((p) => p.text)],
      (lang, lemma) =>
        pools
          .get(lang)!
          .filter((p) => p.info.lemma === lemma)
          .map((p) => p.text),
    );
    finderCache.set(res.library, neighbours);
  }
  return {
    pool: (lang) => pools.get(lang)!,
    fallback: (lang) => res.lexicon.vocabulary(lang),
    gloss: res.gloss,
    neighbours,
    knows: knowsOf(res.lexicon),
    ...(res.thesauri ? { thesaurus: (lang: Lang) => res.thesauri?.[lang] } : {}),
  };
}

/** Cloze and translation cards of an analysed article; `judged` hears every cloze's word alignment. */
export function articleCards(
  a: AnalyzedArticle,
  res: CardResources,
  judged?: (lang: Lang, judgement: ClozeJudgement) => void,
): Card[] {
  return articleCardsHeard(a, res, judged ? { judged } : {});
}

/** The card maker's listeners: what the quality report hears while the cards are made. */
export type CardListeners = Pick<CardSources, 'judged' | 'onDistractors'>;

/** `articleCards`, telling `listeners` of every word alignment and distractor choice. */
export function articleCardsHeard(
  a: AnalyzedArticle,
  res: CardResources,
  listeners: CardListeners,
): Card[] {
  return makeCards(
    a.article.id,
    a.article.units,
    (unit, lang) => a.analyzed.get(`${unit.id}|${lang}`) ?? [],
    a.langs,
    { ...cardSources(res), ...listeners },
  );
}

/** The word-alignment counts of an analysed article per course, for the quality report. */
export function alignmentReport(
  a: AnalyzedArticle,
  res: CardResources,
): Partial<Record<Lang, AlignmentCounts>> {
  const judged: { lang: Lang; judgement: ClozeJudgement }[] = [];
  articleCards(a, res, (lang, judgement) => judged.push({ lang, judgement }));
  return alignmentCounts(judged);
}

/**
 * Texts in, the article's bundle (what storage keeps) and its cards out: the
 * browser's import and the equivalence test call this. `library` is the other
 * articles' words, in library order; when it already holds this article's (the
 * corpus build's library, or a re-add), it is used as it is.
 */
export function buildArticle(
  source: ArticleSource,
  res: Omit<CardResources, 'library'> & { readonly library?: readonly LibraryWord[] },
  progress: Progress = () => {},
): { bundle: ArticleBundle; cards: Card[] } {
  const analyzed = analyzeArticle(source, res.lexicon, progress);
  progress('cards', 0, 1);
  const library = res.library ?? [];
  const own = library.some((w) => w.articleId === source.id);
  const cards = articleCards(analyzed, {
    ...res,
    library: own ? library : [...library, ...analyzed.words],
  });
  progress('cards', 1, 1);
  return { bundle: bundleOf(analyzed, source.texts, cards), cards };
}

/** What storage keeps of an analysed article and its cards. */
export function bundleOf(
  analyzed: AnalyzedArticle,
  texts: ArticleSource['texts'],
  cards: readonly Card[],
): ArticleBundle {
  return {
    format: CORPUS_FORMAT,
    article: analyzed.article,
    texts,
    cards: cards.map(cardContent),
    words: articleWords(analyzed.words),
  };
}

/** The flat, storable form of an article's words. */
export function articleWords(words: readonly LibraryWord[]): ArticleWord[] {
  return words.map(({ text, lang, info }) => ({
    text,
    lang,
    lemma: info.lemma,
    pos: info.pos,
    ...(info.gender ? { gender: info.gender } : {}),
    ...(info.number ? { number: info.number } : {}),
    ...(info.rank !== undefined ? { rank: info.rank } : {}),
  }));
}

/** Stored words back into distractor candidates of their article. */
export function libraryWords(articleId: string, words: readonly ArticleWord[]): LibraryWord[] {
  return words.map(({ text, lang, lemma, pos, gender, number, rank }) => ({
    text,
    lang,
    articleId,
    info: {
      lemma,
      pos,
      ...(gender ? { gender } : {}),
      ...(number ? { number } : {}),
      ...(rank !== undefined ? { rank } : {}),
    },
  }));
}

// Kept apart so that the database's import of them does not put the pipeline in every page.
export { courseSummaries, sumCourses } from './summary';
