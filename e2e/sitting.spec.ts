import { expect, test } from './fixtures';
import { importBackupText, v1OneAnswerBackup, type V1State } from './backup-helpers';
import { answerCorrectly, counts, loadCards, stubSpeech } from './study-helpers';

test.beforeEach(async ({ page }) => {
  await stubSpeech(page);
});

// Dated yesterday, so the live query of today's answers cannot see it: only the
// announced change can tell the open sitting.
test('a backup imported in another tab reaches an open sitting before its next answer', async ({
  page,
  context,
}) => {
  const cards = await loadCards(page, 'de');
  await page.goto('/en/study/?course=de');
  const shown = page.locator('article[data-card-id]');
  await expect(shown).toBeVisible();
  expect((await counts(page)).new).toBe(20);
  const card = cards.get((await shown.getAttribute('data-card-id'))!)!;

  const day = 86_400_000;
  const yesterday = Date.now() - day;
  const state: V1State = {
    due: Date.now() + 7 * day,
    lastReview: yesterday,
    stability: 8,
    difficulty: 5,
    scheduledDays: 8,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: 'review',
    suspended: false,
    buriedUntil: null,
  };
  const other = await context.newPage();
  await other.goto('/en/settings/');
  await importBackupText(
    other,
    v1OneAnswerBackup(card, state, { at: yesterday, grade: 4 }),
    'Backup imported',
    { name: 'backup.json' },
  );

  await expect(shown).not.toHaveAttribute('data-card-id', card.id);
  expect((await counts(page)).new).toBe(19);
  await other.close();
});

// A reset is no answer: today's log does not change, so only the announcement can tell.
test('a card reset in Browse in another tab comes back to an open sitting', async ({
  page,
  context,
}) => {
  const cards = await loadCards(page, 'de');
  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  await answerCorrectly(page, cards);
  await expect.poll(() => counts(page)).toEqual({ new: 19, learning: 1, review: 0 });

  const other = await context.newPage();
  await other.goto('/en/browse/');
  await other.getByLabel('State').selectOption('learning');
  await expect(other.getByRole('status').filter({ hasText: /^1 card$/ })).toBeVisible();
  await other.getByRole('list', { name: 'Cards' }).getByRole('button').first().click();
  await other.getByRole('button', { name: 'Reset', exact: true }).click();
  await other.getByRole('button', { name: "Reset: forget this card's progress" }).click();
  await expect(other.getByRole('status').filter({ hasText: /^0 cards$/ })).toBeVisible();

  await expect.poll(() => counts(page)).toEqual({ new: 20, learning: 0, review: 0 });
  await other.close();
});
