import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

/** The way to the add-article page, for Home. */
export function AddArticleLink() {
  const t = useTranslations('Nav');
  return (
    <Link href="/add/" className="button">
      {t('add')}
    </Link>
  );
}
