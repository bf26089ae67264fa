'use client';

import { useTranslations } from 'next-intl';
import { useFormatInterval } from '@/lib/i18n/use-format-interval';
import { useEffect, useRef } from 'react';
import { afterNextPaint } from '@/lib/queries/after-paint';
import { GRADE_NAMES, GRADES, type Grade } from '@/lib/srs/grade';
import type { Preview } from '@/lib/srs/scheduler';

/** Again/Hard/Good/Easy with their next intervals; the proposed grade is marked and focused. */
export function GradeButtons({
  preview,
  proposed,
  disabled,
  describedBy,
  onGrade,
}: {
  preview: Preview;
  proposed: Grade;
  disabled: boolean;
  /** The verdict, so a screen reader hears why when focus lands on the proposed grade. */
  describedBy?: string;
  onGrade: (grade: Grade) => void;
}) {
  const t = useTranslations('Study');
  const interval = useFormatInterval();
  const proposedRef = useRef<HTMLButtonElement>(null);
  // After the frame that shows the grades: focusing at once would lay the page out first.
  useEffect(() => afterNextPaint(() => proposedRef.current?.focus()), [proposed]);
  return (
    <div
      className="grades"
      role="group"
      aria-label={t('gradeLabel')}
      aria-describedby={describedBy}
    >
      {GRADES.map((g) => (
        <button
          key={g}
          ref={g === proposed ? proposedRef : undefined}
          type="button"
          className={`grade grade-${GRADE_NAMES[g]}${g === proposed ? ' proposed' : ''}`}
          disabled={disabled}
          aria-keyshortcuts={String(g)}
          onClick={() => onGrade(g)}
        >
          <span className="grade-name">{t(`grade.${GRADE_NAMES[g]}`)}</span>
          <span className="interval">{interval(preview[g].intervalMs)}</span>
        </button>
      ))}
      <p className="muted proposal">
        {t('proposed', { grade: t(`grade.${GRADE_NAMES[proposed]}`) })}
      </p>
    </div>
  );
}
