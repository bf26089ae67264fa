import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { answerCorrectly, loadCards, stubSpeech } from './study-helpers';

test('export, delete everything, import: the answers come back, and twice changes nothing', async ({
  page,
}) => {
  await stubSpeech(page);
  const cards = await loadCards(page, 'de');
  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  for (let i = 0; i < 3; i++) await answerCorrectly(page, cards);

  await page.goto('/en/settings/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a backup' }).click();
  const download = await downloading;
  const path = await download.path();
  await expect(
    page.getByRole('status').filter({ hasText: 'Backup saved: 3 answers' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete all answers, cards and settings' }).click();
  await expect(page.getByText('All data deleted.')).toBeVisible();

  await page.getByLabel('Import a backup').setInputFiles(path);
  await expect(
    page.getByRole('status').filter({ hasText: 'Backup imported: 3 new answers' }),
  ).toBeVisible();
  await page.getByLabel('Import a backup').setInputFiles(path);
  await expect(
    page.getByRole('status').filter({ hasText: 'Backup imported: no new answers' }),
  ).toBeVisible();

  await page.goto('/en/browse/');
  await page.getByLabel('State').selectOption('learning');
  await expect(page.getByRole('status').filter({ hasText: /^3 cards$/ })).toBeVisible();
  expect(JSON.parse(readFileSync(path, 'utf8')).reviews).toHaveLength(3);
});

test('a file that is not a backup gets a clear message', async ({ page }) => {
  await page.goto('/de/settings/');
  await page.getByLabel('Sicherung importieren').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Triglot-Sicherung' })).toHaveText(
    'Diese Datei ist keine Triglot-Sicherung (vielleicht stammt sie aus einer anderen App). Es wurde nichts geändert.',
  );
});

test('the Anki export is a cloze file Anki can import', async ({ page }) => {
  await page.goto('/en/settings/');
  await page.getByLabel('Course for Anki').selectOption('it');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export for Anki' }).click();
  const text = readFileSync(await (await downloading).path(), 'utf8');
  expect(text).toContain('#notetype:Cloze');
  const notes = text.split('\n').filter((l) => l && !l.startsWith('#'));
  expect(notes.length).toBeGreaterThan(100);
  expect(notes[0]).toMatch(/\{\{c1::[^}]+\}\}/);
});
