import { ARTICLES, expect, expectNoAxeViolations, LOCALES, test } from './fixtures';

// The BBC article has 48 lines of text; the CNN opinion piece is shorter (31 units once its
// furniture, a video caption, editor's note and summary box, is dropped).
const MIN_UNITS = { 'bbc-russia-syria': 45, 'cnn-russia-syria': 30 } as const;

for (const article of ARTICLES) {
  test(`the reader aligns ${article} in three languages`, async ({ page }) => {
    await page.goto(`/en/read/${article}/`);
    const units = page.locator('ol.units > li');
    expect(await units.count()).toBeGreaterThanOrEqual(MIN_UNITS[article]);
    // Every unit carries a sentence in each of the three languages.
    for (const lang of ['de', 'it', 'en']) {
      await expect(units.locator(`p.sentence[lang="${lang}"]`)).toHaveCount(await units.count());
    }
    const empty = await units
      .locator('p.sentence')
      .evaluateAll(
        (ps) => ps.filter((p) => (p.textContent ?? '').replace(/\s/g, '').length < 2).length,
      );
    expect(empty).toBe(0);
  });
}

test('focus on a sentence highlights its partners and shows the alignment score', async ({
  page,
}) => {
  await page.goto('/en/read/bbc-russia-syria/');
  const unit = page.locator('ol.units > li').nth(1);
  const score = unit.getByText(/^Alignment \d+%$/);
  await expect(score).toBeHidden();
  const italian = unit.locator('p.sentence[lang="it"]');
  const before = await italian.evaluate((el) => getComputedStyle(el).backgroundColor);
  await unit.locator('p.sentence[lang="de"]').focus();
  await expect(score).toBeVisible();
  await expect
    .poll(() => italian.evaluate((el) => getComputedStyle(el).backgroundColor))
    .not.toBe(before);
  await expect(unit.locator('p.sentence[lang="de"]')).toContainText(
    'mutmaßlicher chemischer Angriff',
  );
  await expect(italian).toContainText('sospetto attacco chimico');
});

test('texts translated for Triglot carry a visible mark', async ({ page }) => {
  await page.goto('/en/read/bbc-russia-syria/');
  const first = page.locator('ol.units > li').first();
  await expect(
    first.locator('p.sentence[lang="en"]').getByRole('img', { name: 'Translated for Triglot' }),
  ).toBeVisible();
  await expect(first.locator('p.sentence[lang="de"]').getByRole('img')).toHaveCount(0);
  await page.goto('/de/read/cnn-russia-syria/');
  const cnn = page.locator('ol.units > li').first();
  await expect(
    cnn.locator('p.sentence[lang="de"]').getByRole('img', { name: 'Für Triglot übersetzt' }),
  ).toBeVisible();
  await expect(cnn.locator('p.sentence[lang="en"]').getByRole('img')).toHaveCount(0);
});

for (const locale of LOCALES) {
  test(`reader and cards pages have no axe violations in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/read/bbc-russia-syria/`);
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/cards/it/`);
    await expect(page.locator('.card-item').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the cards page lists cloze and translation cards a page at a time, with a filter', async ({
  page,
}) => {
  await page.goto('/en/cards/de/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('German cards');
  const items = page.locator('.card-item');
  const total = page.locator('.card-list-view .filters').getByRole('status');
  // Read from IndexedDB once the shipped articles are imported: a page of 50, then more on request.
  await expect(total).toHaveText(/^[\d,]+ cards$/);
  const allText = (await total.textContent())!;
  const all = Number((await total.textContent())!.replace(/\D/g, ''));
  expect(all).toBeGreaterThan(100);
  await expect(items).toHaveCount(50);
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(items).toHaveCount(100);

  await page.getByLabel('Card kind').selectOption('cloze');
  await expect(total).not.toHaveText(allText);
  await expect(total).toHaveText(/^[\d,]+ cards$/);
  const clozes = Number((await total.textContent())!.replace(/\D/g, ''));
  expect(clozes).toBeGreaterThan(0);
  expect(clozes).toBeLessThan(all);
  await expect(items).toHaveCount(Math.min(50, clozes));
  await expect(page.locator('.card-item:not([data-kind="cloze"])')).toHaveCount(0);
  await expect(items.first()).toContainText('Cloze');
});
