/**
 * npm run bench (sync in the browser): a new laptop's first sync of a heavy learner's
 * history, 1,000,000 answers over 100,000 cards by default (BENCH_SYNC_BROWSER_EVENTS,
 * BENCH_SYNC_BROWSER_CARDS), in real Chromium with a profile on disk, from the
 * CouchDB-compatible server (scripts/sync-server.ts, in memory) filled beforehand
 * with the phone's log documents exactly as lib/sync/protocol.ts lays them out.
 * Measured: from "Turn sync on" to up to date (every event merged and replayed), and,
 * while it runs, a learner answering on the study screen: answer → next card painted
 * and the longest main-thread task (the page must stay responsive). The same answers
 * without sync, first, in the same page, are the baseline. Asserts nothing about
 * speed; exits 1 if an event is missing or something breaks.
 *
 *   BENCH_SYNC_BROWSER_EVENTS=100000 BENCH_SYNC_BROWSER_CARDS=10000 npx tsx scripts/bench-sync-browser.ts
 *
 * Other knobs: BENCH_SYNC_BROWSER_ANSWERS (answers during the sync, 150),
 * BENCH_SYNC_BROWSER_THINK_MS (pause between answers, 400), BENCH_PORT (3330),
 * BENCH_SYNC_BROWSER_PROFILE (a path: the page's main thread is sampled during the
 * sync, written there as a .cpuprofile for DevTools, and its heaviest functions printed).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { packLog } from '@/lib/db/log-codec';
import type { EventRow } from '@/lib/db/schema';
import { CHUNK_EVENTS, logDocId, MARKER_ID, SYNC_FORMAT } from '@/lib/sync/protocol';
import { spreadAnswers } from './lib/answer-lines';
import { instrument, longest, probe, stats, statsText, type Probe } from './lib/page-probe';
import { recordResults } from './lib/results';
import { ROOT, ensureBuild, freePort, startServer, stopServer } from './lib/serve-out';

const EVENTS = Number(process.env.BENCH_SYNC_BROWSER_EVENTS ?? 1_000_000);
const CARDS = Number(process.env.BENCH_SYNC_BROWSER_CARDS ?? 100_000);
const ANSWERS = Number(process.env.BENCH_SYNC_BROWSER_ANSWERS ?? 150);
const BASELINE_ANSWERS = 15;
const THINK_MS = Number(process.env.BENCH_SYNC_BROWSER_THINK_MS ?? 400);
const PORT = Number(process.env.BENCH_PORT ?? 3330);
const PROFILE = process.env.BENCH_SYNC_BROWSER_PROFILE;
const TIMEOUT_MS = 60 * 60_000;
const USER = 'triglot';
const PASSWORD = 'triglot';
const SAVED = 'Saved.';
const NOW = new Date(2026, 10, 23, 9, 0).getTime();

const fmt = (n: number) => n.toLocaleString('en');
const auth = { authorization: 'Basic ' + Buffer.from(`${USER}:${PASSWORD}`).toString('base64') };

/** The server of scripts/sync-server.ts, in memory, resolved once it listens. */
function startSyncServer(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/sync-server.ts', '--port', String(port)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('Sync server')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`sync server exited with ${code}`)));
  });
}

/**
 * The phone's history as the phone's engine leaves it on the server: the marker and
 * `log:phone:<n>` documents of CHUNK_EVENTS events each, packed per card.
 */
