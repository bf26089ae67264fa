'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { checkAnswer, proposeGrade, verdictTag, type Verdict } from '@/lib/answer/check';
import type { Card } from '@/lib/corpus/model';
import type { Lang } from '@/lib/corpus/types';
import type { Grade } from '@/lib/srs/grade';
import { useSettings } from '@/lib/queries/use-settings';
import { defaultSettings } from '@/lib/settings/settings';
import type { Preview } from '@/lib/srs/scheduler';
import { afterNextPaint } from '@/lib/queries/after-paint';
import { shuffledOptions } from '@/lib/study/options';
import { ClozeSentence } from './ClozeSentence';
import { GradeButtons } from './GradeButtons';
import { HintSentence } from './HintSentence';
import { SpeakButton } from './SpeakButton';
import { VerdictMessage } from './VerdictMessage';

type Face =
  | { readonly kind: 'question' }
  | {
      readonly kind: 'revealed';
      readonly verdict: Verdict | null;
      readonly typed: string | null;
      readonly proposed: Grade;
    };

export interface GradeMeta {
  readonly durationMs: number;
  readonly typed: string | null;
  readonly verdict: string | null;
}

/**
 * One card from question to grade. Keys: Enter or Space shows or checks, then
 * accepts the proposed grade; 1–4 pick a choice, then grade.
 */
