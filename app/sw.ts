/// <reference lib="webworker" />
import { defaultCache } from '@serwist/next/worker';
import { Serwist, type PrecacheEntry, type SerwistGlobalConfig } from 'serwist';

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
  runtimeCaching: defaultCache,
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

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

serwist.addEventListeners();
