import { CodedError } from '@/lib/errors';
/**
 * Random access to dictd's .dict.dz files. A dictzip file is a gzip member whose
 * header carries an `RA` extra field: the uncompressed chunk length and the
 * compressed size of every chunk, each chunk ending on a full flush. Inflating
 * one chunk (raw deflate, sync flush) takes a millisecond, where gunzipping the
 * whole deu-eng file takes 640 ms and 100 MB (corpus-nlp.md §4).
 */
import { readFileSync } from 'node:fs';
import { constants, inflateRawSync } from 'node:zlib';

export type DictzipErrorCode = 'NOT_GZIP' | 'NO_RA_FIELD' | 'OUT_OF_RANGE';

export class DictzipError extends CodedError<DictzipErrorCode> {
  override readonly name = 'DictzipError';
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd index numbers are big-endian base-64 digits (`BpvyM` → 6740620). */
export function decodeIndexNumber(digits: string): number {
  let n = 0;
  for (const ch of digits) {
    const v = B64.indexOf(ch);
    if (v < 0) throw new DictzipError('OUT_OF_RANGE', `not a base-64 digit: ${ch}`);
    n = n * 64 + v;
  }
  return n;
}

const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
const FHCRC = 2;

export interface Dictzip {
  read(offset: number, length: number): string;
}

export function openDictzip(path: string): Dictzip {
  const buf = readFileSync(path);
  if (buf[0] !== 0x1f || buf[1] !== 0x8b) throw new DictzipError('NOT_GZIP', `${path} is not gzip`);
  const flags = buf[3]!;
  if (!(flags & FEXTRA)) throw new DictzipError('NO_RA_FIELD', `${path} has no extra field`);
  const xlen = buf.readUInt16LE(10);
  const extra = buf.subarray(12, 12 + xlen);
  let chunkLength = 0;
  let sizes: number[] = [];
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.toString('latin1', p, p + 2);
    const len = extra.readUInt16LE(p + 2);
    if (id === 'RA') {
      chunkLength = extra.readUInt16LE(p + 6);
      const count = extra.readUInt16LE(p + 8);
      sizes = Array.from({ length: count }, (_, i) => extra.readUInt16LE(p + 10 + 2 * i));
    }
    p += 4 + len;
  }
  if (chunkLength === 0) throw new DictzipError('NO_RA_FIELD', `${path} is not a dictzip file`);
  let start = 12 + xlen;
  const skipString = () => {
    while (buf[start] !== 0) start++;
    start++;
  };
  if (flags & FNAME) skipString();
  if (flags & FCOMMENT) skipString();
  if (flags & FHCRC) start += 2;
  const offsets = [start];
  for (const size of sizes) offsets.push(offsets[offsets.length - 1]! + size);

  const cache = new Map<number, Buffer>();
  const chunk = (i: number): Buffer => {
    let data = cache.get(i);
    if (!data) {
      if (i >= sizes.length)
        throw new DictzipError('OUT_OF_RANGE', `chunk ${i} of ${sizes.length}`);
      data = inflateRawSync(buf.subarray(offsets[i]!, offsets[i + 1]!), {
        finishFlush: constants.Z_SYNC_FLUSH,
      });
      cache.set(i, data);
    }
    return data;
  };

  return {
    read(offset, length) {
      const parts: Buffer[] = [];
      let i = Math.floor(offset / chunkLength);
      let at = offset % chunkLength;
      let left = length;
      while (left > 0) {
        const data = chunk(i);
        const take = Math.min(left, data.length - at);
        if (take <= 0) throw new DictzipError('OUT_OF_RANGE', `offset ${offset}+${length}`);
        parts.push(data.subarray(at, at + take));
        left -= take;
        i++;
        at = 0;
      }
      return Buffer.concat(parts).toString('utf8');
    },
  };
}
