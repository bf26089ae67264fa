import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { BackupEvent } from '@/lib/backup/stream';
import { deleteAllData, eventsBackup, importTwice } from './backup-helpers';
import { expect, test } from './fixtures';
import { dumpDb, type Dump } from './idb';
import { answerCorrectly, loadCards, stubSpeech, studyAnswering } from './study-helpers';

const DAY = 86_400_000;

/** A version-4 file of `n` answers over `cards` cards of a course nobody ships content for. */
function answersFile(n: number, cards: number, tag = 'e2e'): string {
  const start = Date.now() - 20 * DAY;
  const events: BackupEvent[] = Array.from({ length: n }, (_, i) => ({
    id: `an.${tag}.${i.toString(36)}`,
    seq: start + i,
    cardId: `de:${tag}:${i % cards}`,
    course: 'de',
    at: start + i * 1000,
    kind: 'answer',
    grade: 3,
    durationMs: 4000,
    from: i < cards ? 'new' : 'review',
  }));
  return eventsBackup(events);
}

/** Every progress bar state and main-thread long task the page shows, from its first script. */
async function recordProgress(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __progress: [string, number][]; __tasks: number[][] };
    w.__progress = [];
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="progressbar"]')) {
        const seen: [string, number] = [
          el.getAttribute('aria-label') ?? '',
          Number(el.getAttribute('aria-valuenow')),
        ];
        const last = w.__progress.at(-1);
        if (!last || last[0] !== seen[0] || last[1] !== seen[1]) w.__progress.push(seen);
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-valuenow'],
    });
  });
}

const progressSeen = (page: Page, label: string) =>
  page.evaluate(
    (l) =>
      (window as unknown as { __progress: [string, number][] }).__progress
        .filter(([name]) => name === l)
        .map(([, v]) => v),
    label,
  );

const longestTaskSince = (page: Page, since: number) =>
  page.evaluate(
    (t) =>
      Math.max(
        0,
        ...(window as unknown as { __tasks: number[][] }).__tasks
          .filter(([start]) => start! >= t)
          .map(([, d]) => Math.round(d!)),
      ),
    since,
  );

/** The stores as two devices must agree on them: an import's tag and an article's arrival time are its own. */
function comparable(dump: Dump) {
  return {
    ...dump,
    events: (dump.events ?? []).map((e) => {
      const { importId: _i, ...rest } = e as { importId?: string };
      return rest;
    }),
    articles: (dump.articles ?? []).map((a) => {
      const { addedAt: _a, ...rest } = a as { addedAt?: number };
      return rest;
    }),
  };
}

function upload(text: string, name = 'backup.jsonl') {
  return { name, mimeType: 'application/x-ndjson', buffer: Buffer.from(text) };
}

test('export, delete everything, import: the answers come back, and twice changes nothing', async ({
  page,
}) => {
  await studyAnswering(page, 'de', 3);

  await page.goto('/en/settings/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a backup' }).click();
  const download = await downloading;
  const path = await download.path();
  await expect(
    page.getByRole('status').filter({ hasText: 'Backup saved: 3 answers' }),
  ).toBeVisible();

  await deleteAllData(page);
  await importTwice(
    page,
    'Import a backup',
    path,
    'Backup imported: 3 new answers',
    'Backup imported: no new answers',
  );

  await page.goto('/en/browse/');
  await page.getByLabel('State').selectOption('learning');
  await expect(page.getByRole('status').filter({ hasText: /^3 cards$/ })).toBeVisible();
  const lines = readFileSync(path, 'utf8').split('\n');
  expect(JSON.parse(lines[0]!)).toMatchObject({ app: 'triglot', version: 4 });
  expect(
    lines.filter((l) => l.startsWith('{"event":{') && l.includes('"kind":"answer"')),
  ).toHaveLength(3);
});

