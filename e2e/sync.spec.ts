import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
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
