'use client';

import type { ReactNode } from 'react';
import { ServiceWorkerManager } from './ServiceWorkerManager';
import { StorageGate } from './StorageGate';
import { SyncRunner } from './SyncRunner';

// TanStack Query is provided by the pages that use it (components/QueryProvider.tsx).
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <>
      <ServiceWorkerManager />
      <SyncRunner />
      <StorageGate>{children}</StorageGate>
    </>
  );
}
