import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dumpDb } from './idb';
import { answerCorrectly, counts, loadCards, stubSpeech } from './study-helpers';

test.use({ serviceWorkers: 'allow' });

test('after one visit, a learner studies offline and nothing is lost or doubled', async ({
  page,
  context,
}) => {
  await stubSpeech(page);
  const cards = await loadCards(page, 'de');
  await page.goto('/en/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);

  await context.setOffline(true);
  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  expect((await counts(page)).new).toBe(20);
  for (let i = 0; i < 5; i++) {
    await answerCorrectly(page, cards);
    await expect.poll(() => counts(page).then((c) => c.new)).toBe(19 - i);
  }
  await page.reload();
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  expect((await counts(page)).new).toBe(15);
  await page.goto('/de/browse/');
  await page.getByLabel('Status').selectOption('learning');
  await expect(page.getByRole('status').filter({ hasText: /^5 Karten$/ })).toBeVisible();

  await context.setOffline(false);
  await page.reload();
  await page.getByLabel('Status').selectOption('learning');
  await expect(page.getByRole('status').filter({ hasText: /^5 Karten$/ })).toBeVisible();
  const answers = ((await dumpDb(page)).events as { kind: string }[]).filter(
    (e) => e.kind === 'answer',
  ).length;
  expect(answers).toBe(5);
});

test('every page reloads offline in every locale', async ({ page, context }) => {
  await page.goto('/it/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await context.setOffline(true);
  for (const path of [
    '/de/',
    '/it/read/cnn-russia-syria/',
    '/en/cards/it/',
    '/de/settings/',
    '/it/browse/',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // Client-side navigation offline, too.
  await page.goto('/en/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
});

test('the manifest is valid and Chromium finds the app installable', async ({ page, baseURL }) => {
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'Triglot', display: 'standalone', start_url: '/' });
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons as { src: string }[]) {
    expect((await page.request.get(icon.src)).ok()).toBe(true);
  }
  // Chromium never offers to install from an incognito profile, which is what a
  // normal Playwright context is; a persistent profile is a regular one.
  const profile = mkdtempSync(join(tmpdir(), 'triglot-profile-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium',
    args: ['--disable-background-networking', '--disable-component-update'],
  });
  try {
    const installed = await browser.newPage();
    await installed.goto(`${baseURL}/en/`);
    await installed.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await installed.reload();
    await installed.waitForFunction(() => !!navigator.serviceWorker.controller);
    const cdp = await browser.newCDPSession(installed);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

/**
 * URLs as a learner types, bookmarks or shares them: without the trailing slash the static
 * export's pages are published under, and with a query the page reads from its own URL.
 */
const SLASHLESS = [
  { path: '/en/settings', heading: 'Settings' },
  { path: '/de/study?course=it', heading: 'Italienisch lernen' },
  {
    path: '/en/read?id=gone',
    heading: 'This article is not in your library (it may have been deleted).',
  },
] as const;

/** The learner's page, with the query it was opened with (the Italian course, the article…). */
async function expectPage(page: Page, path: string, heading: string) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  if (path.includes('course=')) await expect(page.locator('article[data-card-id]')).toBeVisible();
  const [pathname, query = ''] = path.split('?');
  const url = new URL(page.url());
  expect(url.pathname.replace(/\/$/, '')).toBe(pathname);
  expect(url.search).toBe(query ? `?${query}` : '');
}

async function expectSharedText(page: Page) {
  await expect(page.getByRole('textbox', { name: 'Title (optional)' })).toHaveValue('Geteilt');
  expect(new URL(page.url()).searchParams.get('text')).toBe('Ciao a tutti.');
}
const SHARED = '/en/add?title=Geteilt&text=Ciao+a+tutti.';

test.describe('before the service worker runs', () => {
  test.use({ serviceWorkers: 'block' });

  test('a URL without the trailing slash opens its page and keeps its query', async ({ page }) => {
    for (const { path, heading } of SLASHLESS) {
      await page.goto(path);
      await expectPage(page, path, heading);
    }
    await page.goto(SHARED);
    await expectSharedText(page);
    // The router still works from a page opened at the slashless URL.
    await page.goto('/de/study?course=it');
    await page
      .getByRole('navigation', { name: 'Hauptmenü' })
      .getByRole('link', { name: 'Einstellungen' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
    await page.goBack();
    await expectPage(page, '/de/study?course=it', 'Italienisch lernen');
  });
});

test('online and offline, a URL without the trailing slash opens its page with its query', async ({
  page,
  context,
}) => {
  await page.goto('/en/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  // Offline first: once online, the runtime cache would hold the slashless URLs too.
  for (const offline of [true, false]) {
    await context.setOffline(offline);
    for (const { path, heading } of SLASHLESS) {
      await page.goto(path);
      await expectPage(page, path, heading);
      // The worker moves the page to the URL it is precached under, query and all.
      expect(new URL(page.url()).pathname).toMatch(/\/$/);
    }
    await page.goto(SHARED);
    await expectSharedText(page);
  }
  await context.setOffline(true);
  await page.goto('/de/study?course=it');
  await page.reload();
  await expectPage(page, '/de/study?course=it', 'Italienisch lernen');
  await page.goto('/en/settings');
  await page.reload();
  await expectPage(page, '/en/settings', 'Settings');
});
