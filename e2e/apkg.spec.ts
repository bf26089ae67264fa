import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { readPackage, writePackage } from '@/lib/apkg/package';
import { SCHEMA_11 } from '@/lib/apkg/schema';
import { deleteAllData, importTwice } from './backup-helpers';
import { expect, test } from './fixtures';
import { dumpDb } from './idb';
import { stubSpeech, studyAnswering } from './study-helpers';

const sql = initSqlJs();

test('export downloads an .apkg with the reviews; imported after a clear, they come back once', async ({
  page,
}) => {
  await studyAnswering(page, 'de', 3);

  await page.goto('/en/settings/');
  await page.getByLabel('Anki package (.apkg), with your review history').selectOption('de');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .apkg' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^triglot-de-\d{4}-\d{2}-\d{2}\.apkg$/);
  await expect(page.getByRole('status').filter({ hasText: 'and 3 reviews saved' })).toBeVisible();
  const path = await download.path();

  const SQL = await sql;
  const anki = new SQL.Database(readPackage(new Uint8Array(readFileSync(path))));
  const revlog = anki.exec('SELECT count(*) FROM revlog WHERE ease > 0')[0]!.values[0]![0];
  expect(revlog).toBe(3);
  anki.close();

  await deleteAllData(page);
  await importTwice(
    page,
    'Import from Anki (.apkg)',
    path,
    'From Anki: 3 new reviews, 3 cards updated.',
    'From Anki: no new reviews',
  );
});

/** A schema-11 collection with `cards` bare card rows (and their notes), as .apkg bytes. */
async function deck(cards: number): Promise<Buffer> {
  const SQL = await sql;
  const db = new SQL.Database();
  db.exec(SCHEMA_11);
  db.run(`INSERT INTO col VALUES (1,0,0,0,11,0,0,0,'{}','{}','{}','{}','{}')`);
  db.exec('BEGIN');
  const card = db.prepare(
    `INSERT INTO cards VALUES (?, ?, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')`,
  );
  for (let i = 1; i <= cards; i++) card.run([i, 1]);
  card.free();
  db.run(`INSERT INTO notes VALUES (1, 'x', 1, 0, 0, '', 'only one field', '', 0, 0, '')`);
  db.exec('COMMIT');
  const bytes = writePackage(db.export());
  db.close();
  return Buffer.from(bytes);
}

test('each bad file gets its message and changes nothing', async ({ page }) => {
  test.setTimeout(90_000);
  // The shipped articles are stored first (an import waits for them), so the dump below is final.
  await stubSpeech(page);
  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  await page.goto('/en/settings/');
  const panel = page.getByRole('region', { name: 'Your data' });
  await expect(panel.getByRole('button', { name: 'Export .apkg' })).toBeEnabled();
  const before = await dumpDb(page);
  const text = (s: string) => new TextEncoder().encode(s);
  const files: [string, Buffer, RegExp][] = [
    ['collection.colpkg', await deck(1), /whole Anki collection \(\.colpkg\)/],
    [
      'newer.apkg',
      Buffer.from(
        zipSync({ meta: new Uint8Array([8, 3]), 'collection.anki21b': text('zstd bytes') }),
      ),
      /Anki’s newer package format/,
    ],
    [
      'photos.apkg',
      Buffer.from(zipSync({ 'photo.txt': text('not a deck') })),
      /not an Anki deck package/,
    ],
    ['backup.apkg', Buffer.from('{"app":"triglot","version":4}\n'), /not an Anki deck package/],
    ['huge.apkg', await deck(200_001), /too large to import in the browser/],
    ['empty.apkg', await deck(1), /neither cards made by Triglot nor sentence pairs/],
  ];
  for (const [name, buffer, message] of files) {
    await page
      .getByLabel('Import from Anki (.apkg)')
      .setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    await expect(panel.getByRole('alert'), name).toHaveText(message);
    await expect(panel.getByRole('alert'), name).toContainText('Nothing was changed.');
  }
  expect(await dumpDb(page)).toEqual(before);
});

test('a foreign deck of German–Italian sentence notes opens in Add as the two texts', async ({
  page,
}) => {
  const SQL = await sql;
  const db = new SQL.Database();
  db.exec(SCHEMA_11);
  db.run(`INSERT INTO col VALUES (1,0,0,0,11,0,0,0,'{}','{}',?,'{}','{}')`, [
    JSON.stringify({ 5: { name: 'Sprachen::Reise' } }),
  ]);
  const pairs = [
    ['Der Zug fährt um acht Uhr nach Rom.', 'Il treno parte per Roma alle otto.'],
    ['Ich habe das Hotel für zwei Nächte gebucht.', 'Ho prenotato l’albergo per due notti.'],
    [
      'Wir essen heute Abend in einem kleinen Restaurant.',
      'Stasera mangiamo in un piccolo ristorante.',
    ],
  ];
  pairs.forEach(([de, it], i) => {
    db.run(`INSERT INTO notes VALUES (?, ?, 7, 0, 0, '', ?, '', 0, 0, '')`, [
      i + 1,
      `g${i}`,
      `${de}\x1f${it}`,
    ]);
    db.run(`INSERT INTO cards VALUES (?, ?, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')`, [
      i + 10,
      i + 1,
    ]);
  });
  const buffer = Buffer.from(writePackage(db.export()));
  db.close();
  await page.goto('/en/settings/');
  await page
    .getByLabel('Import from Anki (.apkg)')
    .setInputFiles({ name: 'reise.apkg', mimeType: 'application/octet-stream', buffer });
  await expect(page).toHaveURL(/\/en\/add\/\?from=anki$/);
  await expect(page.getByRole('textbox', { name: 'Title (optional)' })).toHaveValue('Reise');
  await expect(page.getByRole('group', { name: 'First text' }).getByRole('textbox')).toHaveValue(
    pairs.map((p) => p[0]).join('\n'),
  );
  await expect(
    page.getByRole('group', { name: 'Second text (optional)' }).getByRole('textbox'),
  ).toHaveValue(pairs.map((p) => p[1]).join('\n'));
});
