import { expect, test } from './fixtures';

test('browse finds cards by an accent- and case-blind word prefix', async ({ page }) => {
  await page.goto('/en/browse/');
  const list = page.getByRole('list', { name: 'Cards' });
  await expect(list.getByRole('button').first()).toBeVisible();
  await page.getByLabel('Course').selectOption('it');
  await page.getByRole('searchbox', { name: 'Search' }).fill('PERCH');
  // Results replace the list as soon as they are read; every card's sentence has a word starting "perch".
  await expect(list).toHaveAttribute('aria-busy', 'false');
  const texts = await list.locator('.browse-text').allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text.toLowerCase()).toMatch(/\bperch/);
  expect(texts.some((t) => /perché/i.test(t))).toBe(true);
  const count = (await page
    .getByRole('status')
    .filter({ hasText: /cards?$/ })
    .textContent())!;

  // The same cards without the accent, and with ß typed as ss.
  await page.getByRole('searchbox', { name: 'Search' }).fill('perche');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('status').filter({ hasText: /cards?$/ })).toHaveText(count);
  await page.getByLabel('Course').selectOption('de');
  await page.getByRole('searchbox', { name: 'Search' }).fill('mutmass');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(list.locator('.browse-text').first()).toContainText(/mutmaßlich/i);
  await expect(list.locator('.browse-text').filter({ hasNotText: /mutmaßlich/i })).toHaveCount(0);

  // A card found by search opens with its detail.
  await list.getByRole('button').first().click();
  await expect(page.getByRole('heading', { name: 'Card', exact: true, level: 2 })).toBeVisible();
  await expect(page.getByText('Not studied yet.')).toBeVisible();
});

test('browse answers each letter as it is typed, and ends on the last text typed', async ({
  page,
}) => {
  await page.goto('/en/browse/');
  const list = page.getByRole('list', { name: 'Cards' });
  await expect(list.getByRole('button').first()).toBeVisible();
  const box = page.getByRole('searchbox', { name: 'Search' });
  let typed = '';
  for (const letter of 'Russl') {
    await box.press(letter);
    typed += letter.toLowerCase();
    // Idle only once the list shows this text's results: every card has a word starting so.
    await expect(list).toHaveAttribute('aria-busy', 'false');
    const texts = await list.locator('.browse-text').allTextContents();
    expect(texts.length, typed).toBeGreaterThan(0);
    const word = new RegExp(`(^|[^\\p{L}])${typed}`, 'iu');
    for (const text of texts) expect(text, typed).toMatch(word);
  }

  // Typed in one go, faster than a search: the list ends on the whole word's results.
  await box.fill('');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await box.pressSequentially('Russlands');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  const texts = await list.locator('.browse-text').allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text).toMatch(/russlands/i);
});

test('browse lists 50 cards at a time with the total, and shows more on request', async ({
  page,
}) => {
  await page.goto('/en/browse/');
  const list = page.getByRole('list', { name: 'Cards' });
  const rows = list.getByRole('listitem');
  await expect(rows).toHaveCount(50);
  const total = page.getByRole('status').filter({ hasText: /^[\d,]+ cards$/ });
  await expect(total).toBeVisible();
  expect(Number((await total.textContent())!.replace(/\D/g, ''))).toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(rows).toHaveCount(100);

  // A filter starts again from the first page.
  await page.getByLabel('Kind').selectOption('produce');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(rows).toHaveCount(50);
  await expect(rows.filter({ hasNotText: 'Produce' })).toHaveCount(0);
});

test('a suspended card leaves the new cards and is listed under suspended', async ({ page }) => {
  await page.goto('/en/browse/');
  const list = page.getByRole('list', { name: 'Cards' });
  await page.getByLabel('State').selectOption('new');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  const first = list.getByRole('button').first();
  const text = (await first.locator('.browse-text').textContent())!;
  await first.click();
  await page.getByRole('button', { name: 'Suspend' }).click();
  await expect(page.getByRole('button', { name: 'Unsuspend' })).toBeVisible();
  // The list is live: the card leaves "new" while its detail stays open.
  await expect(list.getByRole('button').first().locator('.browse-text')).not.toHaveText(text);
  await page.getByLabel('State').selectOption('suspended');
  await expect(page.getByRole('status').filter({ hasText: /^1 card$/ })).toBeVisible();
  await expect(list.locator('.browse-text')).toHaveText([text]);
});
