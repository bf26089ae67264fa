import { describe, expect, it } from 'vitest';
import { ImportClient, ImportJobError } from './client';
import type { FromWorker, ImportInput, ToWorker } from './protocol';

/** A Worker stand-in: records what the page posts, answers when the test says. */
class FakeWorker extends EventTarget {
  posted: ToWorker[] = [];
  terminated = false;
  postMessage(message: ToWorker) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: FromWorker) {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
}

const input: ImportInput = {
  title: '',
  source: '',
  license: '',
  texts: [{ lang: 'de', text: 'Ein Satz.' }],
};

function setup() {
  const workers: FakeWorker[] = [];
  const client = new ImportClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  });
  return { client, workers };
}

describe('ImportClient', () => {
  it('passes progress on and resolves with its own job’s answer only', async () => {
    const { client, workers } = setup();
    const seen: number[] = [];
    const result = client.preview(input, (p) => seen.push(p.done));
    const w = workers[0]!;
    const job = w.posted[0]!.job;
    w.answer({ type: 'progress', job, stage: 'analyze', done: 3, total: 10 });
    // A late answer to an earlier job is not this one's.
    w.answer({ type: 'saved', job: job - 1, id: 'u-x' as never });
    w.answer({ type: 'preview', job, preview: { id: 'u-1' } as never });
    await expect(result).resolves.toEqual({ id: 'u-1' });
    expect(seen).toEqual([3]);
  });

  it('turns a Worker error into an ImportJobError with its code and numbers', async () => {
    const { client, workers } = setup();
    const result = client.preview(input, () => {});
    const w = workers[0]!;
    w.answer({
      type: 'error',
      job: w.posted[0]!.job,
      code: 'TOO_MANY_SENTENCES',
      message: 'text 1: 2500 sentences',
      text: 1,
      limit: 2000,
      actual: 2500,
    });
    await expect(result).rejects.toMatchObject({
      code: 'TOO_MANY_SENTENCES',
      details: { text: 1, limit: 2000, actual: 2500 },
    });
  });

  it('cancels by terminating the Worker; the next job gets a new one', async () => {
    const { client, workers } = setup();
    const first = client.preview(input, () => {});
    client.cancel();
    await expect(first).rejects.toBeInstanceOf(ImportJobError);
    await expect(first).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(workers[0]!.terminated).toBe(true);
    void client.preview(input, () => {}).catch(() => {});
    expect(workers).toHaveLength(2);
    client.dispose();
  });
});
