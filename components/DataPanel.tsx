'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { ankiClozeTsv } from '@/lib/backup/anki';
import type { BackupClient, BackupProgress as Progress } from '@/lib/backup/client';
import { download, today } from '@/lib/backup/download';
import type { BackupError } from '@/lib/backup/format';
import type { ImportSummary } from '@/lib/backup/protocol';
import type { Card } from '@/lib/corpus/model';
import { LANGS, type Lang } from '@/lib/corpus/types';
import { announce } from '@/lib/db/changes';
import { getDb } from '@/lib/db/client';
import { courseCardPages } from '@/lib/db/content-repo';
import { invalidateLibrary, loadLibrary } from '@/lib/queries/use-library';
import { useSettings } from '@/lib/queries/use-settings';
import { defaultSettings, hintLanguage } from '@/lib/settings/settings';
import { AnkiPackagePanel } from './AnkiPackagePanel';
import { BackupProgress, type BackupTask } from './BackupProgress';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** Codes whose message can say the line of a version-4 file. */
const LINE_CODES = ['NOT_JSON', 'INVALID', 'BAD_TIME', 'TRUNCATED'] as const;
type LineCode = (typeof LINE_CODES)[number];

/** Backup, restore, Anki export and clearing: the learner's data is theirs. */
export function DataPanel() {
  const t = useTranslations('Data');
  const names = useTranslations('Lang');
  const locale = useLocale();
  const id = useId();
  const { settings } = useSettings();
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [course, setCourse] = useState<Lang>('de');
  const [confirmClear, setConfirmClear] = useState(false);
  const [task, setTask] = useState<{ kind: BackupTask; progress: Progress } | null>(null);
  // The last import, while it can still be taken back.
  const [lastImport, setLastImport] = useState<ImportSummary | null>(null);
  // Created on first use: the backup code (and zod, which checks backup files) is loaded
  // then, not with the settings page (issue 9).
  const client = useRef<BackupClient | null>(null);
  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
    },
    [],
  );

  const errorText = (e: BackupError) => {
    const values = {
      where: e.params.where ?? '',
      size: e.params.sizeMb ?? 0,
      limit: e.params.limitMb ?? 0,
      version: e.params.version ?? '',
      line: e.params.line ?? 0,
      expected: e.params.expected ?? 0,
    };
    return e.params.line !== undefined && (LINE_CODES as readonly string[]).includes(e.code)
      ? t(`lineErrors.${e.code as LineCode}`, values)
      : t(`errors.${e.code}`, values);
  };

  const run = async (task: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ kind: 'ok', text: await task() });
    } catch (error) {
      const { BackupError } = await import('@/lib/backup/format');
      const e = error instanceof BackupError ? error : new BackupError('STORAGE', String(error));
      setMessage({ kind: e.code === 'CANCELLED' ? 'ok' : 'error', text: errorText(e) });
    } finally {
      setBusy(false);
      setTask(null);
    }
  };

  /** A job in the Worker, its progress on the bar. */
  const inWorker = async <T,>(
    kind: BackupTask,
    job: (c: BackupClient, onProgress: (p: Progress) => void) => Promise<T>,
  ): Promise<T> => {
    const { BackupClient } = await import('@/lib/backup/client');
    client.current ??= new BackupClient();
    const c = client.current;
    setTask({
      kind,
      progress: {
        type: 'progress',
        job: 0,
        stage: kind === 'import' ? 'check' : kind,
        done: 0,
        total: 0,
      },
    });
    return job(c, (progress) => setTask({ kind, progress }));
  };

  const importFile = (file: File) =>
    void run(async () => {
      setLastImport(null);
      const result = await inWorker('import', (c, p) => c.import(file, Date.now(), p));
      announce({ kind: 'import' });
      // The file may have brought articles of the learner's own.
      await invalidateLibrary();
      if (result.addedEvents > 0 || result.addedArticleIds.length > 0) setLastImport(result);
      const text = t('imported', { reviews: result.addedAnswers, cards: result.rebuiltCards });
      const { count, firstLine } = result.repeated;
      return count > 0 ? `${text} ${t('repeated', { count, line: firstLine ?? 0 })}` : text;
    });

  const undoLast = (last: ImportSummary) =>
    void run(async () => {
      const removed = await inWorker('undo', (c, p) =>
        c.undo(last.importId, last.addedArticleIds, p),
      );
      setLastImport(null);
      announce({ kind: 'import' });
      await invalidateLibrary();
      return t('undone', { count: removed });
    });

  return (
    <section aria-labelledby={`${id}-heading`} className="data-panel">
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p className="muted">{t('intro')}</p>
      <div className="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const out = await inWorker('export', (c, p) => c.export(Date.now(), p));
              download(`triglot-backup-${today()}.jsonl`, out.blob);
              return t('exported', { reviews: out.answers, cards: out.cards });
            })
          }
        >
          {t('export')}
        </button>
        <label className="button file-button" htmlFor={`${id}-import`}>
          {t('import')}
        </label>
        <input
          id={`${id}-import`}
          className="visually-hidden"
          type="file"
          accept="application/json,.json,application/x-ndjson,.jsonl,.ndjson"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) importFile(file);
          }}
        />
        {lastImport && !busy && (
          <button type="button" onClick={() => undoLast(lastImport)}>
            {t('undo')}
          </button>
        )}
      </div>
      {task && (
        <BackupProgress
          task={task.kind}
          progress={task.progress}
          onCancel={() => client.current?.cancel()}
        />
      )}
      <div className="field">
        <label htmlFor={`${id}-course`}>{t('ankiCourse')}</label>
        <select
          id={`${id}-course`}
          value={course}
          onChange={(e) => setCourse(e.target.value as Lang)}
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {names(l)}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const cards: Card[] = [];
              // Settings may be the first page opened: the shipped cards must be in first.
              await loadLibrary();
              for await (const page of courseCardPages(getDb(), course)) cards.push(...page);
              const hint = hintLanguage(settings ?? defaultSettings, course, locale);
              const tsv = ankiClozeTsv(cards, hint, (c) => c.article);
              download(
                `triglot-${course}-anki.txt`,
                new Blob([tsv], { type: 'text/tab-separated-values' }),
              );
              return t('ankiDone', { count: cards.filter((c) => c.kind === 'cloze').length });
            })
          }
        >
          {t('anki')}
        </button>
      </div>
      <AnkiPackagePanel busy={busy} run={run} inWorker={inWorker} onImported={setLastImport} />
      <div className="actions">
        {confirmClear ? (
          <>
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => {
                setConfirmClear(false);
                void run(async () => {
                  const { clearAll } = await import('@/lib/db/backup-repo');
                  await clearAll(getDb());
                  announce({ kind: 'clear' });
                  // The shipped articles come straight back; the learner's are gone.
                  await invalidateLibrary();
                  return t('cleared');
                });
              }}
            >
              {t('confirmClear')}
            </button>
            <button type="button" onClick={() => setConfirmClear(false)}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirmClear(true)}>
            {t('clear')}
          </button>
        )}
      </div>
      <p
        role={message?.kind === 'error' ? 'alert' : 'status'}
        className={message?.kind === 'error' ? 'error' : 'muted'}
      >
        {message?.text ?? ''}
      </p>
    </section>
  );
}
