import { importBackupText, v1OneAnswerBackup, type V1State } from './backup-helpers';
import { expect, test } from './fixtures';
import { counts, currentCard, loadCards, stubSpeech } from './study-helpers';

test('a browser that refuses IndexedDB gets a clear message, not a blank page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/en/study/?course=de');
  await expect(
    page.getByRole('heading', { name: 'Triglot cannot save your progress in this browser' }),
  ).toBeVisible();
  await expect(page.getByRole('alert').first()).toContainText('open Triglot in a normal window');
  // Reading still works.
  await page.goto('/en/read/bbc-russia-syria/');
  await expect(page.locator('ol.units > li').first()).toBeVisible();
});

test('with storage full, the answer is kept and saved on retry', async ({ page }) => {
  await stubSpeech(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __full: boolean };
    w.__full = false;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: Parameters<typeof original>
      ) {
        if (w.__full && (this.name === 'reviews' || this.name === 'cards')) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.apply(this, args);
      };
    }
  });
  const cards = await loadCards(page, 'de');
  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  const card = await currentCard(page, cards);
  await page.evaluate(() => ((window as unknown as { __full: boolean }).__full = true));
  if (card.kind === 'cloze') {
    await page.getByRole('textbox', { name: 'Answer' }).fill(card.cloze.answer);
    await page.getByRole('button', { name: 'Check' }).click();
  } else {
    await page.getByRole('button', { name: 'Show answer' }).click();
  }
  await page.getByRole('button', { name: /^Good/ }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Your answer was not saved.' });
  await expect(alert).toContainText('storage is full');
  // Still on the same card, nothing counted.
  await expect(page.locator('article[data-card-id]')).toHaveAttribute('data-card-id', card.id);
  expect((await counts(page)).new).toBe(20);

  await page.evaluate(() => ((window as unknown as { __full: boolean }).__full = false));
  await alert.getByRole('button', { name: 'Retry saving' }).click();
  await expect(alert).toBeHidden();
  await expect.poll(() => counts(page).then((c) => c.new)).toBe(19);
  await page.reload();
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  expect((await counts(page)).new).toBe(19);
});

test('a whole study session requests nothing outside the app’s origin', async ({
  page,
  baseURL,
}) => {
  await stubSpeech(page);
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreign.push(url);
  });
  const cards = await loadCards(page, 'it');
  await page.goto('/it/study/?course=it');
  for (let i = 0; i < 4; i++) {
    await expect(page.locator('article[data-card-id]')).toBeVisible();
    const card = await currentCard(page, cards);
    if (card.kind === 'cloze') {
      await page.getByRole('textbox', { name: 'Risposta' }).fill('sbagliato');
      await page.getByRole('button', { name: 'Verifica' }).click();
    } else {
      await page.getByRole('button', { name: 'Mostra la risposta' }).click();
    }
    await page.keyboard.press('3');
  }
  await page.goto('/it/browse/');
  await page.goto('/it/settings/');
  expect(foreign).toEqual([]);
});

test('imported text is rendered as text, never as HTML, under a same-origin CSP', async ({
  page,
}) => {
  const cards = await loadCards(page, 'de');
  const card = [...cards.values()][0]!;
  const state: V1State = {
    due: Date.now() + 600_000,
    lastReview: Date.now(),
    stability: 1,
    difficulty: 5,
    scheduledDays: 0,
    learningSteps: 1,
    reps: 1,
    lapses: 0,
    state: 'learning',
    suspended: false,
    buriedUntil: null,
  };
  const hostile = '<img src=x onerror="window.__xss=1">';
  await page.goto('/en/settings/');
  await importBackupText(
    page,
    v1OneAnswerBackup(card, state, { at: Date.now(), grade: 3, typed: hostile }),
    'Backup imported',
    { name: 'backup.json' },
  );
  await page.goto('/en/browse/');
  await page.getByLabel('State').selectOption('learning');
  await page.getByRole('list', { name: 'Cards' }).getByRole('button').first().click();
  await expect(page.getByRole('table')).toContainText(hostile);
  expect(await page.locator('table img').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  const csp = (await page.request.get('/en/')).headers()['content-security-policy'];
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
});

test('without a speech voice for the language, there is no listen button', async ({ page }) => {
  // Headless Chromium has no voices at all.
  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  const check = page.getByRole('button', { name: 'Check' });
  if (await check.isVisible()) {
    await page.getByRole('textbox', { name: 'Answer' }).fill('x');
    await check.click();
  } else {
    await page.getByRole('button', { name: 'Show answer' }).click();
  }
  await expect(page.getByRole('button', { name: /^Again/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
});
