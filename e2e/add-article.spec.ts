import type { Page } from '@playwright/test';
import { joinCard, type ArticleBundle, type Card, type CardContent } from '@/lib/corpus/model';
import type { FromWorker, ToWorker } from '@/lib/import/protocol';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { dumpDb } from './idb';
import { answerCorrectly, loadCards, stubSpeech } from './study-helpers';

// A short German–Italian article of the test's own (not one of the shipped ones).
const DE = `Die Stadt Bologna eröffnet eine neue Bibliothek im Zentrum.
Das Gebäude hat 2019 noch als Lagerhalle gedient.
Nach drei Jahren Arbeit bietet es jetzt Platz für 120.000 Bücher.
Die Bürgermeisterin Anna Rossi sprach am Montag von einem Geschenk für alle Bürger.
Jeden Tag kommen mehr als 800 Besucher, viele davon Studenten.
Die Bibliothek ist von acht bis zweiundzwanzig Uhr geöffnet.
Im Garten gibt es ein kleines Café mit 40 Plätzen.
Im Herbst soll eine zweite Bibliothek in Modena folgen.`;

const IT = `La città di Bologna apre una nuova biblioteca nel centro.
Nel 2019 l'edificio serviva ancora come magazzino.
Dopo tre anni di lavori ora offre spazio per 120.000 libri.
Lunedì la sindaca Anna Rossi ha parlato di un regalo per tutti i cittadini.
Ogni giorno arrivano più di 800 visitatori, molti dei quali studenti.
La biblioteca è aperta dalle otto alle ventidue.
Nel giardino c'è un piccolo caffè con 40 posti.
In autunno dovrebbe seguire una seconda biblioteca a Modena.`;

// Italian, and about something else entirely.
const IT_OTHER = `In Sicilia il caldo ha raggiunto livelli record questa settimana.
A Palermo i termometri hanno segnato quasi quaranta gradi.
Gli agricoltori temono per il raccolto delle arance.
La protezione civile consiglia di restare in casa nelle ore più calde.
Molti turisti cercano refrigerio sulle spiagge di Cefalù.
I medici ricordano di bere molta acqua durante la giornata.
Secondo gli esperti il fenomeno si ripeterà sempre più spesso.
Domenica è previsto un temporale che porterà un po' di fresco.`;

// English, about yet another thing.
const EN_OTHER = `The football club announced a new coach on Friday.
He has worked in Spain and Portugal for ten years.
Fans hope that the team will finally win the cup again.
The first match of the season is in three weeks.
Tickets went on sale this morning and sold out quickly.
The old coach left the club after a difficult spring.
Several players said they were happy with the decision.
The club will present the coach to the press on Monday.`;

/** Saving a whole article may take seconds when the machine is busy. */
const SAVED = { timeout: 30_000 };

/** The stored cards of one article, joined with their units, as the study screen shows them. */
async function storedCards(page: Page, article: string): Promise<Map<string, Card>> {
  const dump = await dumpDb(page);
  const units = new Map(
    (dump.units as { id: string; article: string; text: Record<string, string> }[])
      .filter((u) => u.article === article)
      .map((u) => [u.id, u]),
  );
  const out = new Map<string, Card>();
  for (const c of dump.content as (CardContent & { terms?: string[] })[]) {
    if (c.article !== article) continue;
    const { terms: _terms, ...content } = c;
    out.set(c.id, joinCard(content as CardContent, units.get(c.unit)!));
  }
  return out;
}

async function articleIds(page: Page): Promise<string[]> {
  const dump = await dumpDb(page);
  return ((dump.articles ?? []) as { id: string }[]).map((a) => a.id).sort();
}

