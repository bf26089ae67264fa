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

export interface StubVoice {
  readonly name: string;
  readonly lang: string;
  readonly localService?: boolean;
}

/** [lang, text, voice name or '', rate] for each utterance spoken, in order. */
export type Spoken = [string, string, string, number];

const DEFAULT_VOICES: readonly StubVoice[] = [
  { name: 'Test DE', lang: 'de-DE' },
  { name: 'Test IT', lang: 'it-IT' },
];

/**
 * Headless Chromium has no voices; give it some (German and Italian unless told) so speech can
 * be tested. Voices and utterances are stand-ins of the browser's classes, so the app assigns
 * the voice as it would a real one and the stub records which voice spoke.
 */
export async function stubSpeech(page: Page, voices: readonly StubVoice[] = DEFAULT_VOICES) {
  await page.addInitScript((list: readonly StubVoice[]) => {
    // Plain fields, no parameter properties: this function is sent to the page as its source.
    class StubSpeechSynthesisVoice {
      default = false;
      name: string;
      lang: string;
      localService: boolean;
      voiceURI: string;
      constructor(name: string, lang: string, localService: boolean, voiceURI: string) {
        this.name = name;
        this.lang = lang;
        this.localService = localService;
        this.voiceURI = voiceURI;
      }
    }
    class StubUtterance {
      lang = '';
      rate = 1;
      voice: StubSpeechSynthesisVoice | null = null;
      text: string;
      constructor(text: string) {
        this.text = text;
      }
    }
    const made = list.map(
      (v) => new StubSpeechSynthesisVoice(v.name, v.lang, v.localService ?? true, `stub:${v.name}`),
    );
    const w = window as unknown as { __spoken: unknown[][] };
    w.__spoken = [];
    Object.defineProperty(window, 'SpeechSynthesisVoice', { value: StubSpeechSynthesisVoice });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StubUtterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => made,
        speak: (u: StubUtterance) => w.__spoken.push([u.lang, u.text, u.voice?.name ?? '', u.rate]),
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
  }, voices);
}

/** What the stub has spoken so far. */
export async function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
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
