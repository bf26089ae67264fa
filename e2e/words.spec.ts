import type { Page } from '@playwright/test';
import type { Card } from '@/lib/corpus/model';
import { definiteArticle, lemmaOf } from '@/lib/srs/words';
import { dumpDb } from './idb';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { loadCards, stubSpeech } from './study-helpers';

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

test.beforeEach(async ({ page }) => {
  await stubSpeech(page);
});

/** The word on screen and the cloze whose sentence shows it. */
async function onScreen(page: Page, cards: Map<string, Card>) {
  const article = page.locator('article[data-card-id]');
  await expect(article).toBeVisible();
  const id = (await article.getAttribute('data-card-id'))!;
  const shown = await article.getAttribute('data-shown');
  return { id, shown, card: shown ? cards.get(shown) : cards.get(id) };
}

async function answer(page: Page, card: Card, right: boolean) {
  if (card.kind === 'cloze') {
    await page.getByRole('textbox', { name: 'Answer' }).fill(right ? card.cloze.answer : 'falsch');
    await page.getByRole('button', { name: 'Check' }).click();
  } else {
    await page.getByRole('button', { name: 'Show answer' }).click();
  }
  await page.getByRole('button', { name: right ? /^Good/ : /^Again/ }).click();
  await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeHidden();
}

test('learn words: a word answered in one sentence comes back in another; the Words page shows it, and "I know this" changes its status', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-23T09:00:00+01:00') });
  const cards = await loadCards(page, 'de');
  const sentencesOf = (lemma: string) =>
    [...cards.values()].filter((c) => c.kind === 'cloze' && c.cloze.lemma === lemma);

  await page.goto('/en/settings/');
  const mode = page.getByLabel('German course');
  await mode.selectOption('words');
  // The save is confirmed in the picker's own polite live region.
  await expect(page.getByRole('status').filter({ hasText: 'German course: saved.' })).toBeVisible();
  // Stored before the reload (the save is a write of its own), then read back from storage.
  await expect
    .poll(async () => {
      const rows = (await dumpDb(page)).settings as { value?: { learn?: { de?: string } } }[];
      return rows?.[0]?.value?.learn?.de;
    })
    .toBe('words');
  await page.reload();
  await expect(mode).toHaveValue('words');

  await page.goto('/en/study/?course=de');
  // New words, each through one of its sentences: Good, until one with several sentences
  // gets Again (it comes back as a learning step), and one noun with a gender is known.
  let again: { id: string; shown: string } | null = null;
  let noun: Card | null = null;
  for (let i = 0; i < 20 && (!again || !noun); i++) {
    const { id, shown, card } = await onScreen(page, cards);
    if (!card) throw new Error(`no card for ${id}`);
    if (!id.startsWith('de:word:')) {
      await answer(page, card, true);
      continue;
    }
    expect(card.kind).toBe('cloze');
    if (card.kind !== 'cloze') continue;
    expect(lemmaOf(id as never)).toBe(card.cloze.lemma);
    if (!again && sentencesOf(card.cloze.lemma).length > 1) {
      again = { id, shown: shown! };
      await answer(page, card, false);
    } else {
      if (!noun && card.cloze.gender) noun = card;
      await answer(page, card, true);
    }
  }
  expect(again, 'a word with more than one sentence').not.toBeNull();
  expect(noun, 'a noun with its gender').not.toBeNull();

  // Later, a new queue: the word is due again, shown in a sentence it was not seen in.
  await page.clock.fastForward('15:00');
  await page.reload();
  await expect(page.locator(`article[data-card-id="${again!.id}"]`)).toBeVisible();
  const later = await onScreen(page, cards);
  expect(later.shown).not.toBe(again!.shown);
  expect(later.card?.kind === 'cloze' && later.card.cloze.lemma).toBe(lemmaOf(again!.id as never));

  // The Words page: the noun with its article and gender, and its status in plain words.
  if (noun!.kind !== 'cloze') throw new Error('not a cloze');
  const { lemma, gender } = noun!.cloze;
  await page.goto('/en/words/');
  await page.getByRole('searchbox', { name: 'Search words' }).fill(lemma);
  const entry = page.locator('li.word-entry').filter({
    has: page.getByText(`${definiteArticle('de', lemma, gender)} ${lemma}`, { exact: true }),
  });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText({ m: 'masculine', f: 'feminine', n: 'neuter' }[gender!]);
  await expect(entry).toContainText('learning');
  await expect(entry).toContainText(/you would likely recall it: \d+ %/);
  await entry.getByRole('button', { name: 'I know this' }).click();
  await expect(entry.locator('.tag')).toHaveText('known');
  await page.reload();
  await page.getByRole('searchbox', { name: 'Search words' }).fill(lemma);
  const known = page.locator('li.word-entry').filter({ hasText: lemma }).first();
  await expect(known.locator('.tag')).toHaveText('known');
  await expectNoAxeViolations(page);

  // "Study this word now": known and not due, it heads the queue all the same.
  await known.getByRole('link', { name: 'Study this word now' }).click();
  await expect(page.locator('article[data-card-id]')).toHaveAttribute(
    'data-card-id',
    `de:word:${lemma}`,
  );
});
