/**
 * The package as a whole, with sql.js handed in (lib/apkg/sqljs.ts loads it):
 * Triglot's data to .apkg bytes, .apkg bytes to what they hold.
 */
import type { SqlJsStatic } from 'sql.js';
import { buildCollection, type ExportCounts, type ExportInput } from './export';
import { ApkgError } from './errors';
import { readCollection, type ReadCollection } from './import';
import { readPackage, writePackage } from './package';

export async function exportApkg(
  SQL: SqlJsStatic,
  input: ExportInput,
): Promise<{ bytes: Uint8Array; counts: ExportCounts }> {
  const db = new SQL.Database();
  try {
    const counts = await buildCollection(db, input);
    return { bytes: writePackage(db.export()), counts };
  } finally {
    db.close();
  }
}

export function importApkg(SQL: SqlJsStatic, bytes: Uint8Array): ReadCollection {
  const collection = readPackage(bytes);
  let db;
  try {
    db = new SQL.Database(collection);
  } catch (error) {
    throw new ApkgError('NOT_ANKI', `the collection does not open: ${String(error)}`);
  }
  try {
    return readCollection(db);
  } finally {
    db.close();
  }
}
