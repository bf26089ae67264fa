import type { Article, CorpusIndex } from './model';
import type { Lang } from './types';

// Build-time access to the generated corpus (public/data) for server components.
// JSON imports are bundled at build time, so the static export needs no fs.

export async function loadIndex(): Promise<CorpusIndex> {
  return (await import('@/public/data/index.json')).default as unknown as CorpusIndex;
}

export async function loadArticle(id: string): Promise<Article> {
  return (await import(`@/public/data/articles/${id}.json`)).default as Article;
}

/** The URL the client fetches a course's cards from (precached by the service worker). */
export function courseCardsUrl(lang: Lang): string {
  return `/data/cards/${lang}.json`;
}
