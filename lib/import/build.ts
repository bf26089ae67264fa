/**
 * What the import Worker does with texts, as plain functions (no Worker, no
 * database), so unit tests run it with the fixture lexicon.
 */
import type { Thesauri } from '@/lib/corpus/thesaurus';
import { cleanText } from '@/lib/corpus/clean';
import type { Lexicon } from '@/lib/corpus/lexicon';
import type { ArticleBundle, Card } from '@/lib/corpus/model';
import {
  buildArticle,
  courseSummaries,
  type ArticleSource,
  type LibraryWord,
  type Progress,
} from '@/lib/corpus/pipeline';
import { segmentDocument } from '@/lib/corpus/segment';
import { LANGS, type Lang } from '@/lib/corpus/types';
import {
  ImportError,
  MAX_SENTENCES,
  MAX_TEXTS,
  checkText,
  defaultTitle,
  learnerArticleId,
} from './input';
import type { ImportInput, ImportPreview } from './protocol';

export interface ImportResources {
  readonly lexicon: Lexicon;
  readonly gloss: (lang: Lang, lemma: string) => string | undefined;
  /** The thesauri, as `npm run corpus` reads them: synonyms and plausible options. */
  readonly thesauri?: Thesauri;
}

/** The form's input as a pipeline source; throws an ImportError on bad input. */
export function importSource(input: ImportInput): ArticleSource {
  if (input.texts.length === 0) throw new ImportError('EMPTY', 'no texts');
  if (input.texts.length > MAX_TEXTS) {
    throw new ImportError('INTERNAL', `${input.texts.length} texts`, { limit: MAX_TEXTS });
  }
  const texts: Partial<Record<Lang, string>> = {};
  input.texts.forEach(({ lang, text, field }, index) => {
    const i = field ?? index + 1;
    if (!LANGS.includes(lang)) {
      throw new ImportError('UNSUPPORTED_LANGUAGE', `text ${i}: ${String(lang)}`, { text: i });
    }
    if (texts[lang] !== undefined) {
      throw new ImportError('SAME_LANGUAGE', `two texts in ${lang}`, { text: i });
    }
    checkText(text, i);
    const sentences = segmentDocument(cleanText(text), lang).length;
    if (sentences === 0) throw new ImportError('NO_SENTENCES', `text ${i}`, { text: i });
    if (sentences > MAX_SENTENCES) {
      throw new ImportError('TOO_MANY_SENTENCES', `text ${i}: ${sentences} sentences`, {
        text: i,
        limit: MAX_SENTENCES,
        actual: sentences,
      });
    }
    texts[lang] = text;
  });
  const title = input.title.trim() || defaultTitle(input.texts[0]!.text);
  const url = input.url?.trim();
  return {
    id: learnerArticleId(title),
    meta: {
      title: { de: title, it: title, en: title },
      outlet: input.source.trim(),
      ...(url ? { url } : {}),
      original: null,
      madeForTriglot: [],
      license: input.license.trim(),
      attribution: '',
    },
    texts,
    pivot: input.texts[0]!.lang,
  };
}

/**
 * Texts in, bundle out, as `npm run corpus` builds it: the article's own words
 * come first among distractors, then `library` (the other articles' words).
 * When `library` already holds this article's words (the corpus build passes
 * every article's), it is used as it is.
 */
export function buildBundle(
  source: ArticleSource,
  res: ImportResources,
  library: readonly LibraryWord[],
  progress: Progress = () => {},
): { bundle: ArticleBundle; cards: Card[] } {
  return buildArticle(source, { ...res, library }, progress);
}

/** What the page shows before anything is saved. */
export function previewOf(
  bundle: ArticleBundle,
  extra: Pick<ImportPreview, 'duplicateOf' | 'replaces' | 'timings'>,
): ImportPreview {
  const { article } = bundle;
  const langs = article.pairs.length
    ? [article.pairs[0]!.a, ...article.pairs.map((p) => p.b)]
    : LANGS.filter((l) => bundle.texts[l] !== undefined);
  return {
    id: article.id,
    title: article.title.en,
    langs,
    pairs: article.pairs,
    units: article.units.map((u) => ({
      index: u.index,
      kind: u.kind,
      score: u.score,
      text: Object.fromEntries(langs.map((l) => [l, u.text[l] ?? ''])),
    })),
    courses: courseSummaries(bundle.cards),
    ...extra,
  };
}
