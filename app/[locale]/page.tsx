import { getTranslations } from 'next-intl/server';
import { HomeLibrary } from '@/components/HomeLibrary';
import { loadIndex } from '@/lib/corpus/data';
import { sumCourses } from '@/lib/corpus/summary';

export default async function HomePage() {
  const [t, index] = await Promise.all([getTranslations('Home'), loadIndex()]);
  const shipped = {
    courses: sumCourses(index.articles.map((a) => a.courses)),
    articles: index.articles.map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      units: a.units,
      origin: 'shipped' as const,
    })),
  };
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <HomeLibrary shipped={shipped} />
    </>
  );
}