async function openAddPage(page: Page) {
  await page.goto('/en/');
  // The shipped articles are in IndexedDB once Home lists them from there.
  await expect
    .poll(() => articleIds(page).then((ids) => ids.length), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(2);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Add article' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible();
}

function textBox(page: Page, n: 1 | 2 | 3) {
  const name = ['First text', 'Second text (optional)', 'Third text (optional)'][n - 1]!;
  return page.getByRole('group', { name }).getByRole('textbox');
}

function languageOf(page: Page, n: 1 | 2 | 3) {
  const name = ['First text', 'Second text (optional)', 'Third text (optional)'][n - 1]!;
  return page.getByRole('group', { name }).getByRole('combobox', { name: 'Language of this text' });
}

async function preview(page: Page) {
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { name: 'Preview' })).toBeVisible({ timeout: 60_000 });
}

/** Offline after one visit with the service worker in control, then studies until a card of `article` was answered. */
async function studyOffline(
  page: Page,
  course: 'de' | 'it',
  article: string,
  cards: Map<string, Card>,
) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await page.context().setOffline(true);
  await page.goto(`/en/study/?course=${course}`);
  let mine: Card | undefined;
  for (let i = 0; i < 20 && !mine; i++) {
    await expect(page.locator('article[data-card-id]')).toBeVisible();
    const card = await answerCorrectly(page, cards);
    if (card.article === article) mine = card;
  }
  expect(mine, `a card of ${article} among the first 20 new cards`).toBeTruthy();
  await page.reload();
  await expect(page.locator('article[data-card-id]')).toBeVisible();
  return mine!;
}

