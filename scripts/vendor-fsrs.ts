/**
 * npm run vendor-fsrs: fsrs-browser (fsrs-rs in WebAssembly) copied into
 * public/vendor/fsrs-browser-<version>/ as plain ES modules, which the optimizer
 * Worker imports at run time. It is not bundled: its thread-pool helper imports
 * its own package by directory (`import('../../..')`), which hangs Turbopack's
 * build and which a browser cannot fetch; the copy names the file instead.
 * vendor-fsrs.test.ts checks the committed copy is what this writes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export function fsrsVendorFiles(): Map<string, Buffer> {
  const pkgJson = require.resolve('fsrs-browser/package.json');
  const dir = dirname(pkgJson);
  const version = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  const out = new Map<string, Buffer>();
  const base = `public/vendor/fsrs-browser-${version}`;
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)],
    );
  for (const file of walk(dir)) {
    const rel = relative(dir, file);
    if (!/\.(js|wasm)$/.test(rel)) continue;
    let bytes = readFileSync(file);
    if (rel.endsWith('workerHelpers.js')) {
      const text = bytes.toString('utf8');
      const patched = text.replace("import('../../..')", "import('../../../fsrs_browser.js')");
      if (patched === text)
        throw new Error('fsrs-browser: the thread helper changed; check the patch');
      bytes = Buffer.from(patched);
    }
    out.set(`${base}/${rel}`, bytes);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  for (const [path, bytes] of fsrsVendorFiles()) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
    console.log(`wrote ${path} (${bytes.length} bytes)`);
  }
}
