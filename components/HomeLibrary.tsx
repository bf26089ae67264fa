'use client';

import type { CourseSummary } from '@/lib/corpus/model';
import { useLibraryView } from '@/lib/queries/use-articles';
import { useArticleLevels } from '@/lib/queries/use-reader-words';
import { ArticleList, type ArticleListItem } from './ArticleList';
import { CourseList } from './CourseList';

/**
 * Courses and articles as stored in IndexedDB (the learner's own articles
 * included); until the database answers, the shipped ones rendered at build time.
 */
export function HomeLibrary({
  shipped,
}: {
  shipped: { courses: readonly CourseSummary[]; articles: readonly ArticleListItem[] };
}) {
  const live = useLibraryView();
  const courses = live?.courses ?? shipped.courses;
  const articles: readonly ArticleListItem[] = live
    ? live.articles.map((a) => ({
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        units: a.units,
        origin: a.origin,
      }))
    : shipped.articles;
  const levels = useArticleLevels(articles.map((a) => a.id));
  const rank = new Map(levels?.order.map((id, i) => [id, i]));
  // Nearest the 95–98 % band first; an article added since the shares were read goes last.
  const ordered = levels
    ? [...articles].sort((a, b) => (rank.get(a.id) ?? rank.size) - (rank.get(b.id) ?? rank.size))
    : articles;
  return (
    <>
      <CourseList courses={courses} />
      <ArticleList articles={ordered} {...(levels ? { shares: levels.shares } : {})} />
    </>
  );
}
