import type { Page } from '@playwright/test';

export type Dump = Record<string, unknown[]>;

/** Every store of the app's database, read without the app's code: what a test compares. */
export function dumpDb(page: Page): Promise<Dump> {
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
