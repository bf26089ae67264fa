import { describe, expect, it } from 'vitest';
import {
  classifySyncError,
  judgeMarker,
  logDocDevice,
  logDocId,
  parseServerUrl,
  SYNC_FORMAT,
  userDbName,
} from './protocol';

describe('sync protocol', () => {
  it('tells an empty database, ours, another app’s and a newer Triglot’s apart', () => {
    expect(judgeMarker(null, 0)).toBe('empty');
    expect(judgeMarker(null, 3)).toBe('FOREIGN');
    expect(judgeMarker({ app: 'todo', format: 1 }, 3)).toBe('FOREIGN');
    expect(judgeMarker({ app: 'triglot', format: SYNC_FORMAT }, 9)).toBe('ok');
    expect(judgeMarker({ app: 'triglot', format: SYNC_FORMAT + 1 }, 9)).toBe('NEWER');
  });

  it('reads the address as typed: a server alone means the user’s own database', () => {
    expect(userDbName('anna')).toBe('userdb-616e6e61');
    expect(parseServerUrl(' https://couch.example.org/ ', 'anna')).toBe(
      'https://couch.example.org/userdb-616e6e61',
    );
    expect(parseServerUrl('http://127.0.0.1:5984/triglot/', 'anna')).toBe(
      'http://127.0.0.1:5984/triglot',
    );
    for (const bad of ['couch.example.org', 'ftp://x/db', 'https://me:pw@x/db'])
      expect(() => parseServerUrl(bad, 'anna')).toThrow(
        expect.objectContaining({ code: 'ADDRESS' }),
      );
  });

  it('gives every failure a code', () => {
    expect(classifySyncError({ status: 401, name: 'unauthorized' }).code).toBe('AUTH');
    expect(classifySyncError({ status: 404 }).code).toBe('ADDRESS');
    expect(classifySyncError(new TypeError('Failed to fetch')).code).toBe('UNREACHABLE');
    expect(classifySyncError({ status: 503 }).code).toBe('UNREACHABLE');
    expect(classifySyncError({ status: 400, message: 'bad' }).code).toBe('UNKNOWN');
  });

  it('names log documents by their only writer', () => {
    expect(logDocDevice(logDocId('a1b2', 37))).toBe('a1b2');
    expect(logDocDevice('set:newPerDay')).toBeNull();
  });
});
