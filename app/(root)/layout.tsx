import type { ReactNode } from 'react';
import '../globals.css';

// A second root layout for "/" only: [locale]/layout.tsx must stay a root
// layout for next/root-params, so "/" cannot share it.
export default function RootRedirectLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
