import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { unpackLog } from '@/lib/db/log-codec';
import type { SyncLogRow } from '@/lib/db/sync-repo';
import { dumpDb, type Dump } from './idb';
import { answerCorrectly, loadCards, stubSpeech } from './study-helpers';

// The CouchDB-compatible server playwright.config.ts starts (scripts/sync-server.ts).
const SYNC_PORT = Number(process.env.E2E_SYNC_PORT ?? 3471);
const USER = 'triglot';
const PASSWORD = 'triglot';

/** A fresh database per test on the shared server: tests do not see each other's documents. */
const database = (port: number, name: string) =>
  `http://127.0.0.1:${port}/e2e-${name}-${Date.now().toString(36)}`;

async function device(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await stubSpeech(page);
  return page;
}

function syncState(page: Page) {
  return page.locator('[data-sync-state]');
}

async function turnOn(page: Page, url: string, password = PASSWORD) {
  await page.goto('/en/settings/');
  const section = page.getByRole('region', { name: 'Sync' });
  await section.getByLabel('Server address').fill(url);
  await section.getByLabel('User name').fill(USER);
  await section.getByLabel('Password').fill(password);
  await section.getByRole('button', { name: 'Turn sync on' }).click();
  // Saved once the panel has left "off" (the first sync may still be running).
  await expect(syncState(page)).not.toHaveAttribute('data-sync-state', 'off');
}

/** What must be the same on both devices: the history, the states, the settings, the library. */
function shared(dump: Dump) {
  return {
    events: dump.events,
    cards: dump.cards,
    settings: dump.settings,
    articles: ((dump.articles ?? []) as { id: string; addedAt?: number }[]).map(
      ({ addedAt: _a, ...a }) => a,
    ),
    content: dump.content,
    units: dump.units,
  };
}

async function sameStores(a: Page, b: Page) {
  const [x, y] = [shared(await dumpDb(a)), shared(await dumpDb(b))];
  return JSON.stringify(x) === JSON.stringify(y) ? (x.events?.length ?? 0) : -1;
}

async function answer(page: Page, course: 'de' | 'it', n: number) {
  const cards = await loadCards(page, course);
  await page.goto(`/en/study/?course=${course}`);
  for (let i = 0; i < n; i++) {
    await expect(page.locator('article[data-card-id]')).toBeVisible();
    await answerCorrectly(page, cards);
  }
}

test('phone and laptop answer offline, come back online and end with the same stores', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const url = database(SYNC_PORT, 'offline');
  const [phone, laptop] = [await device(browser), await device(browser)];
  for (const page of [phone, laptop]) {
    await turnOn(page, url);
    await expect(syncState(page)).toHaveText(/^Up to date at /, { timeout: 30_000 });
  }
  // Each goes offline on the study screen and answers there; sync runs on every page.
  for (const [page, course] of [
    [phone, 'de'],
    [laptop, 'de'],
  ] as const) {
    await page.goto(`/en/study/?course=${course}`);
    await expect(page.locator('article[data-card-id]')).toBeVisible();
    await page.context().setOffline(true);
  }
  const cards = await loadCards(phone, 'de');
  for (const page of [phone, laptop])
    for (let i = 0; i < 3; i++) await answerCorrectly(page, cards);
  // Both answered the same first cards: the merged log has both answers of each.
  for (const page of [phone, laptop]) await page.context().setOffline(false);
  await expect.poll(() => sameStores(phone, laptop), { timeout: 60_000 }).toBe(6);
  await laptop.goto('/en/settings/');
  await expect(syncState(laptop)).toHaveText(/^Up to date at /, { timeout: 30_000 });
});

