import type { Page } from '@playwright/test';
import { encodeEvent, encodeHeader, type BackupEvent } from '@/lib/backup/stream';
import type { Card } from '@/lib/corpus/model';
import type { CardState } from '@/lib/srs/card-state';
import { expect } from './fixtures';

/** A backup file (format 4, JSON lines) holding just these events. */
export function eventsBackup(events: readonly BackupEvent[], exportedAt = Date.now()): string {
  return (
    encodeHeader({ exportedAt, settings: null, counts: { articles: 0, events: events.length } }) +
    events.map(encodeEvent).join('')
  );
}

/** A v1 backup stored card states in the shape the app still uses. */
export type V1State = CardState;

/**
 * A version-1 backup (one JSON document, as the first releases wrote) of one card with one
 * answer: the old shape the import must still read.
 */
export function v1OneAnswerBackup(
  card: Card,
  state: V1State,
  answer: { at: number; grade: 1 | 2 | 3 | 4; typed?: string | null },
): string {
  return JSON.stringify({
    app: 'triglot',
    version: 1,
    exportedAt: Date.now(),
    settings: null,
    cards: [{ ...state, id: card.id, course: card.lang, sibling: card.sibling }],
    reviews: [
      {
        cardId: card.id,
        course: card.lang,
        sibling: card.sibling,
        review: answer.at,
        grade: answer.grade,
        stateBefore: { ...state, state: 'new', reps: 0, lastReview: null, due: answer.at },
        stateAfter: state.state,
        elapsedDays: 0,
        durationMs: 1000,
        typed: answer.typed ?? null,
        verdict: null,
      },
    ],
  });
}

/** Chooses `text` as the backup to import on an open Settings page and waits for `done`. */
export async function importBackupText(
  page: Page,
  text: string,
  done: string | RegExp,
  opts: { name?: string; timeout?: number } = {},
): Promise<void> {
  const name = opts.name ?? 'backup.jsonl';
  await page.getByLabel('Import a backup').setInputFiles({
    name,
    mimeType: name.endsWith('.json') ? 'application/json' : 'application/x-ndjson',
    buffer: Buffer.from(text),
  });
  await expect(page.getByRole('status').filter({ hasText: done })).toBeVisible(
    opts.timeout ? { timeout: opts.timeout } : {},
  );
}

/** Settings → Delete all my data, confirmed. */
export async function deleteAllData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete all answers, cards and settings' }).click();
  await expect(page.getByText('All data deleted.')).toBeVisible();
}

/** Imports the file at `path` twice through `label`: the second time must add nothing. */
export async function importTwice(
  page: Page,
  label: string,
  path: string,
  first: string,
  second: string,
): Promise<void> {
  await page.getByLabel(label).setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: first })).toBeVisible();
  await page.getByLabel(label).setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: second })).toBeVisible();
}
