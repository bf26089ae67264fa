import { ARTICLES, expect, expectNoAxeViolations, LOCALES, test } from './fixtures';

const HEADINGS = {
  en: 'Learn from real news',
  de: 'Lernen mit echten Nachrichten',
  it: 'Impara con notizie vere',
} as const;

for (const locale of LOCALES) {
  test(`home renders in ${locale} with courses and articles`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADINGS[locale]);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('.course')).toHaveCount(3);
    for (const article of ARTICLES) {
      await expect(page.locator(`a[href="/${locale}/read/${article}/"]`)).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });
}

test.describe('the root page', () => {
  test.use({ locale: 'it-IT' });
  test('sends the learner to the language the browser prefers', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/it\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADINGS.it);
  });
});

test.describe('the root page without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'fr-FR' });
  test('shows a plain link to each language', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Continue in English' })).toHaveAttribute(
      'href',
      '/en/',
    );
    await expect(page.getByRole('link', { name: 'Auf Deutsch weiter' })).toHaveAttribute(
      'href',
      '/de/',
    );
    await expect(page.getByRole('link', { name: 'Continua in italiano' })).toHaveAttribute(
      'href',
      '/it/',
    );
  });
});

test.describe('an unsupported browser language', () => {
  test.use({ locale: 'fr-FR' });
  test('falls back to English', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test('the language switcher keeps the learner on the same page', async ({ page }) => {
  await page.goto('/en/read/bbc-russia-syria/');
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await switcher.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(/\/de\/read\/bbc-russia-syria\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page
    .getByRole('navigation', { name: 'Sprache' })
    .getByRole('link', { name: 'Italiano' })
    .click();
  await expect(page).toHaveURL(/\/it\/read\/bbc-russia-syria\/$/);
  await expect(
    page.getByRole('navigation', { name: 'Lingua' }).getByText('Italiano'),
  ).toHaveAttribute('aria-current', 'true');
});
