import { useLocale, useTranslations } from 'next-intl';
import type { ArticleMeta } from '@/lib/corpus/model';
import { isLang, LANGS } from '@/lib/corpus/types';
import type { ArticleShares } from '@/lib/db/reader-repo';
import type { ArticleOrigin } from '@/lib/db/schema';
import { Link } from '@/lib/i18n/navigation';
import { AddArticleLink } from './AddArticleLink';

export interface ArticleListItem extends Pick<ArticleMeta, 'id' | 'title' | 'outlet'> {
  readonly units: number;
  readonly origin: ArticleOrigin;
}

/** Shipped articles have static reader pages; the learner's own are read from IndexedDB. */
export function readerHref(item: Pick<ArticleListItem, 'id' | 'origin'>): string {
  return item.origin === 'shipped'
    ? `/read/${item.id}/`
    : `/read/?id=${encodeURIComponent(item.id)}`;
}

export function ArticleList({
  articles,
  shares,
}: {
  articles: readonly ArticleListItem[];
  /** Each article's known share per language, once storage has answered. */
  shares?: ArticleShares;
}) {
  const t = useTranslations('Home');
  const lang = useTranslations('Lang');
  const locale = useLocale();
  const titleLang = isLang(locale) ? locale : 'en';
  return (
    <section aria-labelledby="articles-heading">
      <h2 id="articles-heading">{t('articlesHeading')}</h2>
      <ul className="article-list">
        {articles.map((a) => (
          <li key={a.id}>
            <Link href={readerHref(a)}>{a.title[titleLang]}</Link>
            <span className="muted">
              {' '}
              — {t('articleMeta', { outlet: a.outlet, units: a.units })}
            </span>
            {a.origin === 'learner' ? <span className="badge"> {t('yours')}</span> : null}
            {shares?.get(a.id) ? (
              <span className="article-known">
                {t('known', {
                  shares: LANGS.flatMap((l) => {
                    const s = shares.get(a.id)?.[l]?.share;
                    return s === undefined
                      ? []
                      : [t('knownIn', { lang: lang(l), percent: Math.round(s * 100) })];
                  }).join(' · '),
                })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="actions">
        <AddArticleLink />
      </p>
    </section>
  );
}
