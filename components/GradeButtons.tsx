'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { GRADE_NAMES, GRADES, type Grade } from '@/lib/srs/grade';
import type { Preview } from '@/lib/srs/scheduler';

/** Again/Hard/Good/Easy with their next intervals; the proposed grade is marked and focused. */
export function GradeButtons({
  preview,
  proposed,
  disabled,
  onGrade,
}: {
  preview: Preview;
  proposed: Grade;
  disabled: boolean;
  onGrade: (grade: Grade) => void;
}) {
  const t = useTranslations('Study');
  const proposedRef = useRef<HTMLButtonElement>(null);
  useEffect(() => proposedRef.current?.focus(), [proposed]);
  return (
    <div className="grades" role="group" aria-label={t('gradeLabel')}>
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
          <span className="interval">{preview[g].label}</span>
        </button>
      ))}
      <p className="muted proposal">
        {t('proposed', { grade: t(`grade.${GRADE_NAMES[proposed]}`) })}
      </p>
    </div>
  );
}
