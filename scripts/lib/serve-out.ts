/**
 * What the benchmarks that drive Chromium share: the production build in out/
 * (made when missing), served on a known free port by the same static server
 * and headers (serve.json: the CSP) as the e2e tests, and a seeded random
 * source so that every run seeds the same data.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A small linear congruential generator: the same numbers on every run and machine. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/** A fresh clone has no build: make one (a build that exists is reused as it is). */
export function ensureBuild(who: string): boolean {
  if (existsSync(join(ROOT, 'out', 'en', 'index.html'))) return true;
  console.log(`${who}: no production build in out/; running npm run build`);
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status === 0) return true;
  console.error(`${who}: the production build failed.`);
  return false;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}

/** serve picks another port by itself when one is taken; the page's address must be known. */
export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 50; port++) if (await portFree(port)) return port;
  throw new Error(`no free port in ${from}–${from + 49}`);
}

/** Serves out/ on `port`, resolving once it answers. */
export async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn(
    'npx',
    ['serve', 'out', '--listen', String(port), '--config', '../serve.json', '--no-clipboard'],
    // Its own process group, so that npx and the server under it stop together.
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`serve exited with ${server.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/en/`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stopServer(server);
  throw new Error(`serve did not answer on port ${port} within 60 s`);
}

export function stopServer(server: ChildProcess): void {
  if (server.pid === undefined || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
