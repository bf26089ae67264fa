/**
 * Checks on what the learner gives the add-article page, cheap enough for the
 * main thread: sizes, binary files, language. Sentence counts need the
 * segmenter and are checked in the Worker (build.ts).
 */
import { isFunctionWord } from '@/lib/corpus/function-words';
import { canonicalText, contentHash } from '@/lib/corpus/hash';
import { LANGS, articleId, type ArticleId, type Lang } from '@/lib/corpus/types';
import { CodedError } from '@/lib/errors';
import type { ImportErrorCode } from './protocol';

/** A long feature is ~50 KB; 1 MB is twenty of them, and still a few seconds of work. */
export const MAX_TEXT_BYTES = 1_000_000;
export const MAX_SENTENCES = 2_000;
export const MAX_TEXTS = 3;
/** The language guess reads this much: enough evidence, and never a long task on a big paste. */
const SAMPLE_CHARS = 20_000;

export class ImportError extends CodedError<ImportErrorCode> {
  override readonly name = 'ImportError';
  constructor(
    code: ImportErrorCode,
    message: string,
    readonly details: { text?: number; limit?: number; actual?: number } = {},
  ) {
    super(code, message);
  }
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * A `.txt` file's text. NUL bytes or invalid UTF-8 mean it is not text (an
 * image, a Word file, a PDF), and Latin-1 guesses would only make bad cards.
 */
export function decodeTextFile(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ImportError('BINARY', 'the file has NUL bytes');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch (error) {
    throw new ImportError('BINARY', `the file is not UTF-8: ${String(error)}`);
  }
}

export type LanguageVerdict =
  | { readonly kind: 'taught'; readonly lang: Lang }
  /** Too few function words of any taught language: French, Spanish, Russian, a list of names. */
  | { readonly kind: 'unknown' };

/**
 * The language of a text among de/it/en, or unknown. In running text of these
 * languages 45–51 % of the words are function words of the language (the
 * shipped texts); French, Spanish and Portuguese news score 13–18 % on shared
 * spellings (la, se, una, del), so under a quarter means "not one of ours".
 */
export function detectLanguage(text: string): LanguageVerdict {
  const counts: Record<Lang, number> = { de: 0, it: 0, en: 0 };
  let words = 0;
  for (const [word] of text
    .slice(0, SAMPLE_CHARS)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    words++;
    for (const lang of LANGS) if (isFunctionWord(word, lang)) counts[lang] += 1;
  }
  let best: Lang = 'en';
  for (const lang of LANGS) if (counts[lang] > counts[best]) best = lang;
  // A short title-like text has few function words: judge it only on the counts.
  const share = words === 0 ? 0 : counts[best] / words;
  if (counts[best] === 0 || (words >= 12 && share < 0.25)) return { kind: 'unknown' };
  return { kind: 'taught', lang: best };
}

/** Checks one text before it goes to the Worker; throws an ImportError with the text's index. */
export function checkText(text: string, index: number): void {
  if (text.trim() === '') throw new ImportError('EMPTY', `text ${index} is empty`, { text: index });
  if (text.includes('\u0000'))
    throw new ImportError('BINARY', `text ${index} has NUL characters`, { text: index });
  const bytes = utf8Length(text);
  if (bytes > MAX_TEXT_BYTES) {
    throw new ImportError('TOO_LARGE', `text ${index} is ${bytes} bytes`, {
      text: index,
      limit: MAX_TEXT_BYTES,
      actual: bytes,
    });
  }
  if (!/\p{L}/u.test(text)) {
    throw new ImportError('NO_SENTENCES', `text ${index} has no letters`, { text: index });
  }
}

/**
 * A learner's article id comes from its title, so an edited article added
 * again under the same title replaces the old one and every unchanged
 * sentence keeps its cards (card ids hash the article id and the sentence).
 */
export function learnerArticleId(title: string): ArticleId {
  return articleId(`u-${contentHash(canonicalText(title).toLowerCase())}`);
}

const MAX_TITLE = 120;

/** No title given: the first line of the first text, cut at a word near 120 characters. */
export function defaultTitle(text: string): string {
  const line =
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => /\p{L}/u.test(l)) ?? '';
  const sentence = line.match(/^.*?[.!?…](?=\s|$)/u)?.[0] ?? line;
  if (sentence.length <= MAX_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
