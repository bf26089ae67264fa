/// <reference lib="webworker" />
/**
 * The import Worker: lexicon decode, segmentation, alignment, cards and the
 * IndexedDB write all happen here, so the page stays responsive on a long
 * article. One job at a time; the page cancels by terminating the Worker,
 * which aborts an unfinished write (putArticle is one transaction).
 */
import { contentHash } from '@/lib/corpus/hash';
import type { ArticleBundle } from '@/lib/corpus/model';
import { libraryWords, type PipelineStage } from '@/lib/corpus/pipeline';
import { findArticleByTexts, getArticle, libraryWordRows, putArticle } from '@/lib/db/content-repo';
import { throttledProgress, workerDb } from '@/lib/db/worker-db';
import { buildBundle, importSource, previewOf, type ImportResources } from './build';
import { ImportError } from './input';
import type { FromWorker, ImportStage, ToWorker } from './protocol';
import { loadResources } from './resources';

declare const self: DedicatedWorkerGlobalScope;

let resources: Promise<ImportResources> | null = null;
let lexiconMs = 0;
let pending: { job: number; bundle: ArticleBundle } | null = null;

function post(message: FromWorker): void {
  self.postMessage(message);
}

function getResources(): Promise<ImportResources> {
  if (!resources) {
    const started = performance.now();
    resources = loadResources(self.location.origin).then((r) => {
      lexiconMs = performance.now() - started;
      return r;
    });
    // A failed download is retried by the next job, not remembered.
    resources.catch(() => (resources = null));
  }
  return resources;
}

function progressPoster(job: number) {
  return throttledProgress<ImportStage | PipelineStage>(
    (stage, done, total) => post({ type: 'progress', job, stage, done, total }),
    () => performance.now(),
  );
}

async function handle(message: ToWorker): Promise<void> {
  const { job } = message;
  const progress = progressPoster(job);
  switch (message.type) {
    case 'preview': {
      pending = null;
      const source = importSource(message.input);
      progress('lexicon', 0, 1);
      const res = await getResources();
      progress('lexicon', 1, 1);
      const store = workerDb();
      const rows = await libraryWordRows(store);
      // The article's own earlier version is not "another article".
      const library = rows
        .filter((r) => r.article !== source.id)
        .flatMap((r) => libraryWords(r.article, r.words));
      const started = performance.now();
      const { bundle } = buildBundle(source, res, library, progress);
      const build = performance.now() - started;
      const [duplicate, same] = await Promise.all([
        findArticleByTexts(store, source.texts),
        getArticle(store, source.id),
      ]);
      pending = { job, bundle };
      post({
        type: 'preview',
        job,
        preview: previewOf(bundle, {
          duplicateOf: duplicate
            ? {
                id: duplicate.id,
                title: duplicate.title.en,
                shipped: duplicate.origin === 'shipped',
              }
            : null,
          replaces: !!same && !duplicate,
          timings: { lexicon: Math.round(lexiconMs), build: Math.round(build) },
        }),
      });
      return;
    }
    case 'save': {
      if (!pending) throw new ImportError('NOTHING_TO_SAVE', 'save without a preview');
      const { bundle } = pending;
      progress('save', 0, 1);
      try {
        await putArticle(
          workerDb(),
          bundle,
          'learner',
          contentHash(JSON.stringify(bundle.texts)),
          Date.now(),
        );
      } catch (error) {
        throw new ImportError('STORAGE', String(error));
      }
      pending = null;
      progress('save', 1, 1);
      post({ type: 'saved', job, id: bundle.article.id });
      return;
    }
    case 'build': {
      const res = await getResources();
      const library = message.library.flatMap((r) => libraryWords(r.article, r.words));
      const started = performance.now();
      const { bundle } = buildBundle(message.source, res, library, progress);
      const build = Math.round(performance.now() - started);
      post({ type: 'built', job, bundle, timings: { lexicon: Math.round(lexiconMs), build } });
      return;
    }
  }
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  handle(message).catch((error: unknown) => {
    const e = error instanceof ImportError ? error : new ImportError('INTERNAL', String(error));
    post({ type: 'error', job: message.job, code: e.code, message: e.message, ...e.details });
  });
});
