'use client';

import { useEffect } from 'react';
import { pickLocale } from '@/lib/i18n/pick-locale';

/** Sends the learner from "/" to the language their browser prefers. */
export function LocaleRedirect({
  locales,
  fallback,
}: {
  locales: readonly string[];
  fallback: string;
}) {
  useEffect(() => {
    const locale = pickLocale(navigator.languages, locales, fallback);
    window.location.replace(`/${locale}/`);
  }, [locales, fallback]);
  return null;
}
