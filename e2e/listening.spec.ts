import type { Page } from '@playwright/test';
import type { Card } from '@/lib/corpus/model';
import { dictationWords } from '@/lib/answer/dictation';
import { expect, expectNoAxeViolations, LOCALES, test } from './fixtures';
import { counts, currentCard, loadCards, spoken, stubSpeech } from './study-helpers';

type Cloze = Extract<Card, { kind: 'cloze' }>;

/** Answers translation cards (Good) until a cloze is on screen. */
async function untilCloze(page: Page, cards: Map<string, Card>): Promise<Cloze> {
  let card = await currentCard(page, cards);
  while (card.kind !== 'cloze') {
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: /^Good/ }).click();
    await expect(page.locator(`article[data-card-id="${card.id}"]`)).toBeHidden();
    card = await currentCard(page, cards);
  }
  return card;
}

async function chooseMode(page: Page, mode: 'Reading' | RegExp) {
  const select = page.getByRole('combobox', { name: 'Study by' });
  const option = select.getByRole('option', { name: mode });
  const value = await option.getAttribute('value');
  await select.selectOption(value!);
  await expect(select).toHaveValue(value!);
}

test('listening: the sentence is spoken in its voice, replayed slower, and the typed word graded', async ({
  page,
}) => {
  await stubSpeech(page);
  const cards = await loadCards(page, 'de');
  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  await chooseMode(page, /^Listening/);
  const card = await untilCloze(page, cards);

  await expect(page.getByText('Listen, then type the missing word.')).toBeVisible();
  await expect
    .poll(async () => (await spoken(page)).at(-1))
    .toEqual(['de-DE', card.text, 'Test DE', 1]);
  const before = (await spoken(page)).length;
  await page.getByRole('button', { name: 'Slower' }).click();
  expect((await spoken(page)).at(-1)).toEqual(['de-DE', card.text, 'Test DE', 0.7]);
  // Alt+R in the answer box replays at the normal rate, and types nothing.
  const box = page.getByRole('textbox', { name: 'Answer' });
  await box.focus();
  await page.keyboard.press('Alt+KeyR');
  await expect.poll(async () => (await spoken(page)).length).toBe(before + 2);
  expect((await spoken(page)).at(-1)?.[3]).toBe(1);
  await expect(box).toHaveValue('');

  await box.fill(card.cloze.answer);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
  await expect(page.getByText('R plays again', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(page.locator(`article[data-card-id="${card.id}"]`)).toBeHidden();
});

test('dictation: the whole sentence is typed and marked word by word, and the answer recorded', async ({
  page,
}) => {
  await stubSpeech(page);
  const cards = await loadCards(page, 'it');
  await page.goto('/en/study/?course=it');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  await chooseMode(page, /^Dictation/);
  const card = await untilCloze(page, cards);
  await expect(page.getByText('Listen, then type the whole sentence.')).toBeVisible();
  // The sentence is not on screen: only the ear has it.
  await expect(page.locator('article[data-card-id]')).not.toContainText(card.text.slice(0, 30));
  await expect
    .poll(async () => (await spoken(page)).at(-1)?.slice(0, 3))
    .toEqual(['it-IT', card.text, 'Test IT']);

  const words = dictationWords(card.text, 'it');
  const typed = words.slice(1).join(' ').toLowerCase();
  await page.getByRole('textbox', { name: 'The whole sentence' }).fill(typed);
  await page.getByRole('button', { name: 'Check' }).click();
  const n = words.length;
  const status = page.getByRole('status').filter({ hasText: `${n - 1} of ${n} words right` });
  await expect(status).toBeVisible();
  const list = page.getByRole('list', { name: 'Your sentence word by word' });
  await expect(list.getByRole('listitem')).toHaveCount(n);
  await expect(list.getByRole('listitem').first()).toContainText('missing');
  await expect(list.getByRole('listitem').nth(1)).toContainText('right');
  await expectNoAxeViolations(page);

  // One word in more than a few missing still proposes Hard; either way the grade is recorded.
  const proposed = page.locator('.grade.proposed');
  await expect(proposed).toHaveCount(1);
  const before = await counts(page);
  await page.keyboard.press('Enter');
  await expect(page.locator(`article[data-card-id="${card.id}"]`)).toBeHidden();
  // The new card has been answered: it left the new count, as any other answer would.
  await expect.poll(() => counts(page).then((c) => c.new)).toBe(before.new - 1);
});

test('without a voice for the language the listening choice is hidden, with the reason', async ({
  page,
}) => {
  await stubSpeech(page, [{ name: 'Test DE', lang: 'de-DE' }]);
  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  await chooseMode(page, /^Dictation/);

  await page.goto('/en/study/?course=it');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  await expect(
    page.getByText('Your browser has no Italian voice; listening needs one.'),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Study by' })).toHaveCount(0);
  // The stored dictation waits for a voice: this course reads.
  await expect(page.getByText('Listen, then type the whole sentence.')).toHaveCount(0);
  expect(await spoken(page)).toEqual([]);

  await page.goto('/en/settings/');
  await expect(page.getByText('Your browser has no Italian voice.')).toBeVisible();
});

test('the voice chosen in Settings is the one that speaks', async ({ page }) => {
  await stubSpeech(page, [
    { name: 'Wrong EN', lang: 'en-US' },
    { name: 'Remote DE', lang: 'de-DE', localService: false },
    { name: 'Local DE', lang: 'de-DE' },
    { name: 'Swiss DE', lang: 'de-CH' },
    { name: 'Test IT', lang: 'it-IT' },
  ]);
  const cards = await loadCards(page, 'de');
  await page.goto('/en/settings/');
  const select = page.getByRole('combobox', { name: 'German voice' });
  // Only German voices, the local de-DE one first choice.
  await expect(select.getByRole('option')).toHaveText([
    'Remote DE (de-DE) · needs the network',
    'Local DE (de-DE)',
    'Swiss DE (de-CH)',
  ]);
  await expect(select).toHaveValue('stub:Local DE');
  await select.selectOption('stub:Swiss DE');
  await expect(select).toHaveValue('stub:Swiss DE');
  await expectNoAxeViolations(page);

  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  await chooseMode(page, /^Listening/);
  const card = await untilCloze(page, cards);
  await expect
    .poll(async () => (await spoken(page)).at(-1)?.slice(0, 3))
    .toEqual(['de-CH', card.text, 'Swiss DE']);
});

for (const locale of LOCALES) {
  test(`listening study has no axe violations in ${locale}, at 375 px`, async ({ page }) => {
    await stubSpeech(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`/${locale}/settings/`);
    await expect(page.locator('form.settings')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/study/?course=de`);
    await expect(page.locator('article[data-card-id]')).toBeVisible();
    await page.locator('.study-mode select').selectOption('listen');
    // The listening keys join the others once the mode is stored.
    await expect(page.locator('.study-foot .keys')).toHaveCount(2);
    await expectNoAxeViolations(page);
    // Nothing wider than the phone.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  });
}
