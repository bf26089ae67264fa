/**
 * fsrs-browser in Node, single-threaded, for tests and benchmarks: its glue expects
 * a worker's `self` (for the thread pool it is not asked to start here).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FsrsTrainer } from '@/lib/srs/optimizer';

export async function nodeTrainer(): Promise<FsrsTrainer> {
  const g = globalThis as unknown as { self?: unknown; addEventListener?: unknown };
  g.self ??= globalThis;
  g.addEventListener ??= () => {};
  const require = createRequire(import.meta.url);
  const dir = require.resolve('fsrs-browser/package.json').replace(/package\.json$/, '');
  const mod = await import('fsrs-browser');
  mod.initSync({ module: readFileSync(`${dir}fsrs_browser_bg.wasm`) });
  return new mod.Fsrs();
}
