import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/ArticleList';
import { CourseList } from '@/components/CourseList';
import { loadIndex } from '@/lib/corpus/data';

export default async function HomePage() {
  const [t, index] = await Promise.all([getTranslations('Home'), loadIndex()]);
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <CourseList courses={index.courses} />
      <ArticleList articles={index.articles} />
    </>
  );
}
