/** Languages of the corpus and of the UI hints. */
export const LANGS = ['de', 'it', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

declare const brand: unique symbol;
/** A nominal type: a string that only a constructor can produce. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ArticleId = Brand<string, 'ArticleId'>;
export type UnitId = Brand<string, 'UnitId'>;
export type CardId = Brand<string, 'CardId'>;

export const articleId = (slug: string): ArticleId => slug as ArticleId;

export type TokenKind = 'word' | 'number' | 'punct';

/** A token keeps its offsets so the UI can show the text exactly as written. */
export interface Token {
  readonly text: string;
  /** Lower-cased, NFC, typographic apostrophes mapped to `'`: what matching uses. */
  readonly norm: string;
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
}
