'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createQueryClient } from '@/lib/queries/query-client';
import { ServiceWorkerManager } from './ServiceWorkerManager';
import { StorageGate } from './StorageGate';

export function AppProviders({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <ServiceWorkerManager />
      <StorageGate>{children}</StorageGate>
    </QueryClientProvider>
  );
}
