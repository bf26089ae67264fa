import type { Page } from '@playwright/test';
import { unpackLog, type LogRow } from '@/lib/db/log-codec';
import { isFrontierKey } from '@/lib/db/new-frontier';

export type Dump = Record<string, unknown[]>;

/**
 * Every store of the app's database, read without the app's code: what a test
 * compares. The per-card logs are decoded here, in Node, into `events` (one per
 * event, ordered by id): what a learner's history is, whatever the row layout.
 * The new-card frontier, a hint in `meta`, is left out.
 */
export async function dumpDb(page: Page): Promise<Dump> {
  const raw = await rawDump(page);
  if (raw.meta) raw.meta = (raw.meta as { key: string }[]).filter((m) => !isFrontierKey(m.key));
  if (!raw.logs) return raw;
  const { logs, ...rest } = raw;
  const events = (logs as LogRow[])
    .flatMap((row) => unpackLog(row))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...rest, events };
}

function rawDump(page: Page): Promise<Dump> {
  return page.evaluate(async () => {
    // Opening a database that does not exist yet would create it empty, under the app's feet.
    if (!(await indexedDB.databases()).some((d) => d.name === 'triglot')) return {};
    return new Promise<Dump>((resolve, reject) => {
      const open = indexedDB.open('triglot');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const names = [...db.objectStoreNames];
        const tx = db.transaction(names);
        const out: Dump = {};
        for (const name of names) {
          const req = tx.objectStore(name).getAll();
          req.onsuccess = () => (out[name] = req.result);
        }
        tx.oncomplete = () => {
          db.close();
          resolve(out);
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
}
