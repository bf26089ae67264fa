import type { CardId } from '@/lib/corpus/types';
import type { CardRow, EventRow } from '@/lib/db/schema';
import { replayCard } from '@/lib/srs/events';
import { defaultSettings } from '@/lib/srs/params';
import { createScheduler } from '@/lib/srs/scheduler';
import { expect, test } from './fixtures';
import { dumpDb } from './idb';
import { counts, stubSpeech } from './study-helpers';

test.beforeEach(async ({ page }) => {
  await stubSpeech(page);
});

/** The stored row of a card against the replay of its events, as Node computes it. */
function expectReplayed(rows: CardRow[], events: EventRow[], id: string) {
  const row = rows.find((r) => r.id === id)!;
  const fold = replayCard(
    events.filter((e) => e.cardId === (id as CardId)),
    createScheduler(defaultSettings),
  )!;
  const { id: _i, course: _c, sibling: _s, head, seq, time, blank, ...state } = row;
  expect({ state, head, seq, time, ...(blank ? { blank } : {}) }).toEqual(fold);
}

// The second tab is kept from hearing the first (no BroadcastChannel, which Dexie's live
// queries use too), so it answers from the state it loaded, as a tab does whose answer
// races the other's by a few milliseconds: deterministic, where two clicks at once are not.
test('two tabs answering the same card from the same state: one answer per click, the state is the replay of both', async ({
  page,
  context,
}) => {
  await page.goto('/en/study/?course=de');
  const other = await context.newPage();
  await stubSpeech(other);
  await other.addInitScript(() => {
    class Deaf {
      onmessage = null;
      postMessage() {}
      close() {}
      addEventListener() {}
      removeEventListener() {}
    }
    Object.defineProperty(window, 'BroadcastChannel', { value: Deaf });
  });
  await other.goto('/en/study/?course=de');
  const mine = page.locator('article[data-card-id]');
  const theirs = other.locator('article[data-card-id]');
  await expect(mine).toBeVisible();
  await expect(theirs).toBeVisible();
  const id = (await mine.getAttribute('data-card-id'))!;
  expect(await theirs.getAttribute('data-card-id')).toBe(id);
  const answers = async () =>
    ((await dumpDb(page)).events as EventRow[]).filter(
      (e) => e.cardId === id && e.kind === 'answer',
    ).length;

  await page.getByRole('button', { name: /^(Show answer|Check)$/ }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect.poll(answers).toBe(1);
  // The other tab still shows the card as it was before that answer.
  await expect(theirs).toHaveAttribute('data-card-id', id);
  await other.getByRole('button', { name: /^(Show answer|Check)$/ }).click();
  await other.getByRole('button', { name: /^Again/ }).click();
  await expect.poll(answers).toBe(2);
  const dump = await dumpDb(page);
  expectReplayed(dump.cards as CardRow[], dump.events as EventRow[], id);
  // Folded on top of the first answer, not written over it.
  expect((dump.cards as CardRow[]).find((r) => r.id === id)!.reps).toBe(2);
  await other.close();
});

test('a journaled answer that is not valid is set aside with a message and never written', async ({
  page,
}) => {
  await page.goto('/en/study/?course=de');
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  const before = await dumpDb(page);
  await page.evaluate(() => {
    const broken = { id: 'an.broken', cardId: 'de:x', course: 'de', grade: 9, review: 'soon' };
    localStorage.setItem('triglot:journal', JSON.stringify({ version: 2, entries: [broken] }));
  });
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  expect(await dumpDb(page)).toEqual(before);
  expect(await page.evaluate(() => localStorage.getItem('triglot:journal'))).toBeNull();
  expect(
    await page.evaluate(() => JSON.parse(localStorage.getItem('triglot:journal-rejected') ?? '[]')),
  ).toHaveLength(1);
  expect((await counts(page)).new).toBe(20);
});
