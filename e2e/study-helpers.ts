import { expect, type Page } from '@playwright/test';
import { transliterate } from '@/lib/answer/check';
import { joinCard, type ArticleBundle, type Card, type CorpusIndex } from '@/lib/corpus/model';

/** Every shipped card of a course, as the study screen shows it. */
export async function loadCards(page: Page, lang: string): Promise<Map<string, Card>> {
  const index = (await (await page.request.get('/data/index.json')).json()) as CorpusIndex;
  const out = new Map<string, Card>();
  for (const a of index.articles) {
    const response = await page.request.get(`/data/articles/${a.id}.json`);
    const bundle = (await response.json()) as ArticleBundle;
    const units = new Map(bundle.article.units.map((u) => [u.id, u]));
    for (const c of bundle.cards) {
      if (c.lang === lang) out.set(c.id, joinCard(c, units.get(c.unit)!));
    }
  }
  return out;
}

/** Headless Chromium has no voices; give it two so the listen button can be tested. */
export async function stubSpeech(page: Page) {
  await page.addInitScript(() => {
    const voices = [
      { name: 'Test DE', lang: 'de-DE', localService: true, default: true, voiceURI: 'de' },
      { name: 'Test IT', lang: 'it-IT', localService: true, default: false, voiceURI: 'it' },
    ];
    const w = window as unknown as { __spoken: string[][] };
    w.__spoken = [];
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => voices,
        speak: (u: SpeechSynthesisUtterance) => w.__spoken.push([u.lang, u.text]),
        cancel() {},
        pause() {},
        resume() {},
        speaking: false,
        pending: false,
        paused: false,
        addEventListener() {},
        removeEventListener() {},
        onvoiceschanged: null,
      },
    });
  });
}

export async function counts(page: Page) {
  const list = page.getByRole('definition');
  const [n, l, r] = await list.allTextContents();
  return { new: Number(n), learning: Number(l), review: Number(r) };
}

/** The card on screen, from its id. */
export async function currentCard(page: Page, cards: Map<string, Card>): Promise<Card> {
  const id = await page.locator('article[data-card-id]').getAttribute('data-card-id');
  const card = id ? cards.get(id) : undefined;
  if (!card) throw new Error(`no card on screen (${id})`);
  return card;
}

/** Answers the card on screen correctly with Good (English UI); a cloze is typed. */
export async function answerCorrectly(
  page: Page,
  cards: Map<string, Card>,
  opts: { transliterate?: boolean } = {},
): Promise<Card> {
  const card = await currentCard(page, cards);
  if (card.kind === 'cloze') {
    const typed = opts.transliterate ? transliterate(card.cloze.answer) : card.cloze.answer;
    await page.getByRole('textbox', { name: 'Answer' }).fill(typed);
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
  } else {
    await page.getByRole('button', { name: 'Show answer' }).click();
  }
  await page.getByRole('button', { name: /^Good/ }).click();
  // The screen moves on once the answer is journaled; the write follows.
  await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeHidden();
  return card;
}

/** Opens the study screen of `lang` (speech stubbed) and answers `n` cards correctly with Good. */
export async function studyAnswering(page: Page, lang: string, n: number): Promise<void> {
  await stubSpeech(page);
  const cards = await loadCards(page, lang);
  await page.goto(`/en/study/?course=${lang}`);
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  for (let i = 0; i < n; i++) await answerCorrectly(page, cards);
}
