import { SrsError } from './errors';

/** A moment, as callers have it: epoch ms (storage, indexes) or a Date (UI). Never read from a clock here. */
export type Instant = number | Date;

export function toEpochMs(t: Instant): number {
  const ms = typeof t === 'number' ? t : t.getTime();
  if (!Number.isFinite(ms)) throw new SrsError('INVALID_TIME', `Not a valid instant: ${String(t)}`);
  return ms;
}
