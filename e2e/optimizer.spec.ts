import { default_w } from 'ts-fsrs';
import type { BackupEvent } from '@/lib/backup/stream';
import { eventsBackup, importBackupText } from './backup-helpers';
import { simulateLearner } from '@/lib/srs/simulate';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** A learner who forgets five times faster than FSRS's defaults assume: 500 cards, 7 answers each. */
function seededLog(): string {
  const truth = [...default_w];
  for (let i = 0; i < 4; i++) truth[i] = default_w[i]! / 5;
  const now = Date.now();
  const start = now - 1_500 * 86_400_000;
  // Nothing from the future: a backup refuses times after tomorrow.
  const events = simulateLearner({ truth, cards: 500, reviews: 7, seed: 7, start })
    .flat()
    .filter((e) => e.at < now);
  return eventsBackup(events as BackupEvent[]);
}

test('the scheduler fitted to a learner: runs by itself, shows before and after, can be undone and run again', async ({
  page,
}) => {
  await page.goto('/en/settings/');
  await importBackupText(page, seededLog(), /Backup imported: [\d,]+ new answers/, {
    timeout: 30_000,
  });

  await page.goto('/en/stats/');
  await expect(
    page.getByText('Choose a course to see how its scheduler is fitted to you.'),
  ).toBeVisible();
  await page.getByLabel('Course').selectOption('de');
  const panel = page.getByRole('region', { name: 'Fitted to you', exact: true });
  await expect(panel).toContainText("FSRS's default parameters");
  // 3,500 answers and no fit yet: it starts by itself, with its progress.
  await expect(panel.getByRole('status').filter({ hasText: 'started by itself' })).toBeVisible();
  const verdict = panel.getByRole('status').filter({ hasText: 'held-out answers better' });
  await expect(verdict).toBeVisible({ timeout: 60_000 });
  await expect(verdict).toContainText('Triglot schedules with them from now on');
  const rows = panel.getByRole('table').first().getByRole('row');
  await expect(rows).toHaveCount(3);
  const [before, after] = (await rows.nth(1).getByRole('cell').allTextContents()).map(Number);
  expect(after).toBeLessThan(before!);
  await expect(panel).toContainText('Scheduling uses parameters fitted to your answers');
  await panel.getByRole('button', { name: 'Show the numbers' }).click();
  await expect(
    panel.getByRole('region', { name: 'Predicted and actual recall', exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await panel.getByRole('button', { name: 'Go back to the previous parameters' }).click();
  await expect(panel).toContainText("FSRS's default parameters");
  await panel.getByRole('button', { name: 'Fit to my answers' }).click();
  await expect(panel.getByRole('progressbar', { name: 'Fitting progress' })).toBeVisible();
  await expect(verdict).toBeVisible({ timeout: 60_000 });
  await expect(panel).toContainText('Scheduling uses parameters fitted to your answers');
});
