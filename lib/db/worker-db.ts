/**
 * What a Worker that writes to the database needs: its own connection, which
 * steps aside for a newer schema opened in a tab, and progress messages
 * throttled so the page does not render thousands of them.
 */
import { openTriglotDb, type TriglotDb } from './schema';

let db: TriglotDb | null = null;

/** The Worker's connection, opened once; closed (and reopened next time) when a tab upgrades. */
export function workerDb(): TriglotDb {
  if (!db) {
    const opened = openTriglotDb();
    // A newer schema in another tab must not be blocked by this connection.
    opened.on('versionchange', () => {
      opened.close();
      db = null;
      return false;
    });
    db = opened;
  }
  return db;
}

/**
 * At most one progress report per `everyMs` within a stage, and always a
 * stage's first and last: the page renders each one it gets.
 */
export function throttledProgress<S extends string>(
  report: (stage: S, done: number, total: number) => void,
  now: () => number,
  everyMs = 100,
): (stage: S, done: number, total: number) => void {
  let last = 0;
  let lastStage: S | null = null;
  return (stage, done, total) => {
    const t = now();
    if (stage === lastStage && t - last < everyMs && done < total) return;
    last = t;
    lastStage = stage;
    report(stage, done, total);
  };
}
