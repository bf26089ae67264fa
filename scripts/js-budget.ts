/**
 * First-load JavaScript per route of the static export, checked against
 * scripts/js-budgets.json (issue 9). Run after `npm run build`:
 *
 *   npx tsx scripts/js-budget.ts            (--record: also into bench/results.json)
 *
 * A route's first load is every script its HTML makes the browser fetch before
 * the page is interactive: `<script src>` (async or not), `<link rel=modulepreload>`
 * and `<link rel=preload as=script>`, each file counted once. `noModule` scripts
 * are left out, since no browser the app supports runs them. Each file is
 * gzip-compressed with node:zlib at level 9 and the sizes are summed; sizes of
 * files do not vary between runs, so the check is deterministic.
 *
 * Budgets are per app route (`/cards/[course]/`), not per generated page, so a
 * new article or course is checked without a new entry; every locale's page is
 * checked and the table shows the largest.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { recordResults } from './lib/results';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'out');
const APP = join(ROOT, 'app');
const BUDGETS_FILE = join(ROOT, 'scripts', 'js-budgets.json');
const REPORT = join(ROOT, 'reports', 'js-budget.json');

interface Budgets {
  /** kB (1000 bytes) gzip per app route, e.g. "/study/"; over it, the check fails. */
  routes: Record<string, number>;
  /** Where a route should get to, lower than its budget while it is not there yet: reported, not enforced. */
  goals?: Record<string, number>;
}

/** Pages outside app/[locale], by their file in out/. */
const TOP_LEVEL: Record<string, string> = { 'index.html': '(root)', '404.html': '(not-found)' };

/** App routes under app/[locale] as URL patterns: "/", "/study/", "/cards/[course]/". */
function appRoutes(dir = join(APP, '[locale]'), prefix = '/'): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      // Route groups "(x)" add no URL segment.
      const segment = /^\(.*\)$/.test(name) ? '' : `${name}/`;
      found.push(...appRoutes(path, prefix + segment));
    } else if (/^page\.(tsx|ts|jsx|js)$/.test(name)) {
      found.push(prefix);
    }
  }
  return found;
}

function matches(pattern: string, path: string): boolean {
  const p = pattern.split('/');
  const s = path.split('/');
  return p.length === s.length && p.every((seg, i) => /^\[.+\]$/.test(seg) || seg === s[i]);
}

function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...htmlFiles(path));
    else if (name === 'index.html') found.push(path);
  }
  return found;
}

/** The script URLs a page fetches on first load, in document order, each once. */
function firstLoadScripts(html: string): string[] {
  const urls = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    if (/\snomodule\b/i.test(tag)) continue;
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (src) urls.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\srel="([^"]+)"/.exec(tag)?.[1];
    const as = /\sas="([^"]+)"/.exec(tag)?.[1];
    const href = /\shref="([^"]+)"/.exec(tag)?.[1];
    if (href && (rel === 'modulepreload' || (rel === 'preload' && as === 'script'))) urls.add(href);
  }
  return [...urls];
}

const gzipCache = new Map<string, number>();
function gzipBytes(url: string): number {
  const cached = gzipCache.get(url);
  if (cached !== undefined) return cached;
  const path = join(OUT, new URL(url, 'http://x/').pathname);
  if (!existsSync(path)) throw new Error(`${url} is loaded by a page but is not in out/`);
  const size = gzipSync(readFileSync(path), { level: 9 }).length;
  gzipCache.set(url, size);
  return size;
}

/** "/cards/[course]/" → "cards_course", "/" → "home", "(root)" → "root": keys for the flat report. */
function reportKey(route: string): string {
  const name = route
    .replace(/[[\]()]/g, '')
    .split('/')
    .filter(Boolean)
    .join('_')
    .replace(/[^a-z0-9_]/gi, '_');
  return name || 'home';
}

