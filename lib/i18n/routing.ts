import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'de', 'it'],
  defaultLocale: 'en',
  // A static export has no server to negotiate a locale, so every URL carries one.
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];
