'use client';

import { useQuery } from '@tanstack/react-query';
import { courseCardsUrl } from '@/lib/corpus/data';
import type { Card, CourseCards } from '@/lib/corpus/model';
import type { CardId, Lang } from '@/lib/corpus/types';
import { queryKeys } from './keys';

export interface CourseDeck {
  /** In new-card order (rank, then id). */
  readonly ordered: readonly Card[];
  readonly byId: ReadonlyMap<CardId, Card>;
}

async function fetchCourse(lang: Lang): Promise<CourseDeck> {
  // Served from the service worker's precache when offline.
  const response = await fetch(courseCardsUrl(lang));
  if (!response.ok) throw new Error(`cards for ${lang}: HTTP ${response.status}`);
  const file = (await response.json()) as CourseCards;
  const ordered = [...file.cards].sort(
    (a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { ordered, byId: new Map(ordered.map((c) => [c.id, c])) };
}

export function useCourseCards(lang: Lang | null) {
  return useQuery({
    queryKey: queryKeys.courseCards(lang ?? 'de'),
    queryFn: () => fetchCourse(lang!),
    enabled: lang !== null,
  });
}
