import { getTranslations } from 'next-intl/server';
import { LocaleRedirect } from '@/components/LocaleRedirect';
import { routing } from '@/lib/i18n/routing';

export default async function RootPage() {
  const links = await Promise.all(
    routing.locales.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: 'Root' });
      return { locale, label: t('continue') };
    }),
  );
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: 'Root' });
  return (
    <main className="root-page">
      <h1>{t('heading')}</h1>
      <LocaleRedirect locales={routing.locales} fallback={routing.defaultLocale} />
      <ul className="root-links">
        {links.map(({ locale, label }) => (
          <li key={locale}>
            <a href={`/${locale}/`} lang={locale} hrefLang={locale}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}
