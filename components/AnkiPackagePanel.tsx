'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { BackupClient, BackupProgress as Progress } from '@/lib/backup/client';
import { download, today } from '@/lib/backup/download';
import type { ImportSummary } from '@/lib/backup/protocol';
import { LANGS, type Lang } from '@/lib/corpus/types';
import { announce } from '@/lib/db/changes';
import { useRouter } from '@/lib/i18n/navigation';
import { loadLibrary } from '@/lib/queries/use-library';
import { useSettings } from '@/lib/queries/use-settings';
import { defaultSettings } from '@/lib/settings/settings';
import type { BackupTask } from './BackupProgress';

export interface AnkiPackagePanelProps {
  readonly busy: boolean;
  /** The Data panel's runner: its message, busy state and error texts. */
  readonly run: (task: () => Promise<string>) => Promise<void>;
  readonly inWorker: <T>(
    kind: BackupTask,
    job: (c: BackupClient, onProgress: (p: Progress) => void) => Promise<T>,
  ) => Promise<T>;
  readonly onImported: (result: ImportSummary | null) => void;
}

/**
 * The .apkg export and import (lib/apkg) in the Data panel: the work runs in
 * the backup Worker, and sql.js and the package code load only when asked for.
 */
export function AnkiPackagePanel({ busy, run, inWorker, onImported }: AnkiPackagePanelProps) {
  const t = useTranslations('Data');
  const names = useTranslations('Lang');
  const locale = useLocale();
  const id = useId();
  const router = useRouter();
  const { settings } = useSettings();
  const [course, setCourse] = useState<Lang | 'all'>('all');

  const exportApkg = () =>
    void run(async () => {
      // Settings may be the first page opened: the shipped cards must be in first.
      await loadLibrary();
      const { runApkgExport } = await import('@/lib/backup/apkg-page');
      const opts = { course, settings: settings ?? defaultSettings, locale };
      const out = await inWorker('export', (c, p) =>
        runApkgExport(c, { ...opts, deckName: (l) => names(l) }, p),
      );
      download(`triglot-${course}-${today()}.apkg`, out.blob);
      return t('apkgExported', { notes: out.notes, cards: out.cards, reviews: out.answers });
    });

  const importApkg = (file: File) =>
    void run(async () => {
      onImported(null);
      await loadLibrary();
      const { result, article } = await inWorker('import', (c, p) =>
        c.importApkg(file, file.name, Date.now(), p),
      );
      if (result.addedEvents > 0) {
        announce({ kind: 'import' });
        onImported(result);
      }
      const parts = [];
      if (result.addedEvents > 0 || !article)
        parts.push(t('apkgImported', { reviews: result.addedAnswers, cards: result.rebuiltCards }));
      if (result.unknownCards > 0) parts.push(t('apkgUnknown', { count: result.unknownCards }));
      if (article) {
        (await import('@/lib/backup/apkg-page')).handArticleOver(article);
        parts.push(t('apkgArticle', { count: article.sentences }));
        router.push('/add?from=anki');
      }
      return parts.join(' ');
    });

  return (
    <div className="field">
      <label htmlFor={`${id}-course`}>{t('apkgCourse')}</label>
      <select
        id={`${id}-course`}
        value={course}
        onChange={(e) => setCourse(e.target.value as Lang | 'all')}
      >
        <option value="all">{t('apkgAll')}</option>
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {names(l)}
          </option>
        ))}
      </select>
      <div className="actions">
        <button type="button" disabled={busy} onClick={exportApkg}>
          {t('apkgExport')}
        </button>
        <label className="button file-button" htmlFor={`${id}-import`}>
          {t('apkgImport')}
        </label>
        <input
          id={`${id}-import`}
          className="visually-hidden"
          type="file"
          accept=".apkg,.colpkg,application/zip,application/octet-stream"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) importApkg(file);
          }}
        />
      </div>
    </div>
  );
}
