import type { Card } from '@/lib/corpus/model';
import { definiteArticle } from '@/lib/srs/words';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { loadCards, stubSpeech } from './study-helpers';

const ARTICLE = 'bbc-russia-syria';

test('the Reader knows your words: the known share, a word panel, and "I know this" there and on the Words page', async ({
  page,
}) => {
  // Two axe scans of pages with a button per word, and four page loads: more than the default.
  test.slow();
  await page.setViewportSize({ width: 375, height: 800 });
  const cards = await loadCards(page, 'de');
  // A German noun of this article with its gender and gloss, a one-word blank.
  const noun = [...cards.values()].find(
    (c): c is Extract<Card, { kind: 'cloze' }> =>
      c.article === ARTICLE &&
      c.kind === 'cloze' &&
      !!c.cloze.gender &&
      !!c.cloze.gloss &&
      /^\p{L}+$/u.test(c.cloze.answer),
  );
  if (!noun) throw new Error('no German noun with gender and gloss in the article');
  const { lemma, gender, gloss, answer } = noun.cloze;

  await page.goto(`/en/read/${ARTICLE}/`);
  await expect(
    page.getByText(/^German: you know \d+ % of the words in this article\.$/),
  ).toBeVisible();
  await expect(page.getByText(/^Counted are the words you have cards for/)).toBeVisible();

  const sentence = page.locator('p.sentence[lang="de"]').filter({ hasText: noun.text }).first();
  const word = sentence.getByRole('button', { name: answer, exact: true }).first();
  await expect(word).toHaveClass(/rw-new/);

  // The panel: lemma with its article and gender, gloss, status; Escape gives focus back.
  await word.click();
  const panel = page.getByRole('dialog', { name: `The word ${lemma}` });
  await expect(panel).toBeVisible();
  await expect(panel).toBeFocused();
  await expect(panel).toContainText(`${definiteArticle('de', lemma, gender)} ${lemma}`);
  await expect(panel).toContainText({ m: 'masculine', f: 'feminine', n: 'neuter' }[gender!]);
  await expect(panel).toContainText(gloss!);
  await expect(panel).toContainText('Status: new');
  await expect(panel.getByRole('link', { name: 'Learn this word' })).toHaveAttribute(
    'href',
    new RegExp(`word=${encodeURIComponent(`de:word:${lemma}`)}`),
  );
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(word).toBeFocused();

  // Keyboard: Enter on the word opens it again; "I know this" changes its status here.
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'I know this' }).click();
  await expect(panel).toContainText('Status: known');
  await expect(word).toHaveClass(/rw-known/);
  await expect(panel.getByRole('button', { name: 'I know this' })).toBeDisabled();

  // ... and on the Words page.
  await page.goto('/en/words/');
  await page.getByRole('searchbox', { name: 'Search words' }).fill(lemma);
  const entry = page.locator('li.word-entry').filter({ hasText: lemma }).first();
  await expect(entry.locator('.tag')).toHaveText('known');

  // Back in the Reader, after a reload, it is still known.
  await page.goto(`/en/read/${ARTICLE}/`);
  await expect(
    page
      .locator('p.sentence[lang="de"]')
      .filter({ hasText: noun.text })
      .first()
      .getByRole('button', { name: answer, exact: true })
      .first(),
  ).toHaveClass(/rw-known/);

  // Home: each article's known share, per language.
  await page.goto('/en/');
  const list = page.getByRole('region', { name: 'Articles' });
  await expect(list.getByText(/^You know: .*German \d+ %/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('"Learn this word" in the Reader opens study on the very sentence it was met in', async ({
  page,
}) => {
  await stubSpeech(page);
  const cards = await loadCards(page, 'de');
  const noun = [...cards.values()].find(
    (c) => c.article === ARTICLE && c.kind === 'cloze' && /^\p{L}+$/u.test(c.cloze.answer),
  );
  if (!noun || noun.kind !== 'cloze') throw new Error('no German cloze in the article');
  await page.goto(`/en/read/${ARTICLE}/`);
  await page
    .locator('p.sentence[lang="de"]')
    .filter({ hasText: noun.text })
    .first()
    .getByRole('button', { name: noun.cloze.answer, exact: true })
    .first()
    .click();
  await page
    .getByRole('dialog', { name: `The word ${noun.cloze.lemma}` })
    .getByRole('link', { name: 'Learn this word' })
    .click();
  await expect(page.locator('article[data-card-id]')).toHaveAttribute('data-card-id', noun.id);
});
