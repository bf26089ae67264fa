/**
 * The page's side of the backup Worker: one job at a time, answers matched to
 * their job. Cancel asks the Worker to stop (an import takes back what it wrote
 * first); the job's promise settles when the Worker says it has.
 */
import type { ArticleId } from '@/lib/corpus/types';
import { BackupError } from './format';
import type { FromWorker, ImportSummary, ToWorker } from './protocol';

export type BackupProgress = Extract<FromWorker, { type: 'progress' }>;
type Answer = Exclude<FromWorker, { type: 'progress' | 'error' }>;
type Request = ToWorker extends infer T ? (T extends ToWorker ? Omit<T, 'job'> : never) : never;

export class BackupClient {
  private worker: Worker | null = null;
  private job = 0;
  private current: number | null = null;

  constructor(private readonly spawn: () => Worker = spawnBackupWorker) {}

  export(now: number, onProgress: (p: BackupProgress) => void) {
    return this.run({ type: 'export', now }, onProgress).then((m) => {
      if (m.type !== 'exported') throw new BackupError('WORKER', `unexpected ${m.type}`);
      return m;
    });
  }

  exportApkg(
    request: Omit<Extract<ToWorker, { type: 'apkg-export' }>, 'type' | 'job'>,
    onProgress: (p: BackupProgress) => void,
  ) {
    return this.run({ type: 'apkg-export', ...request }, onProgress).then((m) => {
      if (m.type !== 'apkg-exported') throw new BackupError('WORKER', `unexpected ${m.type}`);
      return m;
    });
  }

  importApkg(file: Blob, name: string, now: number, onProgress: (p: BackupProgress) => void) {
    return this.run({ type: 'apkg-import', file, name, now }, onProgress).then((m) => {
      if (m.type !== 'apkg-imported') throw new BackupError('WORKER', `unexpected ${m.type}`);
      return m;
    });
  }

  import(file: Blob, now: number, onProgress: (p: BackupProgress) => void): Promise<ImportSummary> {
    return this.run({ type: 'import', file, now }, onProgress).then((m) => {
      if (m.type !== 'imported') throw new BackupError('WORKER', `unexpected ${m.type}`);
      return m.result;
    });
  }

  undo(
    importId: string,
    articles: readonly ArticleId[],
    onProgress: (p: BackupProgress) => void,
  ): Promise<number> {
    return this.run({ type: 'undo', importId, articles }, onProgress).then((m) => {
      if (m.type !== 'undone') throw new BackupError('WORKER', `unexpected ${m.type}`);
      return m.removed;
    });
  }

  cancel(): void {
    if (this.current !== null) this.worker?.postMessage({ type: 'cancel', job: this.current });
  }

  /**
   * The page is going away. A running job is cancelled, not killed: the Worker
   * lives as long as the document, so it can still take an import back.
   */
  dispose(): void {
    this.cancel();
    if (this.current === null) this.worker?.terminate();
    this.worker = null;
  }

  private run(request: Request, onProgress: (p: BackupProgress) => void): Promise<Answer> {
    if (this.current !== null) {
      return Promise.reject(new BackupError('WORKER', 'another backup job is running'));
    }
    const worker = (this.worker ??= this.spawn());
    const job = ++this.job;
    this.current = job;
    return new Promise((resolve, reject) => {
      const done = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (this.current === job) this.current = null;
      };
      const onMessage = (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.job !== job) return;
        if (m.type === 'progress') return onProgress(m);
        done();
        if (m.type === 'error') reject(new BackupError(m.code, m.message, m.params));
        else resolve(m);
      };
      const onError = (event: ErrorEvent) => {
        done();
        // A Worker that failed to load or crashed is not reused.
        if (this.worker === worker) this.worker = null;
        reject(new BackupError('WORKER', event.message || 'the backup worker failed'));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ ...request, job } as ToWorker);
    });
  }
}

export function spawnBackupWorker(): Worker {
  return new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
}
