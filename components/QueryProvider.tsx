'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { sharedQueryClient } from '@/lib/queries/query-client';

/**
 * TanStack Query for the screens that use it (Browse, Settings, Add, a stored
 * article), around each of those pages rather than the whole app: Home, Study,
 * the Reader and About then load none of it (issue 9).
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={sharedQueryClient()}>{children}</QueryClientProvider>;
}
