/**
 * The page's side of the import Worker: one job at a time, answers matched to
 * their job, cancel by terminating (the only way to stop synchronous work, and
 * it aborts an unfinished IndexedDB transaction with it).
 */
import { CodedError } from '@/lib/errors';
import type { FromWorker, ImportErrorCode, ImportInput, ImportPreview, ToWorker } from './protocol';
import type { ArticleId } from '@/lib/corpus/types';

export type ProgressEvent = Extract<FromWorker, { type: 'progress' }>;

export class ImportJobError extends CodedError<ImportErrorCode | 'CANCELLED' | 'WORKER'> {
  override readonly name = 'ImportJobError';
  constructor(
    code: ImportErrorCode | 'CANCELLED' | 'WORKER',
    message: string,
    readonly details: { text?: number; limit?: number; actual?: number } = {},
  ) {
    super(code, message);
  }
}

type Request = ToWorker extends infer T ? (T extends ToWorker ? Omit<T, 'job'> : never) : never;

export class ImportClient {
  private worker: Worker | null = null;
  private job = 0;
  private current: { job: number; reject: (e: ImportJobError) => void } | null = null;

  constructor(private readonly spawn: () => Worker = spawnImportWorker) {}

  preview(input: ImportInput, onProgress: (p: ProgressEvent) => void): Promise<ImportPreview> {
    return this.run({ type: 'preview', input }, onProgress).then((m) => {
      if (m.type !== 'preview') throw new ImportJobError('WORKER', `unexpected ${m.type}`);
      return m.preview;
    });
  }

  save(onProgress: (p: ProgressEvent) => void): Promise<ArticleId> {
    return this.run({ type: 'save' }, onProgress).then((m) => {
      if (m.type !== 'saved') throw new ImportJobError('WORKER', `unexpected ${m.type}`);
      return m.id;
    });
  }

  /** Stops the running job; the next one starts a fresh Worker. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.current?.reject(new ImportJobError('CANCELLED', 'cancelled'));
    this.current = null;
  }

  dispose(): void {
    this.cancel();
  }

  private run(
    request: Request,
    onProgress: (p: ProgressEvent) => void,
  ): Promise<Exclude<FromWorker, { type: 'progress' | 'error' }>> {
    this.current?.reject(new ImportJobError('CANCELLED', 'replaced by a new job'));
    const worker = (this.worker ??= this.spawn());
    const job = ++this.job;
    return new Promise((resolve, reject) => {
      this.current = { job, reject };
      const done = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (this.current?.job === job) this.current = null;
      };
      const onMessage = (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.job !== job) return;
        if (m.type === 'progress') return onProgress(m);
        // Where the Worker's part ends and the page's rendering begins, for measurements.
        performance.mark('triglot-import-answer');
        done();
        if (m.type === 'error') {
          const { code, message, text, limit, actual } = m;
          reject(new ImportJobError(code, message, { text, limit, actual }));
        } else resolve(m);
      };
      const onError = (event: ErrorEvent) => {
        done();
        // A Worker that failed to load or crashed is not reused.
        this.worker = null;
        reject(new ImportJobError('WORKER', event.message || 'the import worker failed'));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ ...request, job } as ToWorker);
    });
  }
}

export function spawnImportWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}
