/**
 * `bench/results.json`: every part of `npm run bench` adds its figures here, as
 * flat snake-case keys with the unit last (`answer_to_next_p95_ms`,
 * `bytes_per_review`), with the machine it ran on and the load average at the
 * time. A part replaces only its own keys, so the file holds the latest run of
 * each part.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'results.json');

export type Figures = Record<string, number | string | boolean | null>;

/** Merges one part's figures into bench/results.json (numbers rounded to 0.1). */
export function recordResults(part: string, figures: Figures): void {
  let all: Record<string, unknown> = {};
  if (existsSync(FILE)) {
    try {
      all = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
    } catch {
      // A damaged file from an interrupted run is simply written anew.
    }
  }
  const cpu = cpus();
  const rounded = Object.fromEntries(
    Object.entries(figures).map(([k, v]) => [
      k,
      typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 10) / 10 : v,
    ]),
  );
  const merged = {
    ...all,
    ...rounded,
    machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB`,
    node: process.version,
    [`${part}_load_average`]: Math.round(loadavg()[0]! * 100) / 100,
    [`${part}_run_at`]: new Date().toISOString(),
  };
  mkdirSync(dirname(FILE), { recursive: true });
  writeFileSync(FILE, `${JSON.stringify(merged, Object.keys(merged).sort(), 2)}\n`);
}
