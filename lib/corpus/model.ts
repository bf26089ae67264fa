import type { ArticleId, CardId, Lang, UnitId } from './types';
import type { FragmentReason } from './fragments';
import type { Pos } from './lexicon';

/**
 * The shape of what `npm run corpus` writes to public/data and the app reads.
 * Bump CORPUS_FORMAT when a field changes meaning, so a stale cache is detectable.
 */
export const CORPUS_FORMAT = 2;

export interface ArticleMeta {
  readonly id: ArticleId;
  readonly title: Readonly<Record<Lang, string>>;
  readonly outlet: string;
  readonly url?: string;
  readonly date?: string;
  /** The language the article was written in, or null when that text is not in the corpus. */
  readonly original: Lang | null;
  /** Texts translated for Triglot (the others are as published). */
  readonly madeForTriglot: readonly Lang[];
  readonly license: string;
  readonly attribution: string;
}

export interface PairScore {
  readonly a: Lang;
  readonly b: Lang;
  readonly parallel: boolean;
  readonly score: number;
}

export type UnitKind = 'sentence' | 'heading';

/** One aligned unit: the same content in each language (one or more sentences per side). */
export interface Unit {
  readonly id: UnitId;
  readonly index: number;
  readonly kind: UnitKind;
  readonly text: Readonly<Partial<Record<Lang, string>>>;
  /** The weakest bead score among the pairs that formed this unit, 0..1. */
  readonly score: number;
  /** Languages whose text here is not a sentence to study (fragments.ts): no cards in them. */
  readonly leftOut?: Readonly<Partial<Record<Lang, FragmentReason>>>;
}

/** A text of the unit that can hint another language's card: a cut-off translation cannot. */
export function isHint(unit: Pick<Unit, 'text' | 'leftOut'>, lang: Lang): boolean {
  return !!unit.text[lang] && unit.leftOut?.[lang] !== 'fragment:cut-off';
}

export interface Article extends ArticleMeta {
  readonly format: typeof CORPUS_FORMAT;
  readonly pairs: readonly PairScore[];
  readonly units: readonly Unit[];
}

export type CardKind = 'cloze' | 'understand' | 'produce';

export interface Cloze {
  /** Offsets of the blank in the target sentence, which is shown as written. */
  readonly start: number;
  readonly end: number;
  readonly answer: string;
  readonly lemma: string;
  readonly pos: Pos;
  readonly gender?: 'm' | 'f' | 'n';
  readonly number?: 'sg' | 'pl';
  readonly rank?: number;
  readonly gloss?: string;
  /** The answer and three distractors, in a fixed order; the UI shuffles. */
  readonly options: readonly string[];
  /** Other real words close to the answer: typing one is wrong, not a typo. */
  readonly neighbours: readonly string[];
  /**
   * Per hint language, the character spans (in the unit's text of that language) of the words
   * that translate the answer (lib/corpus/word-align.ts); absent where no alignment is sure.
   */
  readonly hintSpans?: Partial<Record<Lang, readonly (readonly [number, number])[]>>;
  /** Other words that fill the blank with the same meaning: typing one is a synonym, not wrong. */
  readonly alternatives?: readonly string[];
}

interface CardBase {
  readonly id: CardId;
  readonly lang: Lang;
  readonly article: ArticleId;
  readonly unit: UnitId;
  /** Cards sharing this key come from the same sentence and are not shown on the same day. */
  readonly sibling: string;
  /** Order of new cards: lower first (word frequency for clozes). */
  readonly rank: number;
}

/** A card as stored: its sentence and hints live once, in its unit. */
export type CardContent =
  | (CardBase & { readonly kind: 'cloze'; readonly cloze: Cloze })
  | (CardBase & { readonly kind: 'understand' })
  | (CardBase & { readonly kind: 'produce' });

/** A card as shown: content joined with its unit's texts. */
export type Card = CardContent & {
  readonly text: string;
  /** The unit's other languages; empty for a text without translations. */
  readonly hints: Readonly<Partial<Record<Lang, string>>>;
  /**
   * A word item shown through one of its sentences (lib/srs/words.ts): `id` is the
   * word's, this the cloze card whose sentence is on screen.
   */
  readonly shown?: CardId;
};

/** A card's content without the texts its unit holds. */
export function cardContent(card: Card): CardContent {
  const { text: _text, hints: _hints, ...content } = card;
  return content;
}

/** A stored card joined with its unit, as the study screen shows it. */
export function joinCard(content: CardContent, unit: Pick<Unit, 'text' | 'leftOut'>): Card {
  const text = unit.text[content.lang] ?? '';
  const hints: Partial<Record<Lang, string>> = {};
  for (const [l, t] of Object.entries(unit.text) as [Lang, string][]) {
    if (l !== content.lang && isHint(unit, l)) hints[l] = t;
  }
  return { ...content, text, hints };
}

export interface CourseSummary {
  readonly lang: Lang;
  readonly sentences: number;
  readonly cards: number;
  readonly byKind: Readonly<Record<CardKind, number>>;
}

/** A distinct word of an article: a distractor candidate for later articles. */
export interface ArticleWord {
  readonly text: string;
  readonly lang: Lang;
  readonly lemma: string;
  readonly pos: Pos;
  readonly gender?: 'm' | 'f' | 'n';
  readonly number?: 'sg' | 'pl';
  readonly rank?: number;
}

/** Everything an article brings: its texts as given, its units, cards and words. */
export interface ArticleBundle {
  readonly format: typeof CORPUS_FORMAT;
  readonly article: Article;
  /** The texts as given, before cleaning: kept so an article can be rebuilt or edited. */
  readonly texts: Readonly<Partial<Record<Lang, string>>>;
  readonly cards: readonly CardContent[];
  readonly words: readonly ArticleWord[];
}

export interface ShippedArticle extends ArticleMeta {
  readonly units: number;
  readonly pairs: readonly PairScore[];
  /** A hash of the article's file: a changed file is imported again. */
  readonly version: string;
  readonly courses: readonly CourseSummary[];
}

export interface CorpusIndex {
  readonly format: typeof CORPUS_FORMAT;
  readonly articles: readonly ShippedArticle[];
}
