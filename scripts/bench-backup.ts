/**
 * npm run bench (second half): backups at the scale of a heavy learner,
 * 1,000,000 answers over 100,000 cards by default (BENCH_BACKUP_EVENTS,
 * BENCH_BACKUP_CARDS to change), on fake-indexeddb in Node. Exports through the
 * version-4 stream encoder, imports into an empty database through the decoder
 * and batched writer, checks nothing was lost, and compares with the whole-file
 * way (version 3: JSON.stringify / JSON.parse of everything). Prints figures.
 */
import 'fake-indexeddb/auto';
import { parseBackup } from '@/lib/backup/format';
import { exportToBlob, importFromBlob } from '@/lib/backup/transfer';
import type { CardId } from '@/lib/corpus/types';
import { exportBackup, importBackup } from '@/lib/db/backup-repo';
import { replayCards } from '@/lib/db/event-repo';
import { eventCount, seedLogs } from '@/lib/db/fixtures';
import { recordResults } from './lib/results';
import { spreadAnswers } from './lib/answer-lines';
import { openTriglotDb, type EventRow, type TriglotDb } from '@/lib/db/schema';

const EVENTS = Number(process.env.BENCH_BACKUP_EVENTS ?? 1_000_000);
const CARDS = Number(process.env.BENCH_BACKUP_CARDS ?? 100_000);
/** The whole-file way at full size holds the log three times over; skip it with 0. */
const NAIVE = process.env.BENCH_BACKUP_NAIVE !== '0';
const NAIVE_EVENTS = Math.min(EVENTS, Number(process.env.BENCH_BACKUP_NAIVE_EVENTS ?? 100_000));
const NOW = new Date(2026, 10, 23, 9, 0).getTime();

/**
 * Wall time, CPU time (this process: on a shared machine the wall clock also
 * counts waiting for a core) and how far resident memory grew while `f` ran
 * (memory V8 already holds from an earlier phase is not counted again, so the
 * phases' figures do not compare with each other).
 */
