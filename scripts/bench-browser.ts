/**
 * npm run bench (third part): backups at the scale of a heavy learner in real
 * Chromium, through the app's own Data panel: 1,000,000 answers over 100,000
 * cards by default (BENCH_BROWSER_EVENTS, BENCH_BROWSER_CARDS to change). Serves
 * the production build in out/ (built first when missing), imports a version-4 file
 * generated here, exports it again, and prints wall times, the longest
 * main-thread task of each phase and IndexedDB bytes per review. The profile
 * is on disk, as a learner's is (BENCH_BROWSER_PROFILE=memory for Playwright's
 * usual off-the-record context, whose IndexedDB lives in memory). Asserts
 * nothing about speed; exits 1 only if an answer is lost or the page breaks.
 *
 *   BENCH_BROWSER_EVENTS=30000 BENCH_BROWSER_CARDS=3000 npx tsx scripts/bench-browser.ts
 */
import type { ChildProcess } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { recordResults } from './lib/results';
import { writeAnswerLines } from './lib/answer-lines';
import { ensureBuild, freePort, startServer, stopServer } from './lib/serve-out';
import { encodeHeader } from '@/lib/backup/stream';
import { cardId } from '@/lib/corpus/cards';
import type { CardKind } from '@/lib/corpus/model';
import type { CardId, Lang } from '@/lib/corpus/types';
import { learnerArticleId } from '@/lib/import/input';

const EVENTS = Number(process.env.BENCH_BROWSER_EVENTS ?? 1_000_000);
const CARDS = Number(process.env.BENCH_BROWSER_CARDS ?? 100_000);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
/** Per phase: a slow machine must still finish, a hung page must not run forever. */
const TIMEOUT_MS = Number(process.env.BENCH_BROWSER_TIMEOUT_MIN ?? 20) * 60_000;
/** BENCH_BROWSER_PROFILE=memory: an off-the-record context, IndexedDB in memory. */
const ON_DISK = process.env.BENCH_BROWSER_PROFILE !== 'memory';
const CARDS_PER_ARTICLE = 100;
const KINDS: readonly CardKind[] = ['cloze', 'understand', 'produce'];

const fmt = (n: number) => n.toLocaleString('en');
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

/** Card ids as the app makes them (a hash of article, language, kind and text), in learner articles. */
function makeCardIds(): { ids: CardId[]; courses: Lang[] } {
  const ids: CardId[] = [];
  const courses: Lang[] = [];
  for (let i = 0; i < CARDS; i++) {
    const article = Math.floor(i / CARDS_PER_ARTICLE);
    // A learner of both courses the app teaches.
    const lang: Lang = article % 2 === 0 ? 'de' : 'it';
    const kind = KINDS[i % KINDS.length]!;
    const text = `Satz ${Math.floor(i / KINDS.length)} des Artikels ${article}.`;
    ids.push(cardId(learnerArticleId(`Bench article ${article}`), lang, kind, text));
    courses.push(lang);
  }
  return { ids, courses };
}

/**
 * A version-4 file as this app writes it, written a batch of lines at a time (at
 * full size it is ~240 MB): a learner's two years as the app's own scheduler would
 * have them (scripts/lib/answer-lines.ts), so not every card of the library is met.
 * Returns the event lines and the cards they touch.
 */
function writeBackup(path: string, now: number): { events: number; cards: number } {
  const { ids, courses } = makeCardIds();
  const fd = openSync(path, 'w');
  try {
    writeSync(
      fd,
      encodeHeader({ exportedAt: now, settings: null, counts: { articles: 0, events: EVENTS } }),
    );
    const summary = writeAnswerLines(
      {
        count: EVENTS,
        met: Math.min(CARDS, EVENTS),
        cardId: (i) => ids[i]!,
        course: (i) => courses[i]!,
        now,
        seed: 11,
      },
      (text) => writeSync(fd, text),
    );
    // The learner meets cards as a real one would, not every card of the library.
    return { events: EVENTS, cards: summary.met };
  } finally {
    closeSync(fd);
  }
}

/** The event lines of a backup file, read a line at a time. */
async function eventLines(path: string): Promise<number> {
  let n = 0;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) if (line.startsWith('{"event"')) n++;
  return n;
}

/**
 * From the page's first script: every main-thread long task (the API reports
 * only those over 50 ms), how late a 10 ms timer ran (finer: it also shows the
 * shorter tasks), and each state of a progress bar, all on the page's clock.
 * No named functions inside code that runs in the page: tsx wraps those in a
 * `__name` helper that exists only in Node.
 */
async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as {
      __tasks: [number, number][];
      __lags: [number, number][];
      __progress: [number, string][];
    };
    w.__tasks = [];
    w.__lags = [];
    w.__progress = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    let tick = performance.now();
    setInterval(() => {
      const now = performance.now();
      if (now - tick > 14) w.__lags.push([tick, now - tick - 10]);
      tick = now;
    }, 10);
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="progressbar"]')) {
        const text = `${el.getAttribute('aria-label') ?? ''}|${el.getAttribute('aria-valuetext') ?? ''}`;
        if (w.__progress.at(-1)?.[1] !== text) w.__progress.push([performance.now(), text]);
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-valuetext'],
    });
  });
}