test('an article added on the phone can be studied on the laptop', async ({ browser }) => {
  test.setTimeout(150_000);
  const url = database(SYNC_PORT, 'article');
  const [phone, laptop] = [await device(browser), await device(browser)];
  for (const page of [phone, laptop]) await turnOn(page, url);
  await phone.goto('/en/add/');
  await phone
    .getByRole('group', { name: 'First text' })
    .getByRole('textbox')
    .fill(
      `Die Stadt Bologna eröffnet eine neue Bibliothek im Zentrum.
Das Gebäude hat 2019 noch als Lagerhalle gedient.
Nach drei Jahren Arbeit bietet es jetzt Platz für 120.000 Bücher.
Jeden Tag kommen mehr als 800 Besucher, viele davon Studenten.`,
    );
  await phone.getByRole('textbox', { name: 'Title (optional)' }).fill('Eine neue Bibliothek');
  await phone.getByRole('button', { name: 'Preview' }).click();
  await expect(phone.getByRole('heading', { name: 'Preview' })).toBeVisible({ timeout: 60_000 });
  await phone.getByRole('button', { name: 'Add to my library' }).click();
  await expect(phone.getByRole('status').filter({ hasText: 'is in your library' })).toBeVisible({
    timeout: 30_000,
  });
  const mine = async (page: Page) => {
    const dump = await dumpDb(page);
    const ids = ((dump.articles ?? []) as { id: string }[]).map((a) => a.id);
    const id = ids.find((x) => x.startsWith('u-'));
    const cards = ((dump.content ?? []) as { id: string; article: string }[])
      .filter((c) => c.article === id)
      .map((c) => c.id)
      .sort();
    return { id, cards };
  };
  const onPhone = await mine(phone);
  expect(onPhone.cards.length).toBeGreaterThan(0);
  await expect.poll(() => mine(laptop), { timeout: 60_000 }).toEqual(onPhone);
  await laptop.goto('/en/');
  await laptop.getByRole('link', { name: 'Eine neue Bibliothek' }).click();
  await expect(laptop.getByText('Das Gebäude hat 2019 noch als Lagerhalle gedient.')).toBeVisible();
});

test('wrong credentials show their message and send nothing', async ({ browser }) => {
  const page = await device(browser);
  await turnOn(page, database(SYNC_PORT, 'auth'), 'not-the-password');
  await expect(syncState(page)).toHaveText('The server refused this user name or password.', {
    timeout: 30_000,
  });
  await page
    .getByRole('region', { name: 'Sync' })
    .getByRole('button', { name: 'Turn sync off' })
    .click();
  await expect(syncState(page)).toHaveText('Sync is off: everything stays in this browser.');
});

const basic = { authorization: 'Basic ' + Buffer.from(`${USER}:${PASSWORD}`).toString('base64') };

for (const [what, doc, message] of [
  [
    'another app',
    { _id: 'todo:1', title: 'milk' },
    'That database holds documents of another app: choose an empty database or your own.',
  ],
  [
    'a newer Triglot',
    { _id: 'triglot', app: 'triglot', format: 99 },
    'That database was written by a newer Triglot: update this app first.',
  ],
] as const) {
  test(`a server database of ${what} shows its state and gets nothing`, async ({ browser }) => {
    const url = database(SYNC_PORT, 'taken');
    const headers = { ...basic, 'content-type': 'application/json' };
    expect((await fetch(url, { method: 'PUT', headers })).ok).toBe(true);
    expect((await fetch(url, { method: 'POST', headers, body: JSON.stringify(doc) })).ok).toBe(
      true,
    );
    const page = await device(browser);
    await answer(page, 'de', 1);
    await turnOn(page, url);
    await expect(syncState(page)).toHaveText(message, { timeout: 30_000 });
    const info = (await (await fetch(url, { headers })).json()) as { doc_count: number };
    expect(info.doc_count).toBe(1);
    // Nothing local is lost: the answer is still here.
    expect((await dumpDb(page)).events).toHaveLength(1);
  });
}

const children = new Set<ChildProcess>();
// Also after a timeout, when the test body's finally never runs.
test.afterEach(() => {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
});

/** A server of the test's own, to kill and start again. */
function startServer(port: number): Promise<ChildProcess> {
  // Node itself (tsx as a loader), not npx: killing it must kill the server.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/sync-server.ts', '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.add(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('Sync server')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`sync server exited with ${code}`)));
  });
}

async function stopServer(child: ChildProcess) {
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await gone;
  children.delete(child);
}

