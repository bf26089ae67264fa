'use client';

import { NextIntlClientProvider, useLocale, useMessages } from 'next-intl';
import { useState, type ReactNode } from 'react';

/**
 * Pages are rendered at build time, where the time zone is the build machine's.
 * Dates and times a learner sees (next card due, history) are formatted in the
 * browser, so they must use the learner's own zone.
 */
export function LocalTimeZone({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const messages = useMessages();
  const [timeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={timeZone}>
      {children}
    </NextIntlClientProvider>
  );
}
