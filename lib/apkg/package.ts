/**
 * The .apkg zip: Anki's legacy layout ("Legacy 2"), which Anki 2.1 and 25.x
 * both import: `meta` (protobuf PackageMetadata, version 2: the bytes 08 02),
 * `collection.anki21` (schema 11, no zstd) and `media` (a JSON map, empty).
 * Reading refuses, before anything is inflated, what we cannot or should not
 * take: a .colpkg, the newer zstd format, a zip that is not Anki's, a huge deck.
 */
import { unzipSync, zipSync } from 'fflate';
import { ApkgError } from './errors';

/** A whole file above this is refused before it is read (a tab holds it in memory). */
export const MAX_APKG_BYTES = 200 * 1024 * 1024;
/** The collection inflated, which sql.js holds in memory whole. */
export const MAX_COLLECTION_BYTES = 400 * 1024 * 1024;

const LEGACY_2_META = new Uint8Array([0x08, 0x02]);
const MB = 1024 * 1024;

export function writePackage(collection: Uint8Array): Uint8Array {
  return zipSync(
    {
      // Stored, not deflated: Anki reads `meta` first to learn the layout.
      meta: [LEGACY_2_META, { level: 0 }],
      'collection.anki21': [collection, { level: 6 }],
      media: [new TextEncoder().encode('{}'), { level: 0 }],
    },
    // A fixed time keeps two exports of the same data byte-identical.
    { mtime: new Date(Date.UTC(2020, 0, 1)) },
  );
}

function tooLarge(bytes: number, limit: number): ApkgError {
  return new ApkgError('DECK_TOO_LARGE', `${bytes} bytes is over ${limit}`, {
    sizeMb: Math.ceil(bytes / MB),
    limitMb: limit / MB,
  });
}

/** The size check that needs no bytes read: call it before reading the File. */
export function checkPackageFile(name: string, size: number): void {
  if (/\.colpkg$/i.test(name)) throw new ApkgError('COLPKG', `${name} is a collection package`);
  if (size > MAX_APKG_BYTES) throw tooLarge(size, MAX_APKG_BYTES);
}

/** protobuf field 1 (varint): `08 nn`; an absent or empty meta is a legacy package. */
function metaVersion(meta: Uint8Array | undefined): number {
  if (!meta || meta.length < 2 || meta[0] !== 0x08) return 0;
  return meta[1]!;
}

/** The collection's SQLite bytes from an .apkg, or an ApkgError saying why not. */
export function readPackage(bytes: Uint8Array): Uint8Array {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!zip) throw new ApkgError('NOT_ANKI', 'not a zip file');
  const names = new Set<string>();
  let oversized: number | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        names.add(f.name);
        const wanted =
          f.name === 'meta' || f.name === 'collection.anki21' || f.name === 'collection.anki2';
        if (wanted && f.originalSize > MAX_COLLECTION_BYTES) oversized = f.originalSize;
        return wanted && oversized === null;
      },
    });
  } catch (error) {
    throw new ApkgError('NOT_ANKI', `not a readable zip: ${String(error)}`);
  }
  if (oversized !== null) throw tooLarge(oversized, MAX_COLLECTION_BYTES);
  // Newer Anki writes anki21b (zstd) and, for old clients, a dummy anki2 that only says "update".
  if (names.has('collection.anki21b') || metaVersion(files['meta']) >= 3) {
    throw new ApkgError('ANKI_NEW_FORMAT', 'collection.anki21b (zstd) is not read');
  }
  const collection = files['collection.anki21'] ?? files['collection.anki2'];
  if (!collection) throw new ApkgError('NOT_ANKI', 'no collection in the zip');
  const header = new TextDecoder().decode(collection.subarray(0, 15));
  if (header !== 'SQLite format 3') throw new ApkgError('NOT_ANKI', 'the collection is not SQLite');
  return collection;
}
