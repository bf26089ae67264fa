import { CodedError } from '@/lib/errors';

export type ApkgErrorCode =
  /** A whole-collection backup (.colpkg): importing it would replace a collection, not add a deck. */
  | 'COLPKG'
  /** Anki's newer package format (zstd-compressed `collection.anki21b`), which we do not read. */
  | 'ANKI_NEW_FORMAT'
  /** Not a zip, or a zip without an Anki collection in it. */
  | 'NOT_ANKI'
  /** Beyond what a browser tab should load into memory at once. */
  | 'DECK_TOO_LARGE'
  /** An Anki deck, but with neither Triglot's cards nor sentence pairs in two of our languages. */
  | 'NO_CARDS';

export class ApkgError extends CodedError<ApkgErrorCode> {
  override readonly name = 'ApkgError';
  constructor(
    code: ApkgErrorCode,
    message: string,
    readonly params: { readonly sizeMb?: number; readonly limitMb?: number } = {},
  ) {
    super(code, message);
  }
}
