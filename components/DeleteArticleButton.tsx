'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { ArticleId } from '@/lib/corpus/types';
import { getDb, openDb } from '@/lib/db/client';
import { deleteArticle } from '@/lib/db/content-repo';
import { queryKeys } from '@/lib/queries/keys';
import { invalidateLibrary } from '@/lib/queries/use-library';

/**
 * Deletes an article after asking whether its review history goes too (kept,
 * a re-added article finds its progress again). One transaction: all or nothing.
 */
export function DeleteArticleButton({
  id,
  title,
  onDeleted,
}: {
  id: ArticleId;
  title: string;
  onDeleted?: () => void;
}) {
  const t = useTranslations('DeleteArticle');
  const queryClient = useQueryClient();
  const headingId = useId();
  const [asking, setAsking] = useState(false);
  const [history, setHistory] = useState(false);
  const remove = useMutation({
    mutationFn: async () => {
      await openDb();
      await deleteArticle(getDb(), id, { history });
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.all }),
        invalidateLibrary(),
      ]);
      setAsking(false);
      onDeleted?.();
    },
  });

  if (!asking) {
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        {t('button')}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={headingId} className="delete-article">
      <p id={headingId}>
        <strong>{t('confirmHeading', { title })}</strong>
      </p>
      <p>
        <label>
          <input type="checkbox" checked={history} onChange={(e) => setHistory(e.target.checked)} />{' '}
          {t('history')}
        </label>
        <br />
        <span className="muted">{t('historyHint')}</span>
      </p>
      {remove.isError ? (
        <p role="alert" className="banner error">
          {t('failed')}
        </p>
      ) : null}
      <p className="actions">
        <button
          type="button"
          className="danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate()}
        >
          {t('confirm')}
        </button>
        <button type="button" disabled={remove.isPending} onClick={() => setAsking(false)}>
          {t('keep')}
        </button>
      </p>
    </div>
  );
}
