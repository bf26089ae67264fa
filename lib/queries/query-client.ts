import { QueryClient } from '@tanstack/react-query';

/**
 * Our queries read IndexedDB and static files the service worker holds, so they
 * must run offline: TanStack's default networkMode 'online' would pause them.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', staleTime: Infinity, retry: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

let shared: QueryClient | null = null;

/**
 * One client for the whole page, so a cache survives client-side navigation
 * between the routes that use it (each route mounts its own provider: the routes
 * that read nothing through TanStack do not load it, issue 9).
 */
export function sharedQueryClient(): QueryClient {
  shared ??= createQueryClient();
  return shared;
}
