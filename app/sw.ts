/// <reference lib="webworker" />
import { defaultCache } from '@serwist/next/worker';
import {
  ExpirationPlugin,
  Serwist,
  StaleWhileRevalidate,
  type PrecacheEntry,
  type SerwistGlobalConfig,
} from 'serwist';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // Every query is client state (?course=de) or an RSC cache-buster (?_rsc=…): the file is the same.
    ignoreURLParametersMatching: [/.*/],
  },
  // A new version waits until the learner chooses to reload (see UpdatePrompt), so a
  // study session is never interrupted by a worker swap.
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    // Pages are precached under their trailing-slash URL, so a typed or shared `/en/settings`
    // would miss the precache and fail offline. Redirecting (rather than answering at the
    // slashless URL) gives the page the URL Next's router derives its `…/index.txt` fetches
    // from; the query goes along because pages read ?course=, ?id=, ?text= from their URL.
    // Listed before defaultCache, whose catch-all would answer first. `serve` cannot redirect
    // with the query, so until this worker runs it answers both forms itself (serve.json has
    // no `trailingSlash`).
    {
      matcher: ({ request, sameOrigin, url }) =>
        sameOrigin &&
        request.mode === 'navigate' &&
        !url.pathname.endsWith('/') &&
        serwist.getPrecacheKeyForUrl(url.origin + url.pathname + '/') !== undefined,
      handler: async ({ url }) =>
        Response.redirect(url.origin + url.pathname + '/' + url.search, 301),
    },
    // The lexicon, glossary and thesauri (~12 MB) only matter to a learner who adds an article, so
    // they are not precached: the import Worker fetches them on first use and they are
    // kept from then on, so adding works offline. Revalidated in the background, so a
    // release's new files arrive without blocking an import.
    {
      matcher: ({ sameOrigin, url }) => sameOrigin && url.pathname.startsWith('/lexicon/'),
      handler: new StaleWhileRevalidate({
        cacheName: 'triglot-lexicon',
        // Three lexicons, the glossary, three thesauri: room for a release's renamed files.
        plugins: [new ExpirationPlugin({ maxEntries: 12 })],
      }),
    },
    ...defaultCache,
  ],
});

// Next's router checks that a page exists with a HEAD request before prefetching it.
// Precaching only answers GET, so offline those checks would fail; answer them from
// the precached page instead (headers only), and from the network otherwise.
serwist.registerCapture(
  ({ request, sameOrigin }) => sameOrigin && request.method === 'HEAD',
  async ({ request }) => {
    const url = new URL(request.url);
    const cached = await serwist.matchPrecache(url.origin + url.pathname);
    if (cached) return new Response(null, { status: cached.status, headers: cached.headers });
    return fetch(request);
  },
  'HEAD',
);

// Turbopack starts a Web Worker (the article import) from one bootstrap script that reads
// its chunk list from its own URL's query (?params=…). A worker's location is the URL of
// the response it was started from, and a precached response carries the URL without the
// query, so the worker would start with no chunks. Answer worker scripts with a copy that
// has no URL of its own: the worker then keeps the URL it asked for. Registered before
// Serwist's listener, which would otherwise answer first from the precache.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.destination !== 'worker' || request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.stopImmediatePropagation();
  event.respondWith(
    (async () => {
      const response =
        (await serwist.matchPrecache(url.origin + url.pathname)) ?? (await fetch(request));
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    })(),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

serwist.addEventListeners();