async function seedServer(db: string): Promise<{ docs: number; ms: number }> {
  const t0 = performance.now();
  const put = async (path: string, method: string, body?: unknown) => {
    const r = await fetch(`${db}${path}`, {
      method,
      headers: { ...auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  };
  await put('', 'PUT');
  await put(`/${MARKER_ID}`, 'PUT', { app: 'triglot', format: SYNC_FORMAT });
  const events = spreadAnswers({ count: EVENTS, cards: CARDS, days: 730, now: NOW, seed: 17 });
  let docs: unknown[] = [];
  let n = 0;
  for (let i = 0; i < events.length; i += CHUNK_EVENTS) {
    const byCard = new Map<string, EventRow[]>();
    for (const e of events.slice(i, i + CHUNK_EVENTS)) {
      const list = byCard.get(e.cardId);
      if (list) list.push(e);
      else byCard.set(e.cardId, [e]);
    }
    const rows = [...byCard.values()].map((es) => {
      const packed = packLog(es[0]!.cardId, es[0]!.course, es);
      return { id: packed.id, course: packed.course, events: packed.events };
    });
    docs.push({ _id: logDocId('phone', n++), format: SYNC_FORMAT, device: 'phone', rows });
    if (docs.length === 20) {
      await put('/_bulk_docs', 'POST', { docs });
      docs = [];
    }
  }
  if (docs.length) await put('/_bulk_docs', 'POST', { docs });
  return { docs: n + 1, ms: performance.now() - t0 };
}

/** The study screen's answer, keyboard only; false when no card came (the day is done). */
async function answerOne(page: Page, grade: string): Promise<boolean> {
  const card = page.locator('article[data-card-id]');
  try {
    await card.waitFor({ timeout: 10_000 });
  } catch {
    return false;
  }
  const box = page.getByRole('textbox', { name: 'Answer' });
  if ((await card.getAttribute('class'))?.includes('kind-cloze') && (await box.isVisible())) {
    await box.fill('Xylophon');
    await page.keyboard.press('Enter');
  } else await page.getByRole('button', { name: 'Show answer' }).click();
  const grades = page.getByRole('group', { name: 'How well did you know it?' });
  await grades.waitFor({ timeout: 30_000 });
  await page.waitForTimeout(THINK_MS);
  const seen = (await probe(page)).changes.length;
  await page.keyboard.press(grade);
  // Moved on: the probe saw the card change and the frame that painted it.
  await page
    .waitForFunction(
      (n) => {
        const c = (window as unknown as { __probe: Omit<Probe, 'memory'> }).__probe.changes;
        return c.length > n && c[n]![2] > 0;
      },
      seen,
      { timeout: 30_000, polling: 'raf' },
    )
    .catch(() => null);
  return true;
}

/**
 * The phone's events the laptop holds (raw IndexedDB), and when on the page's clock
 * the count ran: reading every log row is the benchmark's work on the main thread,
 * not the app's, so its tasks are left out of the figures.
 */
const benchEvents = (page: Page) =>
  page.evaluate(async () => {
    const start = performance.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('triglot');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      const range = IDBKeyRange.bound('de:bench:', 'de:bench:\uffff');
      const rows = await new Promise<{ events: unknown[] }[]>((resolve, reject) => {
        const r = db.transaction('logs').objectStore('logs').getAll(range);
        r.onsuccess = () => resolve(r.result as { events: unknown[] }[]);
        r.onerror = () => reject(r.error);
      });
      const events = rows.reduce((n, row) => n + row.events.length, 0);
      return { events, start, end: performance.now() };
    } finally {
      db.close();
    }
  });

/**
 * In the page, before its scripts: each BroadcastChannel message's handling timed
 * per channel (the data is deserialized when the handler first reads it, so that
 * is counted too): [messages, total ms, longest ms].
 */
function timeChannels() {
  const w = globalThis as unknown as { __channels: Record<string, number[]> };
  w.__channels = {};
  const proto = BroadcastChannel.prototype;
  const desc = Object.getOwnPropertyDescriptor(proto, 'onmessage')!;
  const timed =
    (channel: BroadcastChannel, f: (e: MessageEvent) => unknown) => (e: MessageEvent) => {
      const t = performance.now();
      try {
        return f.call(channel, e);
      } finally {
        const ms = performance.now() - t;
        const c = (w.__channels[channel.name] ??= [0, 0, 0]);
        c[0]! += 1;
        c[1]! += ms;
        c[2] = Math.max(c[2]!, ms);
      }
    };
  Object.defineProperty(proto, 'onmessage', {
    configurable: true,
    get() {
      return desc.get!.call(this);
    },
    set(f: ((e: MessageEvent) => unknown) | null) {
      desc.set!.call(this, f ? timed(this as BroadcastChannel, f) : null);
    },
  });
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (idle left out), heaviest first: where the page spent the sync. */
function heaviest(profile: CpuProfile, n: number): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!;
    if (f.functionName === '(idle)') return;
    const file = f.url.split('/').pop() ?? '';
    const name = `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
    // A sample's delta is the time until the next one: charge it to this one's function.
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

/** When sync was last up to date on this page (epoch ms), or 0. */
const upToDateAt = (page: Page) =>
  page.evaluate(() => {
    const marks = performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('triglot:sync:'));
    const last = marks.at(-1);
    return last?.name === 'triglot:sync:upToDate' ? performance.timeOrigin + last.startTime : 0;
  });

async function main(): Promise<number> {
  if (!ensureBuild('bench-sync-browser')) return 1;
  console.log(
    `sync in Chromium: a new laptop pulls ${fmt(EVENTS)} answers over ${fmt(CARDS)} cards`,
  );
  const port = await freePort(PORT);
  const syncPort = await freePort(port + 100);
  const profile = mkdtempSync(join(tmpdir(), 'triglot-bench-sync-'));
  const problems: string[] = [];
  let web: ChildProcess | undefined;
  let sync: ChildProcess | undefined;
  let context: BrowserContext | undefined;
  try {
    [web, sync] = await Promise.all([startServer(port), startSyncServer(syncPort)]);
    const db = `http://127.0.0.1:${syncPort}/bench-${Date.now().toString(36)}`;
    const seeded = await seedServer(db);
    console.log(`  server filled: ${fmt(seeded.docs)} documents in ${Math.round(seeded.ms)} ms`);

    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
      baseURL: `http://127.0.0.1:${port}`,
      serviceWorkers: 'block',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (msg) => {
      // PouchDB asks for checkpoints that do not exist yet: Chromium logs each 404.
      if (msg.type() === 'error' && !/status of 404/.test(msg.text()))
        problems.push(`console error: ${msg.text()}`);
    });
    await instrument(page);
    if (PROFILE) await page.addInitScript(timeChannels);

    // A new device: enough new cards a day for the whole run, the shipped library, and a
    // few answers without sync as the baseline.
    await page.goto('/en/settings/');
    await page.getByLabel('New cards per day').fill('999');
    await page.getByText(SAVED).waitFor();
    await page.goto('/en/study/?course=de');
    const base0 = (await probe(page)).now;
    let baseline = 0;
    while (baseline < BASELINE_ANSWERS && (await answerOne(page, '3'))) baseline++;
    const base = await probe(page);
    const baseChanges = base.changes.filter(([input]) => input >= base0);
    const baseStats = stats(baseChanges.map(([input, , paint]) => paint - input));
    const baseTask = longest(base.tasks, base0, base.now);

    await page.goto('/en/settings/');
    const section = page.getByRole('region', { name: 'Sync' });
    await section.getByLabel('Server address').fill(db);
    await section.getByLabel('User name').fill(USER);
    await section.getByLabel('Password').fill(PASSWORD);
    const t0 = Date.now();
    await section.getByRole('button', { name: 'Turn sync on' }).click();
    await page.locator('[data-sync-state]:not([data-sync-state="off"])').waitFor();
    // The learner goes on studying: sync runs in the background on every page.
    await page.goto('/en/study/?course=de');
    const cdp = PROFILE ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1_000 });
      await cdp.send('Profiler.start');
    }
    const from = (await probe(page)).now;
    // The profile's clock (µs) starts about here on the page's: long tasks map onto samples.
    const profiledFrom = from;
    let answered = 0;
    let done = 0;
    const counted: [number, number][] = [];
    const deadline = t0 + TIMEOUT_MS;
    while (!done) {
      if (Date.now() > deadline) throw new Error('the first sync did not finish within an hour');
      const grade = answered % 10 === 9 ? '1' : '3';
      if (answered < ANSWERS && (await answerOne(page, grade))) answered++;
      else await page.waitForTimeout(1_000);
      const at = await upToDateAt(page);
      // Up to date with everything in: an earlier pause of the replication is not the end.
      if (at) {
        const check = await benchEvents(page);
        counted.push([check.start, check.end]);
        if (check.events >= EVENTS) done = at;
      }
    }
    if (cdp && PROFILE) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      writeFileSync(PROFILE, JSON.stringify(profile));
      const { tasks: all } = await probe(page);
      writeFileSync(`${PROFILE}.tasks.json`, JSON.stringify({ from: profiledFrom, tasks: all }));
      console.log(`  main-thread profile: ${PROFILE}; heaviest (self time):`);
      for (const [name, ms] of heaviest(profile, 15))
        console.log(`    ${String(Math.round(ms)).padStart(7)} ms  ${name}`);
      const channels = await page.evaluate(
        () => (globalThis as unknown as { __channels: Record<string, number[]> }).__channels,
      );
      for (const [name, [count, ms, max]] of Object.entries(channels))
        console.log(
          `  channel ${name}: ${fmt(count!)} messages, ${Math.round(ms!)} ms handling, longest ${Math.round(max!)} ms`,
        );
    }
    const after = await probe(page);
    // The end on the page's clock: the check of the events after it is not the sync's work.
    const to = done - (await page.evaluate(() => performance.timeOrigin));
    const window = after.changes.filter(([input]) => input >= from && input <= to);
    const answerStats = stats(window.map(([input, , paint]) => paint - input));
    // A task that overlaps the benchmark's own count of the events is the benchmark's.
    const ours = ([at, d]: [number, number]) => counted.some(([s, e]) => at < e && at + d > s);
    const inWindow = after.tasks.filter(([at]) => at >= from && at <= to);
    const tasks = inWindow.filter((t) => !ours(t));
    const longestTask = longest(tasks, from, to);
    const totalS = (done - t0) / 1000;
    const got = (await benchEvents(page)).events;
    if (got !== EVENTS) problems.push(`the laptop has ${fmt(got)} of ${fmt(EVENTS)} events`);

    const rows: [string, string][] = [
      ['first sync, Turn sync on → up to date', `${totalS.toFixed(1)} s`],
      [`answer → next card painted, during it (${answerStats.n})`, statsText(answerStats)],
      [`  the same without sync (${baseStats.n})`, statsText(baseStats)],
      [
        'longest main-thread task during it',
        `${Math.round(longestTask)} ms; ${tasks.length} tasks over 50 ms, ` +
          `${Math.round(tasks.reduce((s, [, d]) => s + Math.max(0, d - 50), 0))} ms blocking`,
      ],
      ['  without sync', `${Math.round(baseTask)} ms`],
      [
        '  left out: during the benchmark’s event counts',
        `${inWindow.length - tasks.length} tasks over 50 ms (${counted.length} counts)`,
      ],
    ];
    for (const [k, v] of rows) console.log(`  ${k.padEnd(52)} ${v}`);
    recordResults('sync_browser', {
      sync_browser_events: EVENTS,
      sync_browser_cards: CARDS,
      sync_browser_first_sync_s: totalS,
      sync_browser_answer_to_next_p50_ms: answerStats.p50,
      sync_browser_answer_to_next_p95_ms: answerStats.p95,
      sync_browser_answers: answerStats.n,
      sync_browser_baseline_answer_to_next_p95_ms: baseStats.p95,
      sync_browser_longest_task_ms: longestTask,
      sync_browser_long_tasks: tasks.length,
      sync_browser_server_fill_ms: seeded.ms,
    });
  } catch (error) {
    problems.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  } finally {
    await context?.close().catch(() => null);
    if (web) stopServer(web);
    sync?.kill('SIGTERM');
    rmSync(profile, { recursive: true, force: true });
  }
  for (const p of problems) console.error(`  problem: ${p}`);
  return problems.length ? 1 : 0;
}

void main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