test.describe('adding an article', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a German–Italian pair: preview, add, read, study offline, reload, delete', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await stubSpeech(page);
    await openAddPage(page);
    await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Eine neue Bibliothek');
    await textBox(page, 1).fill(DE);
    await textBox(page, 2).fill(IT);
    await expect(languageOf(page, 1)).toHaveValue('de');
    await expect(languageOf(page, 2)).toHaveValue('it');
    await expect(page.getByText('Looks like German.')).toBeVisible();
    await expectNoAxeViolations(page);
    await preview(page);
    await expectNoAxeViolations(page);

    await expect(page.getByText(/^German–Italian: parallel, score \d+%$/)).toBeVisible();
    await expect(
      page.getByText(/^German: \d+ cloze cards?, 16 translation cards from 8 sentences$/),
    ).toBeVisible();
    await expect(
      page.getByText(/^Italian: \d+ cloze cards?, 16 translation cards from 8 sentences$/),
    ).toBeVisible();
    const table = page.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(9);
    await expect(
      table.getByRole('row').filter({ hasText: 'Die Stadt Bologna eröffnet' }),
    ).toContainText('La città di Bologna apre');
    // Nothing is saved before the learner says so.
    expect((await articleIds(page)).filter((id) => id.startsWith('u-'))).toEqual([]);

    await page.getByRole('button', { name: 'Add to my library' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: '“Eine neue Bibliothek” is in your library.' }),
    ).toBeVisible(SAVED);
    const [id] = (await articleIds(page)).filter((x) => x.startsWith('u-'));
    expect(id).toBeTruthy();

    await page.getByRole('link', { name: 'Read it' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Eine neue Bibliothek' }),
    ).toBeVisible();
    await expect(
      page.getByText('Im Garten gibt es ein kleines Café mit 40 Plätzen.'),
    ).toBeVisible();

    await page.goto('/en/');
    await expect(page.getByRole('link', { name: 'Eine neue Bibliothek' })).toBeVisible();

    const cards = new Map([...(await loadCards(page, 'it')), ...(await storedCards(page, id!))]);
    const studied = await studyOffline(page, 'it', id!, cards);

    // The same texts again, still offline (the lexicon comes from the service worker's
    // cache): recognised, nothing added.
    await page.goto('/en/add/');
    await textBox(page, 1).fill(DE);
    await textBox(page, 2).fill(IT);
    await preview(page);
    await page.context().setOffline(false);
    await expect(
      page.getByText('These texts are already in your library as “Eine neue Bibliothek”.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add to my library' })).toHaveCount(0);

    // Edited (one sentence the learner has not studied) and added under the same title:
    // it replaces the article, and the studied card keeps its id, so its progress.
    const lines = { de: DE.split('\n'), it: IT.split('\n') };
    const edit =
      lines.it.findIndex((l) => l.includes('Modena')) === lines.it.indexOf(studied.text)
        ? lines.it.findIndex((l) => l.includes('40'))
        : lines.it.findIndex((l) => l.includes('Modena'));
    const before = (await storedCards(page, id!)).size;
    const changed = { de: [...lines.de], it: [...lines.it] };
    changed.de[edit] = changed.de[edit]!.replace('Modena', 'Parma').replace('40', '60');
    changed.it[edit] = changed.it[edit]!.replace('Modena', 'Parma').replace('40', '60');
    await page.goto('/en/add/');
    await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Eine neue Bibliothek');
    await textBox(page, 1).fill(changed.de.join('\n'));
    await textBox(page, 2).fill(changed.it.join('\n'));
    await preview(page);
    await expect(
      page.getByRole('status').filter({ hasText: 'adding replaces that version' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Add to my library' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'is in your library' })).toBeVisible(
      SAVED,
    );
    expect((await articleIds(page)).filter((x) => x.startsWith('u-'))).toEqual([id]);
    const replaced = await storedCards(page, id!);
    expect(replaced.has(studied.id)).toBe(true);
    expect(replaced.size).toBeGreaterThan(before / 2);
    expect([...replaced.values()].some((c) => c.text === lines.it[edit])).toBe(false);
    const dump = await dumpDb(page);
    expect(dump.cards!.some((c) => (c as { id: string }).id === studied.id)).toBe(true);

    await page.goto(`/en/read/?id=${id}`);
    await page.getByRole('button', { name: 'Delete this article' }).click();
    await page
      .getByRole('checkbox', { name: 'Also delete the review history of its cards' })
      .check();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    expect(await articleIds(page)).not.toContain(id);
    const after = await dumpDb(page);
    expect(after.content!.filter((c) => (c as { article: string }).article === id)).toEqual([]);
    expect(after.cards!.filter((c) => (c as { id: string }).id.includes(`:${id}:`))).toEqual([]);
    expect(
      after.events!.filter((r) => (r as { cardId: string }).cardId.includes(`:${id}:`)),
    ).toEqual([]);
  });

  test('a German text alone: cloze cards only, read, study offline, delete keeping history', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await stubSpeech(page);
    await openAddPage(page);
    await textBox(page, 1).fill(DE);
    await preview(page);
    // No title given: the first sentence is the title.
    const title = 'Die Stadt Bologna eröffnet eine neue Bibliothek im Zentrum.';
    await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
    await expect(page.getByText('Are the texts translations of each other?')).toHaveCount(0);
    await expect(
      page.getByText(/^German: \d+ cloze cards?, 0 translation cards from 8 sentences$/),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Add to my library' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `“${title}” is in your library.` }),
    ).toBeVisible(SAVED);
    const [id] = (await articleIds(page)).filter((x) => x.startsWith('u-'));
    const mine = await storedCards(page, id!);
    expect(mine.size).toBeGreaterThan(0);
    for (const card of mine.values()) {
      expect(card.kind).toBe('cloze');
      // Hinted with the word's dictionary form (and gloss, where FreeDict has one).
      expect(card.kind === 'cloze' && card.cloze.lemma).toBeTruthy();
    }
    expect([...mine.values()].some((c) => c.kind === 'cloze' && c.cloze.gloss)).toBe(true);

    await page.goto('/en/');
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    const cards = new Map([...(await loadCards(page, 'de')), ...mine]);
    await studyOffline(page, 'de', id!, cards);
    await page.context().setOffline(false);

    await page.goto(`/en/read/?id=${id}`);
    await page.getByRole('button', { name: 'Delete this article' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.getByRole('link', { name: title })).toHaveCount(0);
    const after = await dumpDb(page);
    expect(after.articles!.some((a) => (a as { id: string }).id === id)).toBe(false);
    // The review history stays: adding the article again brings the progress back.
    expect(after.events!.some((r) => (r as { cardId: string }).cardId.includes(`:${id}:`))).toBe(
      true,
    );
  });

  test('"Share → Triglot" opens the page with the shared text', async ({ page }) => {
    const manifest = await (await page.request.get('/manifest.webmanifest')).json();
    expect(manifest.share_target).toEqual({
      action: '/en/add/',
      method: 'GET',
      params: { title: 'title', text: 'text', url: 'url' },
    });
    const query = new URLSearchParams({ title: 'Geteilt', text: DE, url: 'https://example.org/a' });
    await page.goto(`/en/add/?${query}`);
    await expect(page.getByRole('textbox', { name: 'Title (optional)' })).toHaveValue('Geteilt');
    await expect(textBox(page, 1)).toHaveValue(DE);
    await expect(languageOf(page, 1)).toHaveValue('de');
  });

  test('texts that are not translations: the verdict, and each text added alone', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await openAddPage(page);
    await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Zwei Themen');
    await textBox(page, 1).fill(DE);
    await textBox(page, 2).fill(IT_OTHER);
    await preview(page);
    await expect(page.getByText(/^German–Italian: not parallel, score \d+%$/)).toBeVisible();
    await expect(page.getByRole('main').getByRole('alert')).toContainText(
      'German and Italian are not translations of each other',
    );
    await expect(page.getByRole('button', { name: 'Add to my library' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Add the German text alone' }).click();
    await expect(
      page.getByRole('heading', { level: 3, name: 'Zwei Themen (Deutsch)' }),
    ).toBeVisible({
      timeout: 60_000,
    });
    await page.getByRole('button', { name: 'Add to my library' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'is in your library' })).toBeVisible(
      SAVED,
    );
    await page.getByRole('button', { name: 'Add the Italian text alone' }).click();
    await expect(
      page.getByRole('heading', { level: 3, name: 'Zwei Themen (Italiano)' }),
    ).toBeVisible({
      timeout: 60_000,
    });
    await page.getByRole('button', { name: 'Add to my library' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'is in your library' })).toBeVisible(
      SAVED,
    );
    expect((await articleIds(page)).filter((x) => x.startsWith('u-'))).toHaveLength(2);

    // Three texts, one of them about something else: the pair that matches is kept.
    await page.goto('/en/add/');
    await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Drei Texte');
    await textBox(page, 1).fill(DE);
    await textBox(page, 2).fill(IT);
    await textBox(page, 3).fill(EN_OTHER);
    await expect(languageOf(page, 3)).toHaveValue('en');
    await preview(page);
    await expect(page.getByText(/^German–Italian: parallel/)).toBeVisible();
    await expect(page.getByText(/^German–English: not parallel/)).toBeVisible();
    await page.getByRole('button', { name: 'Add without the English text' }).click();
    await expect(page.getByText(/^German–English/)).toHaveCount(0, { timeout: 60_000 });
    // The pair's line goes with the old preview and comes back with the new one, which runs
    // the pipeline again in the Worker.
    await expect(page.getByText(/^German–Italian: parallel/)).toBeVisible({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Add to my library' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: '“Drei Texte” is in your library.' }),
    ).toBeVisible(SAVED);
  });

  test('bad input gets a clear message and changes nothing', async ({ page }) => {
    test.setTimeout(300_000);
    await openAddPage(page);
    const before = await dumpDb(page);
    // Next's route announcer is an alert too: only the page's own count.
    const alert = page.getByRole('main').getByRole('alert');
    const previewButton = page.getByRole('button', { name: 'Preview' });

    await previewButton.click();
    await expect(alert).toHaveText('Paste or open a text first.');

    await textBox(page, 1).fill('12345 ... 678 !!! 90');
    await languageOf(page, 1).selectOption('de');
    await previewButton.click();
    await expect(alert).toHaveText('Text 1 has no sentences: there are no words in it.');

    // 5 MB: over the 1 MB limit, said with both numbers.
    await textBox(page, 1).fill('Das ist ein Satz über die Stadt. '.repeat(160_000));
    await previewButton.click();
    await expect(alert).toHaveText(
      'Text 1 is 5.4 MB; Triglot takes up to 1 MB per text. Split it into shorter articles.',
    );

    await textBox(page, 1).fill(
      Array.from({ length: 2500 }, (_, i) => `Das ist der Satz mit der Nummer ${i}.`).join(' '),
    );
    await previewButton.click();
    await expect(alert).toHaveText(
      'Text 1 has 2,500 sentences; Triglot takes up to 2,000 per text. Split it into shorter articles.',
      { timeout: 30_000 },
    );

    // A binary file, and one that is not UTF-8.
    await textBox(page, 1).fill('');
    const file = page.getByLabel('Open a .txt file · First text');
    await file.setInputFiles({
      name: 'photo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]),
    });
    await expect(alert).toHaveText(
      'Text 1 is not plain text (UTF-8). Open a .txt file, or paste the text.',
    );
    await file.setInputFiles({
      name: 'latin1.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Die Br\xfccke ist gro\xdf.', 'latin1'),
    });
    await expect(alert).toHaveText(
      'Text 1 is not plain text (UTF-8). Open a .txt file, or paste the text.',
    );
    await expect(textBox(page, 1)).toHaveValue('');

    // A language Triglot does not teach.
    await textBox(page, 1).fill(
      "Le gouvernement français a annoncé mardi une nouvelle réforme des retraites. Les syndicats appellent à la grève dans tout le pays. Selon le ministre, le projet sera présenté au Parlement avant l'été.",
    );
    await expect(
      page.getByText('This does not look like German, Italian or English'),
    ).toBeVisible();
    await expect(languageOf(page, 1)).toHaveValue('');
    await previewButton.click();
    await expect(alert).toHaveText(
      'Text 1 is not in German, Italian or English. Triglot teaches only these; choose its language if it is one of them.',
    );

    // Two texts in one language.
    await textBox(page, 1).fill(DE);
    await textBox(page, 2).fill(DE.split('\n').reverse().join('\n'));
    await previewButton.click();
    await expect(alert).toHaveText(
      'Two texts are in the same language. Each text needs a language of its own.',
    );
    await textBox(page, 2).fill('');

    // A web page's markup: the text stays, the tags go, and nothing of it runs.
    await page.evaluate(() => ((window as unknown as { __pwned: boolean }).__pwned = false));
    await textBox(page, 1).fill(
      '<!doctype html><html><head><title>x</title><script>window.__pwned = true</script></head><body><nav>Home | News</nav><h1>Neue Bibliothek</h1><p>Die Stadt Bologna <b>eröffnet</b> eine neue Bibliothek.</p><img src=x onerror="window.__pwned = true"><p>Sie hat Platz für 120.000 Bücher.</p></body></html>',
    );
    await expect(textBox(page, 1)).toHaveValue(
      'Neue Bibliothek\nDie Stadt Bologna eröffnet eine neue Bibliothek.\nSie hat Platz für 120.000 Bücher.',
    );
    await expect(page.getByText("This was a web page's markup")).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned: boolean }).__pwned)).toBe(
      false,
    );

    // Offline before the dictionaries were ever fetched: said so, nothing added.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.context().setOffline(true);
    await textBox(page, 1).fill(DE);
    await previewButton.click();
    await expect(alert).toHaveText(
      'The dictionaries could not be loaded. Go online once to add articles; after that it works offline.',
      { timeout: 30_000 },
    );
    await page.context().setOffline(false);

    expect(await dumpDb(page)).toEqual(before);
  });

  test.describe(() => {
    // The long tasks are measured and reported here, not asserted: speed belongs to
    // npm run bench, and a shared machine stretches any task.
    test('a long article is prepared in the Worker: the page stays responsive, and cancel adds nothing', async ({
      page,
    }) => {
      test.setTimeout(240_000);
      await openAddPage(page);
      const before = await dumpDb(page);
      const words = ['Stadt', 'Bibliothek', 'Regierung', 'Schule', 'Zeitung', 'Brücke', 'Kirche'];
      const long = Array.from(
        { length: 1000 },
        (_, i) =>
          `Am Tag ${i + 1} besuchten ${(i * 37) % 900} Menschen die neue ${words[i % 7]} in der Nummer ${i % 13}.`,
      ).join('\n');
      await textBox(page, 1).fill(long);

      // Cancel while the Worker works: back to the form, nothing stored.
      await page.getByRole('button', { name: 'Preview' }).click();
      await expect(page.getByRole('progressbar', { name: 'Preparing the article' })).toBeVisible();
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect(page.getByRole('progressbar')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Preview' })).toBeEnabled();
      expect(await dumpDb(page)).toEqual(before);

      await page.evaluate(() => {
        const w = window as unknown as {
          __longTasks: { start: number; duration: number }[];
          __scripts: { start: number; duration: number }[];
        };
        w.__longTasks = [];
        w.__scripts = [];
        performance.clearMarks('triglot-import-answer');
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            w.__longTasks.push({ start: e.startTime, duration: e.duration });
          }
        }).observe({ type: 'longtask' });
        // What ran in long frames: which script, if any, made a frame long.
        new PerformanceObserver((list) => {
          for (const frame of list.getEntries() as (PerformanceEntry & {
            scripts: { startTime: number; duration: number }[];
          })[]) {
            for (const x of frame.scripts)
              w.__scripts.push({ start: x.startTime, duration: x.duration });
          }
        }).observe({ type: 'long-animation-frame' });
      });
      await page.getByRole('button', { name: 'Preview' }).click();
      await expect(page.getByRole('progressbar', { name: 'Preparing the article' })).toBeVisible();
      // Waiting by polling the page would itself run tasks on its main thread (Playwright's
      // queries): one evaluate that resolves when the Worker's answer arrives instead.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            if (performance.getEntriesByName('triglot-import-answer').length) return resolve();
            new PerformanceObserver((list, observer) => {
              if (list.getEntriesByName('triglot-import-answer').length) {
                observer.disconnect();
                resolve();
              }
            }).observe({ type: 'mark' });
          }),
      );
      await expect(page.getByRole('heading', { name: 'Preview' })).toBeVisible();
      const note = page.getByText(/^Nothing is saved yet\. Prepared in/);
      const prepared = `lexicon ${await note.getAttribute('data-lexicon-ms')} ms, build ${await note.getAttribute('data-build-ms')} ms`;
      // Before the Worker's answer arrived: the page's part while the article is processed.
      const { during, after, scripts } = await page.evaluate(() => {
        const w = window as unknown as {
          __longTasks: { start: number; duration: number }[];
          __scripts: { start: number; duration: number }[];
        };
        const answer = performance.getEntriesByName('triglot-import-answer')[0]!.startTime;
        const ms = (list: { duration: number }[]) => list.map((t) => Math.round(t.duration));
        return {
          during: ms(w.__longTasks.filter((t) => t.start < answer)),
          after: ms(w.__longTasks.filter((t) => t.start >= answer)),
          scripts: ms(w.__scripts.filter((t) => t.start < answer)),
        };
      });
      const measured = `1,000 sentences: ${prepared}; main-thread long tasks while processing: ${JSON.stringify(during)} (script in long frames: max ${Math.max(0, ...scripts)} ms), rendering the preview: ${JSON.stringify(after)}`;
      test.info().annotations.push({ type: 'measured', description: measured });
      console.log(`[measured] ${measured}`);

      // The tab closed while the article is being written: all of it is stored, or none.
      await page.getByRole('button', { name: 'Add to my library' }).click();
      // Saving may already be over by the time the page is looked at; either way the tab
      // closes with the write begun, and the store must hold all of the article or none.
      await expect(
        page
          .getByRole('progressbar', { name: 'Saving the article' })
          .or(page.getByRole('status').filter({ hasText: 'is in your library' })),
      ).toBeVisible();
      const context = page.context();
      await page.close();
      const again = await context.newPage();
      await again.goto('/en/');
      const dump = await dumpDb(again);
      const added = (
        dump.articles as { id: string; units: number; courses: { cards: number }[] }[]
      ).filter((a) => a.id.startsWith('u-'));
      const of = (store: string, id: string) =>
        (dump[store] as { article: string }[]).filter((r) => r.article === id).length;
      if (added.length === 0) {
        for (const store of ['units', 'content', 'words']) {
          expect(
            (dump[store] as { article: string }[]).some((r) => r.article.startsWith('u-')),
          ).toBe(false);
        }
      } else {
        const [row] = added;
        expect(of('units', row!.id)).toBe(row!.units);
        expect(of('content', row!.id)).toBe(row!.courses.reduce((n, c) => n + c.cards, 0));
        expect(of('words', row!.id)).toBe(1);
      }
      console.log(
        `[measured] tab closed while saving: article ${added.length ? 'complete' : 'absent'}`,
      );
    });
  });

  test('the Worker builds the shipped articles exactly as npm run corpus does', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const bundles: ArticleBundle[] = [];
    for (const id of ['bbc-russia-syria', 'cnn-russia-syria']) {
      bundles.push(
        (await (await page.request.get(`/data/articles/${id}.json`)).json()) as ArticleBundle,
      );
    }
    // The Worker script's URL, from the page's own Worker.
    await openAddPage(page);
    const started = page.waitForEvent('worker');
    await textBox(page, 1).fill(DE);
    await page.getByRole('button', { name: 'Preview' }).click();
    const workerUrl = (await started).url();
    await expect(page.getByRole('heading', { name: 'Preview' })).toBeVisible({ timeout: 60_000 });

    // The library as scripts/build-corpus.ts passes it: every article's words, in folder order.
    const library = bundles.map((b) => ({ article: b.article.id, words: b.words }));
    const requests: ToWorker[] = bundles.map((bundle, i) => {
      const { units: _units, pairs, format: _format, id, ...meta } = bundle.article;
      return {
        type: 'build',
        job: i + 1,
        source: { id, meta, texts: bundle.texts, pivot: pairs[0]!.a },
        library,
      };
    });
    // One Worker for both, as a learner's tab would: the lexicon is decoded once.
    const results = await page.evaluate(
      ({ url, requests }) =>
        new Promise<FromWorker[]>((resolve, reject) => {
          const worker = new Worker(url);
          const out: FromWorker[] = [];
          worker.onmessage = (e: MessageEvent<FromWorker>) => {
            if (e.data.type === 'progress') return;
            out.push(e.data);
            if (out.length < requests.length) return worker.postMessage(requests[out.length]);
            worker.terminate();
            resolve(out);
          };
          worker.onerror = (e) => reject(new Error(e.message));
          worker.postMessage(requests[0]);
        }),
      { url: workerUrl, requests },
    );
    results.forEach((built, i) => {
      const bundle = bundles[i]!;
      expect(built.type, JSON.stringify(built).slice(0, 300)).toBe('built');
      if (built.type !== 'built') return;
      const measured = `worker build of ${bundle.article.id}: ${built.timings.build} ms (lexicon and glossary fetch + decode: ${built.timings.lexicon} ms, once)`;
      console.log(`[measured] ${measured}`);
      test.info().annotations.push({ type: 'measured', description: measured });
      expect(built.bundle.article).toEqual(bundle.article);
      expect(built.bundle.words).toEqual(bundle.words);
      expect(built.bundle.cards).toEqual(bundle.cards);
    });
  });
});
