import { useTranslations } from 'next-intl';
import type { CourseSummary } from '@/lib/corpus/model';
import { Link } from '@/lib/i18n/navigation';
import { HintLanguagePicker } from './HintLanguagePicker';

export function CourseList({ courses }: { courses: readonly CourseSummary[] }) {
  const t = useTranslations('Home');
  return (
    <section aria-labelledby="courses-heading">
      <h2 id="courses-heading">{t('coursesHeading')}</h2>
      <ul className="course-grid">
        {courses.map((c) => (
          <li key={c.lang} className="course">
            <h3>{t('course', { lang: c.lang })}</h3>
            <p>
              {t('sentences', { count: c.sentences })} · {t('cards', { count: c.cards })}
            </p>
            <HintLanguagePicker course={c.lang} />
            <p className="actions">
              <Link className="button primary" href={`/study/?course=${c.lang}`}>
                {t('study', { lang: c.lang })}
              </Link>
              <Link className="button" href={`/cards/${c.lang}/`}>
                {t('viewCards')}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
