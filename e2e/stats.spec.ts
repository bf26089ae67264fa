import type { BackupEvent } from '@/lib/backup/stream';
import { eventsBackup, importBackupText } from './backup-helpers';
import { expect, expectNoAxeViolations, LOCALES, test } from './fixtures';

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-23T12:00:00+01:00');
/** 10:00 local, `days` study days before today. */
const at = (days: number) => Date.parse('2026-11-23T10:00:00+01:00') - days * DAY;

/**
 * A fixed log: card 0 learned 40 days ago, passed 30 days later (mature) and failed 8
 * days after that (young); card 1 learned 10 days ago, passed 8 days later (young);
 * an Italian card learned and failed 2 days ago. 36 s an answer.
 */
function seededLog(): string {
  const rows: [string, number, 1 | 3, 'new' | 'review'][] = [
    ['de:stats:0', 40, 3, 'new'],
    ['de:stats:0', 10, 3, 'review'],
    ['de:stats:0', 2, 1, 'review'],
    ['de:stats:1', 10, 3, 'new'],
    ['de:stats:1', 2, 3, 'review'],
    ['it:stats:2', 2, 1, 'new'],
  ];
  const events: BackupEvent[] = rows.map(([cardId, days, grade, from], i) => ({
    id: `an.stats.${i}`,
    seq: at(days) + i,
    cardId,
    course: cardId.slice(0, 2) as 'de' | 'it',
    at: at(days) + i,
    kind: 'answer',
    grade,
    durationMs: 36_000,
    from,
  }));
  return eventsBackup(events, NOW);
}

test('statistics from a seeded log: every chart with its numbers', async ({ page }) => {
  await page.clock.install({ time: NOW });
  await page.goto('/en/settings/');
  await importBackupText(page, seededLog(), 'Backup imported: 6 new answers');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Statistics' })
    .click();
  await expect(page.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible();
  await expect(page.getByText('You studied on 2 of the last 30 days.')).toBeVisible();

  const heat = page.getByRole('region', { name: 'Reviews in the last year', exact: true });
  await expect(heat).toContainText('6 answers on 3 days in the last year.');
  await heat.getByRole('button', { name: 'Show the numbers' }).click();
  await expect(heat.getByRole('row', { name: 'November 2026 5 2', exact: true })).toBeVisible();
  await expect(heat.getByRole('row', { name: 'October 2026 1 1', exact: true })).toBeVisible();

  const forecast = page.getByRole('region', { name: 'Due in the next 30 days', exact: true });
  await expect(forecast).toContainText('3 reviews fall due in the next 30 days');
  await forecast.getByRole('button', { name: 'Show the numbers' }).click();
  await expect(forecast.getByRole('row')).toHaveCount(31);
  // The relearning and the learning card are due today (overdue since their last answer).
  await expect(forecast).toContainText(/fall due in the next 30 days, [23] of them today/);
  await expect(forecast.getByRole('row', { name: 'Nov 23, 2026 0', exact: true })).toHaveCount(0);

  const retention = page.getByRole('region', { name: 'True retention, last 30 days', exact: true });
  await expect(retention.getByRole('row', { name: 'Young 50% 2', exact: true })).toBeVisible();
  await expect(retention.getByRole('row', { name: 'Mature 100% 1', exact: true })).toBeVisible();
  await expect(retention.getByRole('row', { name: 'All 67% 3', exact: true })).toBeVisible();
  await expect(retention).toContainText('Your target is 90%.');

  const states = page.getByRole('region', { name: 'Cards by state', exact: true });
  await expect(states.getByRole('row', { name: 'Learning 1', exact: true })).toBeVisible();
  await expect(states.getByRole('row', { name: 'Relearning 1', exact: true })).toBeVisible();
  await expect(states.getByRole('row', { name: 'Review 1', exact: true })).toBeVisible();

  const time = page.getByRole('region', { name: 'Time spent, last 30 days', exact: true });
  await expect(time).toContainText('3 minutes in the last 30 days.');
  await time.getByRole('button', { name: 'Show the numbers' }).click();
  // Two answers of 36 s ten days ago, three two days ago.
  await expect(time.getByRole('row', { name: 'Nov 13, 2026 1.2', exact: true })).toBeVisible();
  await expect(time.getByRole('row', { name: 'Nov 21, 2026 1.8', exact: true })).toBeVisible();
  await expect(time.getByRole('row', { name: 'Nov 22, 2026 0', exact: true })).toBeVisible();
  const learned = page.getByRole('region', { name: 'Cards learned', exact: true });
  await expect(learned).toContainText('3 cards learned so far.');
  await learned.getByRole('button', { name: 'Show the numbers' }).click();
  await expect(learned.getByRole('row')).toHaveCount(4);
  await expect(learned.getByRole('row', { name: 'Oct 14, 2026 1', exact: true })).toBeVisible();
  await expect(learned.getByRole('row', { name: 'Nov 13, 2026 2', exact: true })).toBeVisible();
  await expect(learned.getByRole('row', { name: 'Nov 21, 2026 3', exact: true })).toBeVisible();

  // One course: the Italian card drops out.
  await page.getByLabel('Course').selectOption('de');
  await expect(heat).toContainText('5 answers on 3 days in the last year.');
  await expect(learned).toContainText('2 cards learned so far.');
});

for (const locale of LOCALES) {
  test(`statistics have no axe violations in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/stats/`);
    await expect(page.locator('.stats-figure').first()).toBeVisible();
    for (const button of await page.locator('.stats-figure button').all()) await button.click();
    await expectNoAxeViolations(page);
  });
}
