'use client';

import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { lazy, Suspense } from 'react';
import { isLang, LANGS, type CardId } from '@/lib/corpus/types';
import { Link } from '@/lib/i18n/navigation';

/**
 * The session (IndexedDB, the scheduler, the card) is its own chunk, asked for as
 * soon as this script runs: it downloads while the page hydrates and the static
 * frame is on screen, instead of making every byte of it first-load JavaScript
 * that holds up hydration (issue 9). The database is opened meanwhile by StorageGate.
 */
const loadSession = () => import('./StudySession');
let sessionModule: ReturnType<typeof loadSession> | null =
  typeof window === 'undefined' ? null : loadSession();
const StudySession = lazy(async () => {
  sessionModule ??= loadSession();
  return { default: (await sessionModule).StudySession };
});

/** The course comes from ?course=de, so one static page serves every course. */
export function StudyScreen() {
  return (
    <Suspense fallback={<Loading />}>
      <WithCourse />
    </Suspense>
  );
}

/**
 * The static page cannot know the course: it paints the session's frame, so the
 * session takes its place without moving what is already on screen.
 */
function Loading() {
  const t = useTranslations('Study');
  return (
    <section className="study" aria-labelledby="study-heading">
      <div className="study-head">
        <h1 id="study-heading">{t('title')}</h1>
      </div>
      <p role="status" className="study-loading">
        {t('loading')}
      </p>
    </section>
  );
}

function WithCourse() {
  const t = useTranslations('Study');
  const home = useTranslations('Home');
  const params = useSearchParams();
  const course = params.get('course');
  // ?word=de:word:Krieg: "study this word now" from the Words page (learn words).
  const word = params.get('word');
  const focus = word && isLang(course) && word.startsWith(`${course}:word:`) ? word : undefined;
  // &sentence=<cloze card>: "learn this word" from the Reader, in the sentence it was met in.
  const sentence = params.get('sentence');
  const shownIn =
    focus && sentence && sentence.startsWith(`${course}:`) && !sentence.includes(':word:')
      ? sentence
      : undefined;
  if (isLang(course))
    return (
      <StudySession
        key={`${course}|${focus ?? ''}|${shownIn ?? ''}`}
        course={course}
        {...(focus
          ? { focus: { word: focus as CardId, sentence: shownIn as CardId | undefined } }
          : {})}
      />
    );
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('pickCourse')}</p>
      <ul className="course-links">
        {LANGS.map((l) => (
          <li key={l}>
            <Link className="button primary" href={`/study/?course=${l}`}>
              {home('study', { lang: l })}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
