import type { Page } from '@playwright/test';
import type { BackupEvent } from '@/lib/backup/stream';
import type { Card } from '@/lib/corpus/model';
import { eventsBackup, importBackupText } from './backup-helpers';
import { expect, test } from './fixtures';
import { loadCards, stubSpeech } from './study-helpers';

const DAY = 86_400_000;

/**
 * Leaves `target` the only card of its course to study: every other card is suspended by a
 * backup imported through Settings, as a learner could.
 */
async function studyOnly(page: Page, cards: Map<string, Card>, target: Card) {
  const start = Date.now() - DAY;
  const others = [...cards.values()].filter((c) => c.id !== target.id);
  const events: BackupEvent[] = others.map((c, i) => ({
    id: `su.e2e.${i.toString(36)}`,
    seq: start + i,
    cardId: c.id,
    course: target.lang,
    at: start + i,
    kind: 'suspend',
  }));
  await page.goto('/en/settings/');
  await importBackupText(page, eventsBackup(events), /Backup imported/);
}

/** A shipped cloze card whose answer is `answer` and which accepts `alternative`. */
function clozeWith(cards: Map<string, Card>, answer: string, alternative: string): Card {
  const card = [...cards.values()].find(
    (c) =>
      c.kind === 'cloze' &&
      c.cloze.answer === answer &&
      c.cloze.alternatives?.includes(alternative) &&
      c.cloze.hintSpans,
  );
  if (!card) throw new Error(`no shipped card ${answer} accepting ${alternative}`);
  return card;
}

test.beforeEach(async ({ page }) => {
  await stubSpeech(page);
});

test('the hint marks the word that translates the blank, and a synonym fits too (CNN: Vereinbarung)', async ({
  page,
}) => {
  const cards = await loadCards(page, 'de');
  const card = clozeWith(cards, 'Vereinbarung', 'Abmachung');
  await studyOnly(page, cards, card);

  await page.goto('/en/study/?course=de');
  const shown = page.getByRole('article', { name: 'Fill in the blank' });
  await expect(shown).toHaveAttribute('data-card-id', card.id);
  // The English hint's word for the blank is marked, and its meaning is spelled out for a
  // screen reader.
  const hint = shown.getByRole('paragraph').filter({ hasText: 'translates the blank' });
  await expect(hint).toHaveAttribute('lang', 'en');
  await expect(hint.locator('mark')).toHaveText('agreement');
  await expect(hint.getByText('agreement', { exact: true })).toBeVisible();

  await page.getByRole('textbox', { name: 'Answer' }).fill('Abmachung');
  await page.getByRole('button', { name: 'Check' }).click();
  const verdict = page.getByRole('status').filter({ hasText: 'That fits too.' });
  await expect(verdict).toContainText('The text says Vereinbarung.');
  // Good by default, never Again.
  await expect(page.getByRole('button', { name: /^Good/ })).toBeFocused();
  await expect(page.getByText('Suggested: Good.')).toBeVisible();
});

test('with the setting at Hard, a synonym proposes Hard (BBC: area for region)', async ({
  page,
}) => {
  const cards = await loadCards(page, 'en');
  const card = clozeWith(cards, 'region', 'area');
  await studyOnly(page, cards, card);
  await page.getByLabel('When a synonym fits').selectOption({ label: 'Propose Hard' });
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.goto('/en/study/?course=en');
  const shown = page.getByRole('article', { name: 'Fill in the blank' });
  await expect(shown).toHaveAttribute('data-card-id', card.id);
  await expect(shown.locator('p.hint mark')).toHaveText('Region');

  await page.getByRole('textbox', { name: 'Answer' }).fill('area');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'That fits too.' })).toContainText(
    'The text says region.',
  );
  await expect(page.getByRole('button', { name: /^Hard/ })).toBeFocused();
});