function main(): number {
  if (!existsSync(OUT)) {
    console.error('js-budget: out/ is missing; run `npm run build` first.');
    return 1;
  }
  const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as Budgets;
  const routes = appRoutes();
  // English first, so that a tie names the default locale's page.
  const locales = readdirSync(OUT)
    .filter((name) => existsSync(join(OUT, name, 'index.html')) && /^[a-z]{2}$/.test(name))
    .sort((a, b) => Number(b === 'en') - Number(a === 'en') || a.localeCompare(b));
  if (locales.length === 0) {
    console.error('js-budget: no out/<locale>/index.html; is this a static export?');
    return 1;
  }

  // Largest first load over all pages of a route, and which page it was.
  const worst = new Map<string, { bytes: number; page: string; files: number }>();
  const problems: string[] = [];
  const measure = (route: string, page: string, file: string) => {
    const scripts = firstLoadScripts(readFileSync(file, 'utf8'));
    const bytes = scripts.reduce((sum, url) => sum + gzipBytes(url), 0);
    const prev = worst.get(route);
    if (!prev || bytes > prev.bytes) worst.set(route, { bytes, page, files: scripts.length });
  };
  for (const [name, route] of Object.entries(TOP_LEVEL)) {
    if (existsSync(join(OUT, name))) measure(route, `/${name}`, join(OUT, name));
  }
  for (const locale of locales) {
    for (const file of htmlFiles(join(OUT, locale))) {
      const rel = relative(join(OUT, locale), file).split(sep).slice(0, -1).join('/');
      const path = rel ? `/${rel}/` : '/';
      const route = routes.find((r) => matches(r, path));
      if (!route) {
        problems.push(`/${locale}${path} matches no page in app/[locale]`);
        continue;
      }
      measure(route, `/${locale}${path}`, file);
    }
  }

  const report: Record<string, number | boolean> = {};
  const rows: string[][] = [['route', 'largest page', 'files', 'kB gzip', 'budget', '']];
  for (const route of [...worst.keys()].sort()) {
    const { bytes, page, files } = worst.get(route)!;
    const kb = bytes / 1000;
    const budget = budgets.routes[route];
    const ok = budget !== undefined && kb <= budget;
    if (budget === undefined) {
      problems.push(
        `${route} has no budget in scripts/js-budgets.json (measured ${kb.toFixed(1)} kB)`,
      );
    } else if (!ok) {
      problems.push(
        `${route} loads ${kb.toFixed(1)} kB gzip of JavaScript on first load, over its budget of ${budget} kB (${page})`,
      );
    }
    rows.push([
      route,
      page,
      String(files),
      kb.toFixed(1),
      budget === undefined ? '—' : String(budget),
      ok ? 'ok' : 'OVER',
    ]);
    const key = reportKey(route);
    report[`${key}_first_load_js_kb`] = Math.round(kb * 10) / 10;
    if (budget !== undefined) report[`${key}_budget_kb`] = budget;
  }
  for (const route of Object.keys(budgets.routes)) {
    if (!worst.has(route)) problems.push(`budget for ${route}, but the export has no page for it`);
  }
  report.js_budget_ok = problems.length === 0;

  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) {
    console.log(
      row
        .map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    );
  }
  console.log(`\nkB = 1000 bytes, each file gzip level 9; locales: ${locales.join(', ')}`);
  for (const [route, goal] of Object.entries(budgets.goals ?? {})) {
    const kb = (worst.get(route)?.bytes ?? 0) / 1000;
    console.log(
      kb <= goal
        ? `goal met: ${route} ${kb.toFixed(1)} kB ≤ ${goal} kB`
        : `goal not yet met: ${route} ${kb.toFixed(1)} kB, goal ${goal} kB (${(kb - goal).toFixed(1)} kB to go)`,
    );
  }

  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
  // npm run bench also lists the sizes with its other figures.
  if (process.argv.includes('--record')) recordResults('js_budget', report);

  if (problems.length > 0) {
    console.error(`\nJS budget check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
