'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Lang } from '@/lib/corpus/types';
import type { ImportPreview } from '@/lib/import/protocol';
import { Link } from '@/lib/i18n/navigation';

const PAGE = 30;

function readerHref(id: string, shipped: boolean): string {
  return shipped ? `/read/${id}/` : `/read/?id=${encodeURIComponent(id)}`;
}

/** What adding would give, before anything is saved: verdicts, cards per course, the aligned units. */
export function ImportPreviewPanel({
  preview,
  langs,
  onAdd,
  onAlone,
  onWithout,
  onEdit,
}: {
  preview: ImportPreview;
  /** The languages of the texts given, for the add-alone choices. */
  langs: readonly Lang[];
  onAdd: () => void;
  onAlone: (lang: Lang) => void;
  /** Adds the texts that are translations of the first one, without `lang`. */
  onWithout: (lang: Lang) => void;
  onEdit: () => void;
}) {
  const t = useTranslations('Add');
  const lang = useTranslations('Lang');
  // Rendering a thousand units at once would be one long task: a page at a time.
  const [shown, setShown] = useState(PAGE);
  const percent = (score: number) => `${Math.round(score * 100)}%`;
  const apart = preview.pairs.filter((p) => !p.parallel);
  const duplicate = preview.duplicateOf;
  return (
    <section aria-labelledby="preview-heading" className="import-preview">
      <h2 id="preview-heading">{t('previewHeading')}</h2>
      <p
        className="muted"
        data-lexicon-ms={preview.timings.lexicon}
        data-build-ms={preview.timings.build}
      >
        {t('previewIntro')}{' '}
        {t('preparedIn', {
          seconds: ((preview.timings.lexicon + preview.timings.build) / 1000).toFixed(1),
        })}
      </p>
      <h3>{preview.title}</h3>

      {preview.pairs.length > 0 ? (
        <>
          <h3>{t('pairsHeading')}</h3>
          <ul className="pair-scores">
            {preview.pairs.map((p) => (
              <li key={`${p.a}-${p.b}`} className={p.parallel ? 'good' : 'bad'}>
                {t('pair', {
                  a: lang(p.a),
                  b: lang(p.b),
                  verdict: p.parallel ? t('parallel') : t('notParallel'),
                  score: percent(p.score),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {apart.length > 0 ? (
        <div role="alert" className="banner">
          {apart.map((p) => (
            <p key={`${p.a}-${p.b}`}>{t('notParallelExplained', { a: lang(p.a), b: lang(p.b) })}</p>
          ))}
          <p className="actions">
            {/* One text off the pivot while another one is its translation: keep the pair. */}
            {apart.length === 1 && preview.pairs.length > 1 ? (
              <button type="button" onClick={() => onWithout(apart[0]!.b)}>
                {t('addWithout', { lang: lang(apart[0]!.b) })}
              </button>
            ) : null}
            {langs.map((l) => (
              <button key={l} type="button" onClick={() => onAlone(l)}>
                {t('addAlone', { lang: lang(l) })}
              </button>
            ))}
          </p>
        </div>
      ) : null}

      {duplicate ? (
        <div role="status" className="banner">
          <p>
            {t('duplicate', { title: duplicate.title })}{' '}
            <Link href={readerHref(duplicate.id, duplicate.shipped)}>{t('readIt')}</Link>
          </p>
        </div>
      ) : preview.replaces ? (
        <p role="status" className="banner">
          {t('replaces')}
        </p>
      ) : null}

      <h3>{t('coursesHeading')}</h3>
      {preview.courses.length > 0 ? (
        <ul className="import-courses">
          {preview.courses.map((c) => (
            <li key={c.lang}>
              {t('course', {
                lang: lang(c.lang),
                cloze: c.byKind.cloze,
                translation: c.byKind.understand + c.byKind.produce,
                sentences: c.sentences,
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('noCards')}</p>
      )}

      <p className="actions">
        {apart.length === 0 && !duplicate && preview.courses.length > 0 ? (
          <button type="button" className="primary" onClick={onAdd}>
            {t('addButton')}
          </button>
        ) : null}
        <button type="button" onClick={onEdit}>
          {t('edit')}
        </button>
      </p>

      <h3>
        {t('unitsHeading')}{' '}
        <span className="muted">({t('unitsCount', { count: preview.units.length })})</span>
      </h3>
      <table className="import-units">
        <thead>
          <tr>
            {preview.langs.map((l) => (
              <th key={l} scope="col">
                {lang(l)}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('unitScore', { score: '' })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.units.slice(0, shown).map((u) => (
            <tr key={u.index} className={`unit-${u.kind}`}>
              {preview.langs.map((l) => (
                <td key={l} lang={l}>
                  {u.text[l]}
                </td>
              ))}
              <td className="muted">{t('unitScore', { score: percent(u.score) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown < preview.units.length ? (
        <button type="button" onClick={() => setShown((s) => s + PAGE)}>
          {t('showMore', { count: Math.min(PAGE, preview.units.length - shown) })}
        </button>
      ) : null}
    </section>
  );
}
