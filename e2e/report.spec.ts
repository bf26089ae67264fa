import { expect, test } from './fixtures';
import { dumpDb } from './idb';
import { counts, currentCard, loadCards, stubSpeech } from './study-helpers';

test.beforeEach(async ({ page }) => {
  await stubSpeech(page);
});

test('a card reported from the study screen leaves the queue, stays out after a reload, and its report is in the log', async ({
  page,
}) => {
  const cards = await loadCards(page, 'de');
  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  const reported = await currentCard(page, cards);
  expect(reported.kind).toBe('cloze');
  expect((await counts(page)).new).toBe(20);

  await page.getByRole('button', { name: 'Report a problem with this card' }).click();
  const menu = page.getByRole('group', { name: 'What is wrong with this card?' });
  await expect(menu.getByRole('button')).toHaveText([
    'The answer is wrong',
    'An option is also right, or makes no sense',
    'The hint does not match',
    'Cancel',
  ]);
  await menu.getByRole('button', { name: 'The hint does not match' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Reported' })).toBeVisible();
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  expect((await currentCard(page, cards)).id).not.toBe(reported.id);

  const db = await dumpDb(page);
  const rows = (db.cards ?? []) as { id: string; suspended: boolean }[];
  expect(rows.find((c) => c.id === reported.id)?.suspended).toBe(true);
  const events = (db.events ?? []) as { cardId: string }[];
  expect(events.filter((e) => e.cardId === reported.id)).toMatchObject([
    { kind: 'report', reason: 'hint' },
  ]);

  // The new card that took its place in the day's twenty is not the reported one, reload or not.
  await page.reload();
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  expect((await currentCard(page, cards)).id).not.toBe(reported.id);
});
