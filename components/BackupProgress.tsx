'use client';

import { useTranslations } from 'next-intl';
import type { BackupProgress as Progress } from '@/lib/backup/client';

export type BackupTask = 'export' | 'import' | 'undo';

/** Where each stage of an import sits on the bar: writing (and replaying) is most of the work. */
const SPAN: Record<Progress['stage'], readonly [number, number]> = {
  export: [0, 1],
  check: [0, 0.3],
  write: [0.3, 1],
  undo: [0, 1],
};

export function progressPercent(p: Pick<Progress, 'stage' | 'done' | 'total'>): number {
  const [from, to] = SPAN[p.stage];
  const part = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  return Math.round((from + (to - from) * part) * 100);
}

/** A backup job's progress in the Worker, and the way out. */
export function BackupProgress({
  task,
  progress,
  onCancel,
}: {
  task: BackupTask;
  progress: Pick<Progress, 'stage' | 'done' | 'total'>;
  onCancel: () => void;
}) {
  const t = useTranslations('Data');
  const percent = progressPercent(progress);
  const text = t('stage', {
    stage: progress.stage,
    done: progress.done,
    total: progress.total,
    percent: progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0,
  });
  const label =
    task === 'export' ? t('exportLabel') : task === 'import' ? t('importLabel') : t('undoLabel');
  return (
    <div className="import-progress">
      <p>{text}</p>
      <div
        className="backup-progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent} % · ${text}`}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      {task !== 'undo' && (
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      )}
    </div>
  );
}
