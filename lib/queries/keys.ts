import type { Lang } from '@/lib/corpus/types';

/** Every query key comes from here, so invalidation can target a whole family. */
export const queryKeys = {
  all: ['triglot'] as const,
  library: () => ['triglot', 'library'] as const,
  articles: () => ['triglot', 'articles'] as const,
  storage: () => ['triglot', 'storage'] as const,
  queue: (lang: Lang) => ['triglot', 'queue', lang] as const,
};
