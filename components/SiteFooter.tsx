import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export function SiteFooter() {
  const t = useTranslations('About');
  return (
    <footer className="site-footer">
      <Link href="/about/">{t('footer')}</Link>
    </footer>
  );
}
