/**
 * sql.js, loaded only when an Anki package is written or read (its wasm is
 * 336 kB gzip). In the browser the wasm is the copy in public/vendor, which the
 * service worker precaches, so the export works offline; in Node sql.js finds
 * its own.
 */
import type { SqlJsStatic } from 'sql.js';

/** public/vendor/sql-wasm-1.16.0.wasm is node_modules/sql.js/dist/sql-wasm.wasm (a test compares them). */
export const SQL_WASM_URL = '/vendor/sql-wasm-1.16.0.wasm';

let loading: Promise<SqlJsStatic> | null = null;

export function loadSql(wasmUrl?: string): Promise<SqlJsStatic> {
  loading ??= import('sql.js').then(({ default: init }) =>
    init(wasmUrl ? { locateFile: () => wasmUrl } : undefined),
  );
  return loading;
}