async function measured<T>(
  f: () => Promise<T>,
): Promise<{ value: T; ms: number; cpuMs: number; peakMb: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    const value = await f();
    const used = process.cpuUsage(cpu);
    return {
      value,
      ms: performance.now() - start,
      cpuMs: (used.user + used.system) / 1000,
      peakMb: (peak - base) / 1e6,
    };
  } finally {
    clearInterval(timer);
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const times = (m: { ms: number; cpuMs: number }) => `${s(m.ms)} (CPU ${s(m.cpuMs)})`;

async function fresh(name: string): Promise<TriglotDb> {
  const db = openTriglotDb(`${name}-${Date.now()}`);
  await db.open();
  return db;
}

/** Answers spread over the cards and the last two years, as the study loop writes them. */
async function seed(db: TriglotDb): Promise<EventRow[]> {
  const all = spreadAnswers({
    count: EVENTS,
    cards: CARDS,
    days: 730,
    now: NOW,
    seed: 7,
    typed: true,
  });
  await seedLogs(db, all);
  await db.meta.put({ key: 'lastSeq', value: NOW });
  return all;
}

async function sampleStates(db: TriglotDb, ids: readonly CardId[]) {
  return db.cards.bulkGet([...ids]);
}

async function main() {
  console.log(
    `backup: ${EVENTS.toLocaleString('en')} answers over ${CARDS.toLocaleString('en')} cards`,
  );
  const source = await fresh('bench-backup-source');
  const seeded = await measured(() => seed(source));
  // A bare bulkPut of the logs: the floor under any import's write on this IndexedDB.
  console.log(`seed (bulkPut of the logs alone): ${times(seeded)}`);
  const sample = Array.from({ length: 200 }, (_, i) => `de:bench:${(i * 7919) % CARDS}` as CardId);
  await replayCards(
    source,
    sample.map((cardId) => ({ cardId, course: 'de', sibling: cardId })),
  );
  const expected = await sampleStates(source, sample);

  const exported = await measured(() => exportToBlob(source, NOW));
  const { blob } = exported.value;
  console.log(
    `stream export (v4, JSON Lines): ${times(exported)}, ${(blob.size / 1e6).toFixed(0)} MB, ` +
      `${(blob.size / EVENTS).toFixed(0)} bytes per event, peak +${exported.peakMb.toFixed(0)} MB`,
  );

  const target = await fresh('bench-backup-target');
  // Where the import's time goes: each stage from its first progress report to the next stage's.
  const stages = new Map<string, number>();
  const imported = await measured(() =>
    importFromBlob(target, blob, NOW, {
      onProgress: (stage) => {
        if (!stages.has(stage)) stages.set(stage, performance.now());
      },
    }),
  );
  const result = imported.value;
  const marks = [...stages.entries(), ['end', performance.now()] as const];
  const split = marks
    .slice(0, -1)
    .map(([stage, at], i) => `${stage} ${s(marks[i + 1]![1] - at)}`)
    .join(', ');
  console.log(
    `stream import (replays ${result.rebuiltCards.toLocaleString('en')} cards): ` +
      `${times(imported)}; wall by stage: ${split}; peak +${imported.peakMb.toFixed(0)} MB`,
  );
  const [sourceCount, targetCount, cardRows] = await Promise.all([
    eventCount(source),
    eventCount(target),
    target.cards.count(),
  ]);
  const got = await sampleStates(target, sample);
  const same = JSON.stringify(got) === JSON.stringify(expected);
  if (targetCount !== sourceCount || cardRows !== Math.min(CARDS, EVENTS) || !same) {
    throw new Error(
      `lost something: events ${targetCount}/${sourceCount}, cards ${cardRows}, sample ${same ? 'equal' : 'differs'}`,
    );
  }
  console.log(
    `checked: ${targetCount.toLocaleString('en')} events, ${cardRows.toLocaleString('en')} cards, 200 sampled states equal`,
  );
  recordResults('node_backup', {
    node_backup_events: EVENTS,
    node_backup_export_ms: exported.ms,
    node_backup_export_cpu_ms: exported.cpuMs,
    node_backup_import_ms: imported.ms,
    node_backup_import_cpu_ms: imported.cpuMs,
    backup_file_mb: blob.size / 1e6,
  });
  await target.delete();

  if (NAIVE) {
    // The whole-file way holds the log three times over and writes it in one transaction:
    // at 1,000,000 answers it ran for over 20 minutes here. Both ways are compared on the
    // first NAIVE_EVENTS answers instead, so the ratio holds and the run stays short.
    const small = await fresh('bench-backup-small');
    await seedLogs(small, seeded.value.slice(0, NAIVE_EVENTS));
    const naiveExport = await measured(async () => JSON.stringify(await exportBackup(small, NOW)));
    const text = naiveExport.value;
    const other = await fresh('bench-backup-naive');
    // parseBackup would refuse a file this size (MAX_BACKUP_BYTES); the limit is the point.
    const naiveImport = await measured(async () =>
      importBackup(other, parseBackup(text, 0, NOW), NOW),
    );
    const streamExport = await measured(() => exportToBlob(small, NOW));
    const target2 = await fresh('bench-backup-small-target');
    const streamImport = await measured(() =>
      importFromBlob(target2, streamExport.value.blob, NOW),
    );
    const n = NAIVE_EVENTS.toLocaleString('en');
    console.log(
      `at ${n} answers, whole-file (v3): export ${times(naiveExport)}, import ${times(naiveImport)}`,
    );
    console.log(
      `at ${n} answers, stream (v4): export ${times(streamExport)}, import ${times(streamImport)}`,
    );
    console.log(
      `stream / whole-file (CPU) at ${n}: export ${(streamExport.cpuMs / naiveExport.cpuMs).toFixed(2)}×, ` +
        `import ${(streamImport.cpuMs / naiveImport.cpuMs).toFixed(2)}×`,
    );
    await Promise.all([other.delete(), small.delete(), target2.delete()]);
  }
  await source.delete();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
