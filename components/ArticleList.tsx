import { useLocale, useTranslations } from 'next-intl';
import type { CorpusIndex } from '@/lib/corpus/model';
import { isLang } from '@/lib/corpus/types';
import { Link } from '@/lib/i18n/navigation';

export function ArticleList({ articles }: { articles: CorpusIndex['articles'] }) {
  const t = useTranslations('Home');
  const locale = useLocale();
  const titleLang = isLang(locale) ? locale : 'en';
  return (
    <section aria-labelledby="articles-heading">
      <h2 id="articles-heading">{t('articlesHeading')}</h2>
      <ul className="article-list">
        {articles.map((a) => (
          <li key={a.id}>
            <Link href={`/read/${a.id}/`}>{a.title[titleLang]}</Link>
            <span className="muted">
              {' '}
              — {t('articleMeta', { outlet: a.outlet, units: a.units })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
