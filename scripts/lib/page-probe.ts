/**
 * What the Chromium benchmarks measure in the page: a probe installed before the
 * app's scripts (long tasks, each card change after the input that caused it and
 * the frame that painted it, first paints of watched elements, Browse searches),
 * read back with `probe`, and the statistics the tables print.
 */
import type { Page } from '@playwright/test';

/** What the page's first script records, all on the page's clock (0 = navigation start). */
export interface Probe {
  tasks: [number, number][];
  /** Last input (keydown or click, capture phase) before each card change: [input, DOM, painted]. */
  changes: [number, number, number][];
  /** First time each selector matched a visible element, and the end of the frame showing it. */
  first: Record<string, [number, number]>;
  /**
   * Browse: [keydown in the search box, the list showing that text's results in
   * the DOM, the task after the frame that painted them].
   */
  searches: [number, number, number][];
  memory: () => number;
}

/** The page's first scripts: the probe, on every page this benchmark opens. */
export async function instrument(page: Page): Promise<void> {
  // tsx names even arrow functions assigned to consts with `__name(fn, "name")`:
  // give the page a harmless one, before the probe that contains such consts.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(() => {
    const w = window as unknown as { __probe: Omit<Probe, 'memory'> };
    const probe: Omit<Probe, 'memory'> = { tasks: [], changes: [], first: {}, searches: [] };
    w.__probe = probe;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    let inputAt = 0;
    // The end of the frame that shows a change: a message posted from that frame's rAF
    // runs right after it is produced (double rAF would end one frame later, up to 16 ms
    // more than the learner waits).
    const afterFrame = (done: (at: number) => void) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(null);
      });
    let keyAt = 0;
    // Since the last input in the search box: whether the list said busy, or changed.
    let sawBusy = false;
    let listChanged = false;
    const isSearch = (e: Event) =>
      (e.target as HTMLElement | null)?.matches?.('input[type="search"]') ?? false;
    const onInput = (e: Event) => {
      inputAt = performance.now();
      if (e.type === 'keydown' && isSearch(e)) keyAt = inputAt;
    };
    window.addEventListener('keydown', onInput, true);
    window.addEventListener('click', onInput, true);
    // Before the app's own handler: what the list shows from here on answers the new text.
    window.addEventListener(
      'input',
      (e) => {
        if (!isSearch(e)) return;
        // Still busy with the text before: the list goes idle only for this one's results.
        sawBusy = document.querySelector('.browse-list')?.getAttribute('aria-busy') === 'true';
        listChanged = false;
      },
      true,
    );
    const watched: Record<string, string> = {
      card: 'article[data-card-id]',
      browse: '.browse-row',
      cards: '.card-item',
    };
    let cardId: string | null = null;
    new MutationObserver((records) => {
      const at = performance.now();
      for (const [name, selector] of Object.entries(watched)) {
        if (probe.first[name]) continue;
        const el = document.querySelector(selector);
        if (el && el.getBoundingClientRect().height > 0) {
          const entry: [number, number] = [at, 0];
          probe.first[name] = entry;
          afterFrame((t) => (entry[1] = t));
        }
      }
      const id = document.querySelector('article[data-card-id]')?.getAttribute('data-card-id');
      if (id && id !== cardId) {
        if (cardId !== null) {
          const entry: [number, number, number] = [inputAt, at, 0];
          probe.changes.push(entry);
          afterFrame((t) => (entry[2] = t));
        }
        cardId = id;
      }
      const list = document.querySelector('.browse-list');
      if (keyAt && list) {
        // Busy (aria-busy) until the list shows the results of the text in the box; an
        // answer already at hand (the same page again) replaces the rows without it.
        if (records.some((r) => r.type === 'childList' && list.contains(r.target))) {
          listChanged = true;
        }
        const busy = list.getAttribute('aria-busy') === 'true';
        if (busy) sawBusy = true;
        else if (sawBusy || listChanged) {
          const entry: [number, number, number] = [keyAt, at, 0];
          probe.searches.push(entry);
          afterFrame((t) => (entry[2] = t));
          keyAt = 0;
        }
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-card-id', 'aria-busy'],
    });
  });
}

export const probe = (page: Page) =>
  page.evaluate(() => {
    const p = (window as unknown as { __probe: Omit<Probe, 'memory'> }).__probe;
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    // lib/db/queue-repo.ts measures every queue it builds (QUEUE_MEASURE).
    const queues = performance.getEntriesByName('triglot:queue').map((e) => e.duration);
    return { ...p, queues, heap: memory?.usedJSHeapSize ?? 0, now: performance.now() };
  });

export const longest = (tasks: [number, number][], from: number, to: number) =>
  tasks.filter(([at]) => at >= from && at <= to).reduce((m, [, d]) => Math.max(m, d), 0);

export interface Stats {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

export function stats(xs: number[]): Stats {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return sorted.length
    ? { p50: at(0.5), p95: at(0.95), max: sorted.at(-1)!, n: sorted.length }
    : { p50: NaN, p95: NaN, max: NaN, n: 0 };
}

export const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '–');
export const statsText = (s: Stats) =>
  `p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, max ${ms(s.max)} (n=${s.n})`;
