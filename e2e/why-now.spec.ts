import { expect, expectNoAxeViolations, test } from './fixtures';
import { answerCorrectly, currentCard, loadCards, stubSpeech } from './study-helpers';

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

test.beforeEach(async ({ page }) => {
  await stubSpeech(page);
});

test('why now: a new card says so; after Again it is a learning step with its answer', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-23T09:00:00+01:00') });
  const cards = await loadCards(page, 'de');
  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  const first = await currentCard(page, cards);

  // Not from inside the answer box: there W is a letter.
  await page.getByRole('heading', { name: 'Study German' }).click();
  await page.keyboard.press('w');
  const panel = page.getByRole('region', { name: 'Why this card now' });
  await expect(panel).toContainText('A new card');
  await expect(panel).toContainText('No answers yet.');
  const outcomes = panel.getByRole('table');
  await expect(outcomes.getByRole('row')).toHaveCount(5);
  await expect(outcomes.getByRole('row', { name: /^Again/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Why now?' }).click();
  await expect(panel).toBeHidden();

  // Again: the card returns after its first learning step (1 minute).
  if (first.kind === 'cloze') {
    await page.getByRole('textbox', { name: 'Answer' }).fill('falsch');
    await page.getByRole('button', { name: 'Check' }).click();
  } else {
    await page.getByRole('button', { name: 'Show answer' }).click();
  }
  await page.getByRole('button', { name: /^Again/ }).click();
  await expect(page.locator(`article[data-card-id="${first.id}"]`)).toBeHidden();
  // Two minutes on, it is due again: it comes back within the next few cards (those on
  // screen are answered; which of today's cards come first is the sitting's business).
  await page.clock.fastForward('02:00');
  const again = page.locator(`article[data-card-id="${first.id}"]`);
  const shown = page.locator('article[data-card-id]');
  for (let i = 0; i < 6; i++) {
    await expect(shown).toBeVisible();
    if (await again.isVisible()) break;
    await answerCorrectly(page, cards);
  }
  await expect(again).toBeVisible();

  await page.getByRole('button', { name: 'Why now?' }).click();
  await expect(panel).toContainText('Learning step 1');
  const history = panel.getByRole('table').first();
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history).toContainText('Again');
  await expect(history).toContainText('first answer');
  await expect(panel.getByRole('definition').first()).toHaveText(/^\d+ %$|^\d+%$/);
});
