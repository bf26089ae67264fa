/**
 * Lighthouse 12 on Home, Study and the Reader, with the mobile (default) and
 * desktop presets, against the production build in out/ (built first when missing),
 * served with the same headers as the e2e tests (serve.json: the CSP). Prints a
 * table and writes reports/lighthouse.json (flat keys, unit last). Asserts
 * nothing: Lighthouse simulates a slow phone from the speed of this machine, so
 * on a loaded machine its scores are noisy; the load average is printed and
 * written with them.
 *
 *   npx tsx scripts/bench-lighthouse.ts
 *   BENCH_LIGHTHOUSE_RUNS=3 npx tsx scripts/bench-lighthouse.ts   # median of 3
 *
 * BENCH_PORT (default 3250) is where the search for a free port starts;
 * CHROME_PATH overrides Debian's Chromium; BENCH_LIGHTHOUSE_LHR_DIR keeps every
 * full Lighthouse report there, to read which audits cost the points.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { recordResults } from './lib/results';
import { ROOT, ensureBuild, freePort, startServer, stopServer } from './lib/serve-out';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const PORT = Number(process.env.BENCH_PORT ?? 3250);
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1));
const CHROME = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
const LHR_DIR = process.env.BENCH_LIGHTHOUSE_LHR_DIR;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

type Preset = 'mobile' | 'desktop';
type Page = { name: string; path: string };
type Result = {
  performance: number;
  accessibility: number;
  best_practices: number;
  fcp_ms: number;
  lcp_ms: number;
  tbt_ms: number;
  cls: number;
  si_ms: number;
  tti_ms: number;
  /** Accessibility audits that failed in any run. */
  failing: string[];
};

/** The pages of the goal: Home, a course's study session, a shipped article in the Reader. */
function pages(): Page[] {
  const index = JSON.parse(readFileSync(join(ROOT, 'public/data/index.json'), 'utf8')) as {
    articles: { id: string }[];
  };
  const article = index.articles[0]?.id;
  if (!article) throw new Error('public/data/index.json lists no article');
  return [
    { name: 'home', path: '/en/' },
    { name: 'study', path: '/en/study/?course=de' },
    { name: 'reader', path: `/en/read/${article}/` },
  ];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function runOnce(url: string, preset: Preset, label: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    if (LHR_DIR) {
      mkdirSync(LHR_DIR, { recursive: true });
      writeFileSync(join(LHR_DIR, `${label}.json`), JSON.stringify(lhr));
    }
    return lhr;
  } finally {
    await chrome.kill();
  }
}

async function measure(url: string, preset: Preset, name: string): Promise<Result> {
  const runs: Result[] = [];
  for (let i = 0; i < RUNS; i++) {
    const lhr = await runOnce(url, preset, `${preset}-${name}-${i + 1}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const a11y = lhr.categories.accessibility?.auditRefs ?? [];
    runs.push({
      performance: score('performance'),
      accessibility: score('accessibility'),
      best_practices: score('best-practices'),
      fcp_ms: num('first-contentful-paint'),
      lcp_ms: num('largest-contentful-paint'),
      tbt_ms: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      si_ms: num('speed-index'),
      tti_ms: num('interactive'),
      failing: a11y
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
        .map((ref) => ref.id),
    });
  }
  const m = (k: Exclude<keyof Result, 'failing'>) => median(runs.map((r) => r[k]));
  return {
    performance: m('performance'),
    accessibility: m('accessibility'),
    best_practices: m('best_practices'),
    fcp_ms: Math.round(m('fcp_ms')),
    lcp_ms: Math.round(m('lcp_ms')),
    tbt_ms: Math.round(m('tbt_ms')),
    cls: Number(m('cls').toFixed(3)),
    si_ms: Math.round(m('si_ms')),
    tti_ms: Math.round(m('tti_ms')),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<number> {
  if (!ensureBuild('bench-lighthouse')) return 1;
  if (!existsSync(CHROME)) {
    console.error(`no Chromium at ${CHROME} (set CHROME_PATH)`);
    return 1;
  }
  const port = await freePort(PORT);
  const server = await startServer(port);
  const loadBefore = loadavg()[0]!;
  const report: Record<string, number | string> = {};
  const rows: string[][] = [];
  try {
    console.log(
      `Lighthouse 12, ${RUNS === 1 ? 'one run' : `median of ${RUNS} runs`} per page and preset; ` +
        `${cpus().length} cores, load average ${load()} (1, 5, 15 min)`,
    );
    for (const preset of ['mobile', 'desktop'] as const) {
      for (const page of pages()) {
        const r = await measure(`http://127.0.0.1:${port}${page.path}`, preset, page.name);
        const key = `lighthouse_${preset}_${page.name}`;
        const { failing: _failing, ...figures } = r;
        for (const [k, v] of Object.entries(figures)) report[`${key}_${k}`] = v;
        rows.push([
          page.name,
          preset,
          String(r.performance),
          String(r.accessibility),
          `${(r.fcp_ms / 1000).toFixed(1)} s`,
          `${(r.lcp_ms / 1000).toFixed(1)} s`,
          `${r.tbt_ms} ms`,
          r.cls.toFixed(3),
          r.failing.join(', '),
        ]);
        console.log(`  ${page.name} (${preset}) done; load average ${load()}`);
      }
    }
  } finally {
    stopServer(server);
  }
  const loadAfter = loadavg()[0]!;
  const header = ['page', 'preset', 'perf', 'a11y', 'FCP', 'LCP', 'TBT', 'CLS', 'failing a11y'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 2 && i < 8 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log('\n' + line(header));
  for (const r of rows) console.log(line(r));
  console.log(`\nload average ${load()} (1, 5, 15 min) on ${cpus().length} cores`);

  report.lighthouse_runs = RUNS;
  report.lighthouse_cores = cpus().length;
  report.lighthouse_load_average_1m_before = Number(loadBefore.toFixed(2));
  report.lighthouse_load_average_1m_after = Number(loadAfter.toFixed(2));
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports', 'lighthouse.json'), JSON.stringify(report, null, 2) + '\n');
  console.log('wrote reports/lighthouse.json');
  recordResults(
    'lighthouse',
    Object.fromEntries(
      Object.entries(report).filter(
        (e): e is [string, number | string] => typeof e[1] === 'number' || typeof e[1] === 'string',
      ),
    ),
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
