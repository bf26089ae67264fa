'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';

/** Links to the same page (and query) in each UI language; the current one is marked, not linked. */
export function LanguageSwitcher() {
  // useSearchParams needs a Suspense boundary in a static export; until it
  // resolves, the links keep the path without the query.
  return (
    <Suspense fallback={<Links search="" />}>
      <WithSearch />
    </Suspense>
  );
}

function WithSearch() {
  return <Links search={useSearchParams().toString()} />;
}

function Links({ search }: { search: string }) {
  const t = useTranslations('Nav');
  const names = useTranslations('LangNative');
  const current = useLocale();
  const pathname = usePathname();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={t('language')} className="lang-switcher">
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                {names(locale)}
              </span>
            ) : (
              <Link href={href} locale={locale} lang={locale} hrefLang={locale}>
                {names(locale)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
