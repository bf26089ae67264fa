'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { ankiClozeTsv } from '@/lib/backup/anki';
import { BackupError, MAX_BACKUP_BYTES, parseBackup } from '@/lib/backup/format';
import type { Card } from '@/lib/corpus/model';
import { LANGS, type Lang } from '@/lib/corpus/types';
import { clearAll, exportBackup, importBackup } from '@/lib/db/backup-repo';
import { announce } from '@/lib/db/changes';
import { getDb } from '@/lib/db/client';
import { courseCardPages } from '@/lib/db/content-repo';
import { queryKeys } from '@/lib/queries/keys';
import { ensureLibrary } from '@/lib/queries/use-library';
import { useSettings } from '@/lib/queries/use-settings';
import { defaultSettings, hintLanguage } from '@/lib/settings/settings';

type Message = { kind: 'ok' | 'error'; text: string } | null;

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const today = () => new Date().toISOString().slice(0, 10);

/** Backup, restore, Anki export and clearing: the learner's data is theirs. */
export function DataPanel() {
  const t = useTranslations('Data');
  const names = useTranslations('Lang');
  const locale = useLocale();
  const id = useId();
  const { settings } = useSettings();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [course, setCourse] = useState<Lang>('de');
  const [confirmClear, setConfirmClear] = useState(false);

  const run = async (task: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ kind: 'ok', text: await task() });
    } catch (error) {
      const e = error instanceof BackupError ? error : new BackupError('STORAGE', String(error));
      const text = t(`errors.${e.code}`, {
        where: e.params.where ?? '',
        size: e.params.sizeMb ?? 0,
        limit: e.params.limitMb ?? 0,
        version: e.params.version ?? '',
      });
      setMessage({ kind: 'error', text });
    } finally {
      setBusy(false);
    }
  };

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
              const backup = await exportBackup(getDb(), Date.now());
              download(
                `triglot-backup-${today()}.json`,
                'application/json',
                JSON.stringify(backup),
              );
              return t('exported', {
                reviews: backup.events.filter((e) => e.kind === 'answer').length,
                cards: new Set(backup.events.map((e) => e.cardId)).size,
              });
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
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            void run(async () => {
              const now = Date.now();
              if (file.size > MAX_BACKUP_BYTES) parseBackup('', file.size, now);
              const backup = parseBackup(await file.text(), file.size, now);
              const result = await importBackup(getDb(), backup, now);
              announce({ kind: 'import' });
              return t('imported', { reviews: result.addedAnswers, cards: result.rebuiltCards });
            });
          }}
        />
      </div>
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
              await queryClient.ensureQueryData({
                queryKey: queryKeys.library(),
                queryFn: ensureLibrary,
              });
              for await (const page of courseCardPages(getDb(), course)) cards.push(...page);
              const hint = hintLanguage(settings ?? defaultSettings, course, locale);
              const tsv = ankiClozeTsv(cards, hint, (c) => c.article);
              download(`triglot-${course}-anki.txt`, 'text/tab-separated-values', tsv);
              return t('ankiDone', { count: cards.filter((c) => c.kind === 'cloze').length });
            })
          }
        >
          {t('anki')}
        </button>
      </div>
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
                  await clearAll(getDb());
                  announce({ kind: 'clear' });
                  // The shipped articles come straight back; the learner's are gone.
                  await queryClient.invalidateQueries({ queryKey: queryKeys.library() });
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