/** The long tasks (start, duration) and timer lags (start, lateness) since `since`. */
const jankSince = (page: Page, since: number) =>
  page.evaluate((t) => {
    const w = window as unknown as { __tasks: [number, number][]; __lags: [number, number][] };
    return {
      tasks: w.__tasks.filter(([at]) => at >= t),
      lags: w.__lags.filter(([at]) => at >= t),
    };
  }, since);

type Jank = Awaited<ReturnType<typeof jankSince>>;
/** Each stage's start on the page's clock, the last entry the phase's end. */
type Marks = [string, number][];

const stageAt = (marks: Marks, at: number) =>
  marks.findLast(([, start]) => start <= at)?.[0] ?? 'start';

const worst = (xs: [number, number][]) =>
  xs.reduce<[number, number]>((w, x) => (x[1] > w[1] ? x : w), [0, 0]);

function jankText({ tasks, lags }: Jank, marks: Marks): string {
  const [taskAt, task] = worst(tasks);
  const [, lag] = worst(lags);
  const where = marks.length > 1 ? `, in ${stageAt(marks, taskAt)}` : '';
  const longest = task
    ? `longest main-thread task ${Math.round(task)} ms${where} (${tasks.length} over 50 ms)`
    : 'longest main-thread task under 50 ms';
  return `${longest}, a 10 ms timer late by ${Math.round(lag)} ms at most`;
}

/** When each stage of the import first showed on the bar, from its text ("Adding events: …"). */
async function importMarks(page: Page, since: number, end: number): Promise<Marks> {
  const seen = await page.evaluate(
    (t) =>
      (window as unknown as { __progress: [number, string][] }).__progress.filter(
        ([at]) => at >= t,
      ),
    since,
  );
  const names: [string, string][] = [
    ['Checking the file', 'check'],
    ['Adding events', 'write'],
    ['Updating cards', 'replay'],
  ];
  const marks: Marks = [];
  for (const [prefix, name] of names) {
    const first = seen.find(([, text]) => text.includes(`· ${prefix}`));
    if (first) marks.push([name, first[0]]);
  }
  // From the bar's last state to the status: the page taking in the result.
  const last = seen.at(-1);
  if (last && marks.length) marks.push(['finish', last[0]]);
  marks.push(['end', end]);
  return marks;
}

const stagesText = (marks: Marks) =>
  marks
    .slice(0, -1)
    .map(([name, at], i) => `${name} ${s(marks[i + 1]![1] - at)}`)
    .join(', ');

const usage = (page: Page) =>
  page.evaluate(async () => {
    const { usage = 0, quota = 0 } = await navigator.storage.estimate();
    return { usage, quota };
  });

const now = (page: Page) => page.evaluate(() => performance.now());

