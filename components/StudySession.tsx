'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import type { Lang } from '@/lib/corpus/types';
import type { StudyFocus } from '@/lib/db/queue-repo';
import { StorageError } from '@/lib/db/errors';
import { useStudySession } from '@/lib/queries/use-study-session';
import { useVoice } from '@/lib/queries/use-voice';
import { defaultSettings, hintLanguage, srsSettings } from '@/lib/settings/settings';
import { ReportCardButton } from './ReportCardButton';
import { SaveErrorBanner } from './SaveErrorBanner';
import { SessionSummary } from './SessionSummary';
import { StudyCard } from './StudyCard';
import { StudyCounts } from './StudyCounts';
import { StudyModePicker } from './StudyModePicker';
import { StudyWait } from './StudyWait';
import { WhyNowPanel } from './WhyNowPanel';

export function StudySession({ course, focus }: { course: Lang; focus?: StudyFocus }) {
  const t = useTranslations('Study');
  const errors = useTranslations('Errors');
  const locale = useLocale();
  const s = useStudySession(course, focus);
  const { undo, canUndo } = s;
  const [reported, setReported] = useState(false);

  // U or Ctrl+Z undoes the last answer, except while typing in the answer box.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const box =
        e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement
          ? e.target
          : null;
      if (e.altKey || e.metaKey) return;
      // In the answer box, U is a letter and Ctrl+Z undoes typing; with the box empty
      // there is no typing to undo, so Ctrl+Z undoes the last answer.
      if (box && !(e.ctrlKey && (e.key === 'z' || e.key === 'Z') && box.value === '')) return;
      if ((e.key === 'u' || e.key === 'U') && !e.ctrlKey) {
        e.preventDefault();
        undo();
      } else if (e.ctrlKey && (e.key === 'z' || e.key === 'Z')) {
        e.preventDefault();
        undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  const settings = s.settings ?? defaultSettings;
  const hint = hintLanguage(settings, course, locale);
  const srs = useMemo(() => srsSettings(settings), [settings]);
  const view = s.view;
  const voice = useVoice(course);
  // Listening needs a voice: without one the stored choice waits, and the screen reads.
  const study = voice ? settings.studyMode : 'read';

  return (
    <section className="study" aria-labelledby="study-heading">
      <div className="study-head">
        <h1 id="study-heading">{t('heading', { lang: course })}</h1>
        {s.counts ? <StudyCounts counts={s.counts} /> : null}
      </div>
      <StudyModePicker course={course} hasVoice={voice !== null} />
      {s.pending ? (
        <SaveErrorBanner error={s.pending.error} onRetry={s.retry} busy={s.retrying} />
      ) : null}
      {view.kind === 'loading' ? (
        <p role="status" className="study-loading">
          {t('loading')}
        </p>
      ) : null}
      {view.kind === 'failed' ? (
        <div role="alert" className="banner error">
          <p>{t('loadFailed')}</p>
          {view.error instanceof StorageError ? (
            <p>{errors(`storage.${view.error.code}`)}</p>
          ) : null}
        </div>
      ) : null}
      {view.kind === 'card' ? (
        <StudyCard
          key={`${view.card.id}:${view.state.reps}:${view.state.due}`}
          card={view.card}
          preview={view.preview}
          mode={settings.clozeMode}
          study={study}
          voice={voice}
          hintLang={hint}
          busy={s.busy}
          onGrade={(grade, meta) => {
            setReported(false);
            s.answer(view.card.id, grade, meta);
          }}
        />
      ) : null}
      {view.kind === 'card' ? (
        <WhyNowPanel
          key={`why:${view.card.id}:${view.state.reps}:${view.state.due}`}
          cardId={view.card.id}
          state={view.state}
          preview={view.preview}
          settings={srs}
          timeline={s.timeline}
        />
      ) : null}
      {view.kind === 'card' ? (
        <ReportCardButton
          key={view.card.id}
          kind={view.card.kind}
          onReport={async (reason) => {
            await s.report(view.card.id, view.card.sibling, reason);
            setReported(true);
          }}
        />
      ) : null}
      {reported ? (
        <p role="status" className="banner">
          {t('report.done')}
        </p>
      ) : null}
      {s.undoRefused ? (
        <p role="status" className="banner">
          {t('undoRefused')}
        </p>
      ) : null}
      {view.kind === 'wait' ? <StudyWait until={view.until} /> : null}
      {view.kind === 'done' ? <SessionSummary stats={s.stats} nextDue={view.nextDue} /> : null}
      <p className="study-foot">
        <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="U Control+Z">
          {t('undo')}
        </button>
        <span className="muted keys">{t('keys')}</span>
        {study !== 'read' ? <span className="muted keys">{t('listening.keys')}</span> : null}
      </p>
    </section>
  );
}