test('a large backup: import and export show progress in the Worker, another browser gets identical stores, and the import can be undone', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await stubSpeech(page);
  await recordProgress(page);
  const cards = await loadCards(page, 'de');
  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  for (let i = 0; i < 2; i++) await answerCorrectly(page, cards);

  await page.goto('/en/settings/');
  let since = await page.evaluate(() => performance.now());
  // From a file on disk, as a learner picks one (a buffer would be decoded in the page).
  const seedPath = test.info().outputPath('seed.jsonl');
  writeFileSync(seedPath, answersFile(30_000, 3_000));
  let started = Date.now();
  await page.getByLabel('Import a backup').setInputFiles(seedPath);
  await expect(page.getByRole('progressbar', { name: 'Importing the backup' })).toBeVisible();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Backup imported: 30,000 new answers, 3,000 cards' }),
  ).toBeVisible({ timeout: 120_000 });
  const importMs = Date.now() - started;
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  const importBar = await progressSeen(page, 'Importing the backup');
  expect(importBar.length).toBeGreaterThan(2);
  expect(importBar.at(-1)).toBeGreaterThanOrEqual(75);
  const importTask = await longestTaskSince(page, since);

  since = await page.evaluate(() => performance.now());
  const downloading = page.waitForEvent('download');
  started = Date.now();
  await page.getByRole('button', { name: 'Export a backup' }).click();
  const path = await (await downloading).path();
  const exportMs = Date.now() - started;
  await expect(
    page.getByRole('status').filter({ hasText: 'Backup saved: 30,002 answers, 3,002 cards' }),
  ).toBeVisible();
  const exportBar = await progressSeen(page, 'Exporting the backup');
  expect(exportBar.length).toBeGreaterThan(0);
  expect(exportBar.every((v) => v >= 0 && v <= 100)).toBe(true);
  const exportTask = await longestTaskSince(page, since);
  console.log(
    `30,000 answers: import ${importMs} ms, export ${exportMs} ms; ` +
      `longest main-thread task: import ${importTask} ms, export ${exportTask} ms`,
  );

  const text = readFileSync(path, 'utf8');
  const lines = text.trimEnd().split('\n');
  expect(JSON.parse(lines[0]!)).toMatchObject({
    app: 'triglot',
    version: 4,
    counts: { articles: 0, events: 30_002 },
  });
  expect(lines).toHaveLength(1 + 30_002);
  const here = await dumpDb(page);

  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await recordProgress(other);
    // The app puts the shipped articles in on its first visit; wait for them.
    await other.goto('/en/study/?course=de');
    await expect(other.locator('article[data-card-id]')).toBeVisible();
    await other.goto('/en/settings/');
    const empty = await dumpDb(other);
    expect(empty.events).toEqual([]);
    const otherSince = await other.evaluate(() => performance.now());
    await other.getByLabel('Import a backup').setInputFiles(path);
    await expect(
      other.getByRole('status').filter({ hasText: 'Backup imported: 30,002 new answers' }),
    ).toBeVisible({ timeout: 120_000 });
    console.log(
      `longest main-thread task, importing into an empty browser: ${await longestTaskSince(other, otherSince)} ms`,
    );
    expect(comparable(await dumpDb(other))).toEqual(comparable(here));

    await other.getByRole('button', { name: 'Undo this import' }).click();
    await expect(
      other.getByRole('status').filter({ hasText: 'Import undone: 30,002 events removed.' }),
    ).toBeVisible({ timeout: 60_000 });
    // Everything as before, but the sequence clock: it never runs back.
    const undone = comparable(await dumpDb(other));
    expect({ ...undone, meta: [] }).toEqual({ ...comparable(empty), meta: [] });
  } finally {
    await context.close();
  }
});

test('each bad file gets its own message naming where, and changes nothing', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/en/settings/');
  const panel = page.getByRole('region', { name: 'Your data' });
  const good = answersFile(5, 2, 'bad');
  await page.getByLabel('Import a backup').setInputFiles(upload(good));
  await expect(
    page.getByRole('status').filter({ hasText: 'Backup imported: 5 new answers' }),
  ).toBeVisible();
  const before = await dumpDb(page);
  const lines = good.trimEnd().split('\n');
  const withLine = (i: number, line: string) =>
    lines.map((l, j) => (j === i ? line : l)).join('\n') + '\n';
  const retimed = (i: number, at: number) => {
    const { event } = JSON.parse(lines[i]!) as { event: BackupEvent };
    return withLine(i, JSON.stringify({ event: { ...event, at } }));
  };
  const header = JSON.parse(lines[0]!) as { counts: { events: number } };
  const repeated = [
    JSON.stringify({ ...header, counts: { ...header.counts, events: 6 } }),
    ...lines.slice(1, 3),
    lines[2]!,
    ...lines.slice(3),
  ].join('\n');

  const cases: [string, string, string][] = [
    [
      'not JSON',
      withLine(2, '{"event": oops'),
      'Line 3 of this backup is not JSON. Nothing was changed.',
    ],
    [
      'another app',
      '{"app":"anki","version":4}\n',
      'This file is not a Triglot backup (it may come from another app). Nothing was changed.',
    ],
    [
      'no version',
      '{"app":"triglot","events":[]}',
      'This file says no backup version, so Triglot cannot tell how to read it. Nothing was changed.',
    ],
    [
      'a version as text',
      '{"app":"triglot","version":"1"}',
      'This backup is damaged or incomplete at version. Nothing was changed.',
    ],
    [
      'a time in the year 3000',
      retimed(2, Date.UTC(3000, 0, 1)),
      'This backup has an impossible time at line 3 (event.at: before 2006 or after tomorrow). Nothing was changed.',
    ],
    [
      'a time of 1e20',
      retimed(4, 1e20),
      'This backup has an impossible time at line 5 (event.at: before 2006 or after tomorrow). Nothing was changed.',
    ],
    [
      'a truncated file',
      good.slice(0, good.length - 30),
      'This backup is incomplete: it stops at line 6 (perhaps the download was cut short). Nothing was changed.',
    ],
  ];
  for (const [name, text, message] of cases) {
    await page.getByLabel('Import a backup').setInputFiles(upload(text, `${name}.jsonl`));
    await expect(panel.getByRole('alert'), name).toHaveText(message);
    expect(await dumpDb(page), name).toEqual(before);
  }

  // A repeated answer is simply not added twice: not an error, and never "storage failed".
  await page.getByLabel('Import a backup').setInputFiles(upload(repeated));
  await expect(panel.getByRole('status').filter({ hasText: 'no new answers' })).toHaveText(
    'Backup imported: no new answers, 0 cards updated. Line 4 repeats an earlier line of the file; it was added once.',
  );
  await expect(panel.getByRole('alert')).toHaveCount(0);
  expect(await dumpDb(page)).toEqual(before);
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
