import type { CSSProperties } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { Article } from '@/lib/corpus/model';
import { isLang, LANGS } from '@/lib/corpus/types';
import { Link } from '@/lib/i18n/navigation';
import { ReaderSentence } from './ReaderSentence';
import { ReaderWordsProvider } from './ReaderWordsProvider';
import { ReaderWordsSummary } from './ReaderWordsSummary';
import { TranslatedMark } from './TranslatedMark';

/**
 * The article's aligned units, one row per unit and one column per language.
 * Hover or focus highlights the row's partners and reveals its alignment score
 * through CSS alone, so the page works without JavaScript.
 */
export function ArticleReader({ article }: { article: Article }) {
  const t = useTranslations('Reader');
  const lang = useTranslations('Lang');
  // A column per language the article has: a text added alone is read in one.
  const langs = LANGS.filter((l) => article.units.some((u) => u.text[l]));
  // A custom property, so the phone layout's single column still wins.
  const columns = { '--columns': langs.length } as CSSProperties;
  const locale = useLocale();
  const titleLang = isLang(locale) ? locale : 'en';
  const percent = (score: number) => `${Math.round(score * 100)}%`;
  return (
    <article className="reader">
      <p>
        <Link href="/">{t('back')}</Link>
      </p>
      <h1>{article.title[titleLang]}</h1>
      <p className="muted">
        {/* A learner's own article may have no source or licence note: no empty labels. */}
        {[
          article.outlet ? t('source', { outlet: article.outlet }) : null,
          article.date ?? null,
          article.original ? t('original', { lang: lang(article.original) }) : t('originalUnknown'),
          article.license ? t('license', { license: article.license }) : null,
        ]
          .filter((part) => part !== null)
          .join(' · ')}
      </p>
      <ul className="pair-scores">
        {article.pairs.map((p) => (
          <li key={`${p.a}-${p.b}`}>
            {t('alignment', {
              a: lang(p.a),
              b: lang(p.b),
              verdict: p.parallel ? t('parallel') : t('notParallel'),
              score: percent(p.score),
            })}
          </li>
        ))}
      </ul>
      <p className="muted">
        {article.madeForTriglot.length > 0 ? (
          <>
            <TranslatedMark label={t('madeForTriglot')} /> {t('madeForTriglotLegend')}{' '}
          </>
        ) : null}
        {t('hoverHint')}
      </p>
      <ReaderWordsProvider
        article={article.id}
        langs={langs}
        units={article.units.map((u) => u.id)}
      >
        <ReaderWordsSummary />
        <div className="units-head" aria-hidden="true" style={columns}>
          {langs.map((l) => (
            <span key={l}>{lang(l)}</span>
          ))}
        </div>
        <ol className="units">
          {article.units.map((u) => (
            <li
              key={u.id}
              className={`unit unit-${u.kind}`}
              aria-label={t('unit', { n: u.index + 1 })}
              style={columns}
            >
              {langs.map((l) => (
                <p key={l} lang={l} tabIndex={0} className="sentence" data-lang={l}>
                  <span className="sentence-lang">{lang(l)}</span>
                  <ReaderSentence unit={u.id} lang={l} text={u.text[l] ?? ''} />
                  {article.madeForTriglot.includes(l) ? (
                    <TranslatedMark label={t('madeForTriglot')} />
                  ) : null}
                </p>
              ))}
              <p className="unit-score">{t('alignmentScore', { score: percent(u.score) })}</p>
            </li>
          ))}
        </ol>
      </ReaderWordsProvider>
    </article>
  );
}
