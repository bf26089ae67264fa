import { expect, expectNoAxeViolations, LOCALES, test } from './fixtures';
import { answerCorrectly, counts, currentCard, loadCards, stubSpeech } from './study-helpers';

test.beforeEach(async ({ page }) => {
  await stubSpeech(page);
});

// A dozen, and on until one answer has an umlaut to type as ae/oe/ue/ss (the day has 20 new cards).
test('a new learner studies a dozen German cards, reloads, and finds them all', async ({
  page,
}) => {
  const cards = await loadCards(page, 'de');
  await page.goto('/en/study/?course=de');
  await expect(page.getByRole('heading', { name: 'Study German' })).toBeVisible();
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  const start = await counts(page);
  expect(start.new).toBe(20);

  const answered = new Set<string>();
  let transliteratedOnce = false;
  while (answered.size < 20 && (answered.size < 12 || !transliteratedOnce)) {
    const card = await currentCard(page, cards);
    const umlaut = card.kind === 'cloze' && /[äöüß]/.test(card.cloze.answer) && !transliteratedOnce;
    await answerCorrectly(page, cards, { transliterate: umlaut });
    if (umlaut) {
      transliteratedOnce = true;
    }
    answered.add(card.id);
    await expect.poll(() => counts(page).then((c) => c.new)).toBe(20 - answered.size);
  }
  expect(transliteratedOnce, 'one answer typed with ae/oe/ue/ss').toBe(true);
  const before = await counts(page);
  expect(before.new + before.learning).toBe(20);

  await page.reload();
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  expect(await counts(page)).toEqual(before);

  await page.goto('/en/browse/');
  await page.getByLabel('State').selectOption('learning');
  await expect(
    page.getByRole('status').filter({ hasText: new RegExp(`^${answered.size} cards$`) }),
  ).toBeVisible();
  const first = page.getByRole('list', { name: 'Cards' }).getByRole('button').first();
  await first.click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('table')).toContainText('Good');
});

test('an answer followed at once by a reload is kept', async ({ page }) => {
  const cards = await loadCards(page, 'it');
  await page.goto('/en/study/?course=it');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  const card = await currentCard(page, cards);
  if (card.kind === 'cloze') {
    await page.getByRole('textbox', { name: 'Answer' }).fill(card.cloze.answer);
    await page.getByRole('button', { name: 'Check' }).click();
  } else {
    await page.getByRole('button', { name: 'Show answer' }).click();
  }
  // Reload without waiting for the write: the answer journal must carry it over.
  await page.getByRole('button', { name: /^Good/ }).click({ noWaitAfter: true });
  await page.reload();
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  expect((await counts(page)).new).toBe(19);
  await expect(page.locator('article[data-card-id]')).not.toHaveAttribute('data-card-id', card.id);
});

test('two tabs see each other’s answers', async ({ page, context }) => {
  const cards = await loadCards(page, 'de');
  await page.goto('/en/study/?course=de');
  const other = await context.newPage();
  await other.goto('/en/study/?course=de');
  await expect(other.locator('article[data-card-id]')).toBeVisible();
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  const shared = await other.locator('article[data-card-id]').getAttribute('data-card-id');
  const answered = await answerCorrectly(page, cards);
  expect(answered.id).toBe(shared);
  await expect.poll(() => counts(other).then((c) => c.new)).toBe(19);
  await expect(other.locator('article[data-card-id]')).not.toHaveAttribute(
    'data-card-id',
    answered.id,
  );
  await other.close();
});

test('undo restores the card and removes the answer', async ({ page }) => {
  const cards = await loadCards(page, 'de');
  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  const card = await answerCorrectly(page, cards);
  await expect.poll(() => counts(page).then((c) => c.new)).toBe(19);
  // The next card may be a cloze with its answer box focused: there U types a letter,
  // so Ctrl+Z (on an empty box) is the shortcut that works everywhere.
  await page.keyboard.press('Control+z');
  await expect(page.locator('article[data-card-id]')).toHaveAttribute('data-card-id', card.id);
  expect((await counts(page)).new).toBe(20);
  await page.goto('/en/browse/');
  await page.getByLabel('State').selectOption('learning');
  await expect(page.getByRole('status').filter({ hasText: /^0 cards$/ })).toBeVisible();
});

test('keyboard only: Enter checks, 1–4 grade, and a wrong word is graded Again', async ({
  page,
}) => {
  const cards = await loadCards(page, 'de');
  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  let card = await currentCard(page, cards);
  // Find a cloze card: translation cards are shown with Enter and graded with 3.
  while (card.kind !== 'cloze') {
    await page.keyboard.press('Enter');
    await page.keyboard.press('3');
    card = await currentCard(page, cards);
  }
  await page.keyboard.type('Xylophon');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Not quite.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Again/ })).toBeFocused();
  await page.keyboard.press('1');
  await expect(page.locator('article[data-card-id]')).not.toHaveAttribute('data-card-id', card.id);
});

test('multiple choice: four options, keys 1–4', async ({ page }) => {
  const cards = await loadCards(page, 'it');
  await page.goto('/en/settings/');
  await page.getByLabel('Cloze answers').selectOption('choice');
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.goto('/en/study/?course=it');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  let card = await currentCard(page, cards);
  while (card.kind !== 'cloze') {
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: /^Good/ }).click();
    card = await currentCard(page, cards);
  }
  const options = page.locator('.choices button');
  await expect(options).toHaveCount(4);
  const labels = (await options.allTextContents()).map((t) => t.replace(/^\d\s*/, '').trim());
  expect([...labels].sort()).toEqual([...card.cloze.options].sort());
  const index = labels.indexOf(card.cloze.answer);
  await page.keyboard.press(String(index + 1));
  await expect(page.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
});

test('the listen button speaks the sentence in its language', async ({ page }) => {
  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  const show = page.getByRole('button', { name: 'Show answer' });
  const check = page.getByRole('button', { name: 'Check' });
  if (await check.isVisible()) {
    await page.getByRole('textbox', { name: 'Answer' }).fill('x');
    await check.click();
  } else {
    await show.click();
  }
  await page.getByRole('button', { name: 'Listen' }).click();
  const spoken = await page.evaluate(
    () => (window as unknown as { __spoken: string[][] }).__spoken,
  );
  expect(spoken[0]?.[0]).toMatch(/^de/);
});

for (const locale of LOCALES) {
  test(`study, browse and settings have no axe violations in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/study/?course=it`);
    await expect(page.locator('article[data-card-id]')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/browse/`);
    await expect(page.getByRole('list').filter({ has: page.locator('.browse-row') })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/settings/`);
    await expect(page.locator('form.settings')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
