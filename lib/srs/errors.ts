import { CodedError } from '@/lib/errors';
export type SrsErrorCode =
  | 'INVALID_SETTINGS' // createScheduler got settings that validateSettings rejects
  | 'INVALID_INTERVAL' // formatInterval got NaN or Infinity
  | 'INVALID_TIME'; // a `now` that is not a finite instant

export class SrsError extends CodedError<SrsErrorCode> {
  override readonly name = 'SrsError';
}
