import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { LanguageSwitcher } from './LanguageSwitcher';

export function SiteHeader() {
  const t = useTranslations('Nav');
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Triglot
      </Link>
      <nav aria-label={t('label')} className="site-nav">
        <Link href="/">{t('home')}</Link>
        <Link href="/study/">{t('study')}</Link>
        <Link href="/browse/">{t('browse')}</Link>
        <Link href="/words/">{t('words')}</Link>
        <Link href="/stats/">{t('stats')}</Link>
        <Link href="/add/">{t('add')}</Link>
        <Link href="/settings/">{t('settings')}</Link>
      </nav>
      <LanguageSwitcher />
    </header>
  );
}
