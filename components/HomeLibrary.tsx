'use client';

import type { CourseSummary } from '@/lib/corpus/model';
import { useLibraryView } from '@/lib/queries/use-articles';
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
  return (
    <>
      <CourseList courses={courses} />
      <ArticleList articles={articles} />
    </>
  );
}
