import type { Article, ArticleBundle, CorpusIndex } from './model';

// Build-time access to the generated corpus (public/data) for server components.
// JSON imports are bundled at build time, so the static export needs no fs.

export async function loadIndex(): Promise<CorpusIndex> {
  return (await import('@/public/data/index.json')).default as unknown as CorpusIndex;
}

export async function loadArticle(id: string): Promise<Article> {
  return ((await import(`@/public/data/articles/${id}.json`)).default as ArticleBundle).article;
}

/** Where the client finds the shipped articles (precached by the service worker). */
export const SHIPPED_INDEX_URL = '/data/index.json';

export function shippedArticleUrl(id: string): string {
  return `/data/articles/${id}.json`;
}
