'use client';

import type { ReactNode } from 'react';
import { ServiceWorkerManager } from './ServiceWorkerManager';
import { StorageGate } from './StorageGate';

// TanStack Query is provided by the pages that use it (components/QueryProvider.tsx).
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <>
      <ServiceWorkerManager />
      <StorageGate>{children}</StorageGate>
    </>
  );
}
