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
