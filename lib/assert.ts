/** Thrown only when the type system was bypassed (bad data cast into a union). */
export class UnreachableError extends Error {
  override readonly name = 'UnreachableError';
  readonly code = 'UNREACHABLE';
}

/** For the `default` branch of an exhaustive switch: a new union member becomes a type error here. */
export function assertNever(value: never, what = 'value'): never {
  throw new UnreachableError(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
