'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { articleId, isLang } from '@/lib/corpus/types';
import { Link, useRouter } from '@/lib/i18n/navigation';
import { useStoredArticle } from '@/lib/queries/use-stored-article';
import { ArticleReader } from './ArticleReader';
import { DeleteArticleButton } from './DeleteArticleButton';

/**
 * The Reader for an article in IndexedDB (`/read/?id=…`): a static export has
 * pages only for the shipped articles, so the learner's own are read here.
 */
export function StoredArticleReader() {
  const t = useTranslations('StoredReader');
  const locale = useLocale();
  const router = useRouter();
  const raw = useSearchParams().get('id');
  const id = raw ? articleId(raw) : null;
  const stored = useStoredArticle(id);

  if (!id || stored === null) {
    return (
      <>
        <h1>{t(id ? 'notFound' : 'missingId')}</h1>
        <p>
          <Link href="/">{t('back')}</Link>
        </p>
      </>
    );
  }
  if (stored === undefined) {
    return (
      <p role="status" className="muted">
        {t('loading')}
      </p>
    );
  }
  const { article, origin } = stored;
  return (
    <>
      <ArticleReader article={article} />
      {origin === 'learner' ? (
        <DeleteArticleButton
          id={article.id}
          title={article.title[isLang(locale) ? locale : 'en']}
          onDeleted={() => router.replace('/')}
        />
      ) : null}
    </>
  );
}