export function StudyCard({
  card,
  preview,
  mode,
  hintLang,
  busy,
  onGrade,
}: {
  card: Card;
  preview: Preview;
  mode: 'typed' | 'choice';
  hintLang: Lang;
  busy: boolean;
  onGrade: (grade: Grade, meta: GradeMeta) => void;
}) {
  const t = useTranslations('Study');
  const [face, setFace] = useState<Face>({ kind: 'question' });
  const [typed, setTyped] = useState('');
  const shownAt = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const revealButton = useRef<HTMLButtonElement>(null);
  const options = useMemo(
    () => (card.kind === 'cloze' ? shuffledOptions(card.cloze.options, card.id) : []),
    [card],
  );
  const hint = card.hints[hintLang] ?? Object.values(card.hints)[0] ?? '';
  const hintLangShown = card.hints[hintLang] ? hintLang : (Object.keys(card.hints)[0] as Lang);
  const isChoice = card.kind === 'cloze' && mode === 'choice';
  const synonymGrade = (useSettings().settings ?? defaultSettings).synonymGrade;
  const hintSpans = card.kind === 'cloze' ? card.cloze.hintSpans?.[hintLangShown] : undefined;

  const typedCloze = card.kind === 'cloze' && mode === 'typed';
  useEffect(() => {
    shownAt.current = performance.now();
    // Focus moves in once the card is painted: focusing an element just made makes the
    // browser lay the page out there and then, inside the answer's task (issue 9).
    return afterNextPaint(() => (typedCloze ? input.current : revealButton.current)?.focus());
  }, [card, typedCloze]);

  const grade = (g: Grade) => {
    if (busy || face.kind !== 'revealed') return;
    onGrade(g, {
      durationMs: Math.round(performance.now() - shownAt.current),
      typed: face.typed,
      verdict: face.verdict ? verdictTag(face.verdict) : null,
    });
  };

  const check = () => {
    if (card.kind !== 'cloze') return;
    const verdict = checkAnswer(typed, card.cloze.answer, card.lang, {
      neighbours: card.cloze.neighbours,
      ...(card.cloze.alternatives ? { alternatives: card.cloze.alternatives } : {}),
    });
    setFace({
      kind: 'revealed',
      verdict,
      typed,
      proposed: proposeGrade(verdict, { synonym: synonymGrade }),
    });
  };

  const choose = (option: string) => {
    if (card.kind !== 'cloze' || face.kind !== 'question') return;
    const verdict: Verdict =
      option === card.cloze.answer
        ? { kind: 'right', how: 'exact' }
        : { kind: 'wrong', why: 'different' };
    setFace({ kind: 'revealed', verdict, typed: option, proposed: proposeGrade(verdict) });
  };

  const reveal = () => {
    if (card.kind === 'cloze' && !isChoice) return check();
    if (card.kind === 'cloze') return;
    setFace({ kind: 'revealed', verdict: null, typed: null, proposed: 3 });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.repeat) return;
      const inInput = e.target === input.current;
      const onButton =
        e.target instanceof HTMLButtonElement ||
        e.target instanceof HTMLSelectElement ||
        e.target instanceof HTMLAnchorElement;
      if (face.kind === 'question') {
        // A letter typed before the focus came: into the box with it (the character follows
        // the focus moved during its keydown). Space, U and W keep their meaning outside the box.
        if (typedCloze && !inInput && !onButton && e.key.length === 1 && !/[ uUwW]/.test(e.key)) {
          input.current?.focus();
          return;
        }
        if (inInput) {
          if (e.key === 'Enter') {
            e.preventDefault();
            check();
          }
          return;
        }
        if (isChoice && /^[1-4]$/.test(e.key)) {
          const option = options[Number(e.key) - 1];
          if (option) {
            e.preventDefault();
            choose(option);
          }
          return;
        }
        if ((e.key === 'Enter' || e.key === ' ') && !onButton) {
          e.preventDefault();
          reveal();
        }
        return;
      }
      if (/^[1-4]$/.test(e.key)) {
        e.preventDefault();
        grade(Number(e.key) as Grade);
      } else if ((e.key === 'Enter' || e.key === ' ') && !onButton) {
        e.preventDefault();
        grade(face.proposed);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const revealed = face.kind === 'revealed';
  const sentence =
    card.kind === 'cloze' ? (
      <ClozeSentence
        text={card.text}
        start={card.cloze.start}
        end={card.cloze.end}
        lang={card.lang}
        revealed={revealed}
      />
    ) : (
      <span lang={card.lang}>{card.text}</span>
    );

  return (
    <article
      className={`study-card kind-${card.kind}`}
      aria-label={t(`kindLabel.${card.kind}`)}
      data-card-id={card.id}
      data-shown={card.shown}
    >
      <p className="kind">{t(`kindLabel.${card.kind}`)}</p>
      {card.kind === 'produce' ? (
        <>
          <p className="prompt" lang={hintLangShown}>
            {hint}
          </p>
          {revealed ? (
            <p className="target">
              {sentence} <SpeakButton text={card.text} lang={card.lang} />
            </p>
          ) : (
            <p className="muted">{t('produceTask')}</p>
          )}
        </>
      ) : (
        <>
          <p className="target">
            {sentence}
            {card.kind === 'understand' || revealed ? (
              <SpeakButton text={card.text} lang={card.lang} />
            ) : null}
          </p>
          {card.kind === 'cloze' || revealed ? (
            <p className="hint" lang={hintLangShown}>
              <HintSentence text={hint} spans={hintSpans} />
            </p>
          ) : (
            <p className="muted">{t('understandTask')}</p>
          )}
          {card.kind === 'cloze' && card.cloze.gloss && revealed ? (
            <p className="muted">
              {t('gloss')}: <span lang="en">{card.cloze.gloss}</span>
            </p>
          ) : null}
        </>
      )}

      {card.kind === 'cloze' && !isChoice ? (
        <form
          className="answer-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (face.kind === 'question') check();
          }}
        >
          <label htmlFor="answer" className="visually-hidden">
            {t('answer')}
          </label>
          <input
            id="answer"
            ref={input}
            type="text"
            lang={card.lang}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            readOnly={revealed}
            aria-describedby={revealed ? 'verdict' : undefined}
          />
          {face.kind === 'question' ? (
            <button type="submit" className="primary">
              {t('check')}
            </button>
          ) : null}
        </form>
      ) : null}

      {isChoice ? (
        <ol className="choices">
          {options.map((option, i) => (
            <li key={option}>
              <button
                type="button"
                lang={card.lang}
                disabled={revealed}
                aria-keyshortcuts={String(i + 1)}
                className={
                  revealed && card.kind === 'cloze' && option === card.cloze.answer
                    ? 'right'
                    : revealed && face.typed === option
                      ? 'wrong'
                      : ''
                }
                onClick={() => choose(option)}
              >
                <kbd>{i + 1}</kbd> {option}
              </button>
            </li>
          ))}
        </ol>
      ) : null}

      {!revealed && card.kind !== 'cloze' ? (
        <p>
          <button
            ref={revealButton}
            type="button"
            className="primary"
            onClick={reveal}
            aria-keyshortcuts="Enter Space"
          >
            {t('showAnswer')}
          </button>
        </p>
      ) : null}

      {revealed && face.verdict && card.kind === 'cloze' ? (
        <VerdictMessage
          verdict={face.verdict}
          expected={card.cloze.answer}
          typed={face.typed ?? ''}
        />
      ) : null}

      {revealed ? (
        <GradeButtons
          preview={preview}
          proposed={face.proposed}
          disabled={busy}
          describedBy={face.verdict && card.kind === 'cloze' ? 'verdict' : undefined}
          onGrade={grade}
        />
      ) : null}
    </article>
  );
}
