/**
 * The base of every error this app throws on purpose: a code the caller can
 * switch on (and the UI can translate), and a message for logs.
 */
export class CodedError<C extends string> extends Error {
  constructor(
    readonly code: C,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