test('the server killed in the middle of a sync and started again loses nothing', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const port = SYNC_PORT + 1;
  let server = await startServer(port);
  try {
    const url = database(port, 'kill');
    const [phone, laptop] = [await device(browser), await device(browser)];
    await answer(phone, 'it', 4);
    await turnOn(phone, url);
    // Killed as the first sync starts: it holds some of the phone's documents, or none.
    await stopServer(server);
    await phone.goto('/en/settings/');
    await expect(syncState(phone)).toHaveText(/^Offline: \d+ events? waiting/, { timeout: 30_000 });
    await answer(phone, 'it', 2);
    // Started again, empty (in memory): the phone's replica sends everything once more.
    server = await startServer(port);
    // The laptop starts as a new device does: the shipped library first, then sync.
    await laptop.goto('/en/');
    await expect
      .poll(async () => ((await dumpDb(laptop)).articles ?? []).length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(2);
    await turnOn(laptop, url);
    await expect.poll(() => sameStores(phone, laptop), { timeout: 90_000 }).toBe(6);
  } finally {
    await stopServer(server).catch(() => null);
  }
});

/**
 * A link to the sync server that drops: in flaky mode every connection through it
 * is cut each `upMs` and refused for `downMs` after, as on a train.
 */
async function flakyLink(target: number) {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    // The agent reuses its upstream sockets: one listener each.
    if (sockets.has(socket)) return;
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  let down = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let drops = 0;
  const server = createServer((req, res) => {
    const upstream = request(
      { host: '127.0.0.1', port: target, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('socket', track);
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (socket: Socket) => (down ? socket.destroy() : track(socket)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const steady = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    down = false;
  };
  return {
    port: (server.address() as AddressInfo).port,
    drops: () => drops,
    flaky(upMs: number, downMs: number) {
      timer = setTimeout(() => {
        down = true;
        drops++;
        for (const socket of sockets) socket.destroy();
        timer = setTimeout(() => {
          down = false;
          this.flaky(upMs, downMs);
        }, downMs);
      }, upMs);
    },
    steady,
    async close() {
      steady();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Every event id in the database's log documents, read from the server itself. */
async function serverEventIds(url: string): Promise<string[]> {
  const response = await fetch(`${url}/_all_docs?include_docs=true`, {
    headers: { authorization: 'Basic ' + Buffer.from(`${USER}:${PASSWORD}`).toString('base64') },
  });
  const { rows } = (await response.json()) as {
    rows: { id: string; doc: { rows?: SyncLogRow[] } }[];
  };
  return rows
    .filter((r) => r.id.startsWith('log:'))
    .flatMap((r) => r.doc.rows ?? [])
    .flatMap((row) =>
      unpackLog({ id: row.id, course: row.course, last: 0, imports: [], events: row.events }),
    )
    .map((e) => e.id);
}

test('two devices answering over a link that drops every few seconds end with the same stores', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const link = await flakyLink(SYNC_PORT);
  try {
    const name = `e2e-flaky-${Date.now().toString(36)}`;
    const url = `http://127.0.0.1:${link.port}/${name}`;
    const [phone, laptop] = [await device(browser), await device(browser)];
    for (const page of [phone, laptop]) {
      await turnOn(page, url);
      await expect(syncState(page)).toHaveText(/^Up to date at /, { timeout: 30_000 });
    }
    // Up 2.5 s, down 1 s: live replication is cut mid-request, retries meet a refused link.
    link.flaky(2_500, 1_000);
    await answer(phone, 'de', 3);
    await answer(laptop, 'it', 3);
    // Settings says so while it happens, on both devices.
    for (const page of [phone, laptop]) {
      await page.goto('/en/settings/');
      await expect(syncState(page)).toHaveText(/^Offline: /, { timeout: 60_000 });
    }
    // Both histories reach both devices over the same flaky link: six events, once each.
    await expect.poll(() => sameStores(phone, laptop), { timeout: 120_000 }).toBe(6);
    expect(link.drops()).toBeGreaterThan(1);
    const onServer = await serverEventIds(`http://127.0.0.1:${SYNC_PORT}/${name}`);
    expect(onServer).toHaveLength(6);
    expect(new Set(onServer).size).toBe(6);
    link.steady();
    for (const page of [phone, laptop])
      await expect(syncState(page)).toHaveText(/^Up to date at /, { timeout: 90_000 });
    expect(await sameStores(phone, laptop)).toBe(6);
  } finally {
    await link.close();
  }
});