async function main(): Promise<number> {
  if (!ensureBuild('bench-browser')) return 1;
  const dir = mkdtempSync(join(tmpdir(), 'triglot-bench-browser-'));
  const generated = join(dir, 'backup.jsonl');
  const exported = join(dir, 'export.jsonl');
  const problems: string[] = [];
  let server: ChildProcess | undefined;
  let context: BrowserContext | undefined;
  const contexts: BrowserContext[] = [];
  // Ctrl-C must not leave a server or a 200 MB file behind.
  const cleanup = () => {
    if (server) stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    console.log(`backups in Chromium: ${fmt(EVENTS)} answers, a library of ${fmt(CARDS)} cards`);
    let started = performance.now();
    const { events: written, cards: expectedCards } = writeBackup(generated, Date.now());
    const fileBytes = statSync(generated).size;
    console.log(`  generated ${mb(fileBytes)} in ${s(performance.now() - started)}`);

    const port = await freePort(PORT);
    server = await startServer(port);
    const launch = {
      executablePath: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    };
    const options = {
      baseURL: `http://127.0.0.1:${port}`,
      serviceWorkers: 'block',
      acceptDownloads: true,
    } as const;
    // A plain new context is off the record: Chromium keeps its IndexedDB in memory.
    // A learner's profile is on disk, where writes and sizes differ.
    context = ON_DISK
      ? await chromium.launchPersistentContext(join(dir, 'profile'), { ...launch, ...options })
      : await (await chromium.launch(launch)).newContext(options);
    // A page as a learner's browser has it: the shipped articles already put in by a first visit.
    const openPage = async (ctx: BrowserContext) => {
      const p = await ctx.newPage();
      p.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      p.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      await instrument(p);
      await p.goto('/en/study/?course=de');
      await p.locator('article[data-card-id]').waitFor({ timeout: 120_000 });
      await p.goto('/en/settings/');
      return p;
    };
    const page = await openPage(context);
    const before = await usage(page);

    const settledOn = async (p: Page, text: string) => {
      // The panel's own alert: Next's route announcer is an (empty) alert too.
      const failed = p.getByRole('region', { name: 'Your data' }).getByRole('alert');
      const done = p.getByRole('status').filter({ hasText: text });
      await done.or(failed).first().waitFor({ timeout: TIMEOUT_MS });
      if (await failed.isVisible()) throw new Error(`the page says: ${await failed.innerText()}`);
      return done.innerText();
    };
    const settled = (text: string) => settledOn(page, text);
    // From a file on disk, as a learner picks one.
    const importFile = async (p: Page, file: string) => {
      const since = await now(p);
      const t0 = performance.now();
      await p.getByLabel('Import a backup').setInputFiles(file);
      const status = await settledOn(p, 'Backup imported:');
      const ms = performance.now() - t0;
      const end = await now(p);
      const jank = await jankSince(p, since);
      const marks = await importMarks(p, since, end);
      const wantImport = `Backup imported: ${fmt(written)} new answers, ${fmt(expectedCards)} cards updated.`;
      if (status.trim() !== wantImport) {
        problems.push(`import said "${status.trim()}", expected "${wantImport}"`);
      }
      return { ms, jank, marks };
    };

    // A file in time order, as versions before the per-card log exported.
    const first = await importFile(page, generated);
    const afterImport = await usage(page);

    const since = await now(page);
    started = performance.now();
    const downloading = page.waitForEvent('download', { timeout: TIMEOUT_MS });
    await page.getByRole('button', { name: 'Export a backup' }).click();
    const download = await downloading;
    const exportMs = performance.now() - started;
    const exportStatus = await settled('Backup saved:');
    const exportJank = await jankSince(page, since);
    await download.saveAs(exported);
    const failure = await download.failure();
    if (failure) problems.push(`download failed: ${failure}`);
    const wantExport = `Backup saved: ${fmt(written)} answers, ${fmt(expectedCards)} cards.`;
    if (exportStatus.trim() !== wantExport) {
      problems.push(`export said "${exportStatus.trim()}", expected "${wantExport}"`);
    }
    const [inFile, outFile] = await Promise.all([eventLines(generated), eventLines(exported)]);
    if (inFile !== outFile) {
      problems.push(`the export has ${fmt(outFile)} event lines, the imported file ${fmt(inFile)}`);
    }
    // Chromium's usage figure is updated lazily; after the export the writes have long settled.
    const after = await usage(page);
    const perReview = (after.usage - before.usage) / written;
    await page.close();

    // The export restored into a new browser (a new phone): the file as this version writes it.
    const fresh = ON_DISK
      ? await chromium.launchPersistentContext(join(dir, 'profile-2'), { ...launch, ...options })
      : await (await chromium.launch(launch)).newContext(options);
    contexts.push(fresh);
    const restorePage = await openPage(fresh);
    const restore = await importFile(restorePage, exported);

    console.log(
      `backups in Chromium (${fmt(EVENTS)} answers, ${fmt(CARDS)} cards, ` +
        `profile ${ON_DISK ? 'on disk' : 'in memory'}):`,
    );
    console.log(
      `  import of a file in time order (as older versions export): ${s(first.ms)}, ${jankText(first.jank, first.marks)}`,
    );
    console.log(`    by stage (progress bar): ${stagesText(first.marks)}`);
    console.log(
      `  export: ${s(exportMs)} (${mb(statSync(exported).size)}), ${jankText(exportJank, [])}`,
    );
    console.log(
      `  import of that export into a new browser: ${s(restore.ms)}, ${jankText(restore.jank, restore.marks)}`,
    );
    console.log(`    by stage (progress bar): ${stagesText(restore.marks)}`);
    console.log(`  IndexedDB: ${perReview.toFixed(0)} B per review (storage.estimate)`);
    console.log(
      `    usage ${mb(before.usage)} before, ${mb(afterImport.usage)} just after the import, ` +
        `${mb(after.usage)} after the export; quota ${mb(after.quota)}`,
    );
    console.log(`  checked: ${fmt(outFile)} event lines out, as many as went in`);
    // Tasks under 50 ms are not reported by the browser: 0 here means none over 50 ms.
    const longest = (j: Jank) => Math.round(worst(j.tasks)[1]);
    recordResults('browser_backup', {
      backup_events: written,
      backup_import_time_ordered_ms: first.ms,
      backup_export_ms: exportMs,
      backup_restore_import_ms: restore.ms,
      backup_import_longest_task_ms: longest(first.jank),
      backup_export_longest_task_ms: longest(exportJank),
      backup_restore_longest_task_ms: longest(restore.jank),
      bytes_per_review_storage_estimate: perReview,
      backup_profile: ON_DISK ? 'disk' : 'memory',
    });
  } catch (error) {
    problems.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  } finally {
    for (const c of [context, ...contexts]) {
      await c?.close();
      await c?.browser()?.close();
    }
    cleanup();
  }
  for (const problem of problems) console.error(`bench-browser: ${problem}`);
  return problems.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
