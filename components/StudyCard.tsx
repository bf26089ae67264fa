'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { checkAnswer, proposeGrade, verdictTag, type Verdict } from '@/lib/answer/check';
import { dictationTag, gradeDictation, type DictationResult } from '@/lib/answer/dictation';
import type { Card } from '@/lib/corpus/model';
import type { Lang } from '@/lib/corpus/types';
import type { Grade } from '@/lib/srs/grade';
import { useSettings } from '@/lib/queries/use-settings';
import { SLOW_RATE, speak } from '@/lib/queries/use-voice';
import { defaultSettings, type StudyMode } from '@/lib/settings/settings';
import type { Preview } from '@/lib/srs/scheduler';
import { afterNextPaint } from '@/lib/queries/after-paint';
import { shuffledOptions } from '@/lib/study/options';
import { ClozeSentence } from './ClozeSentence';
import { DictationResultView } from './DictationResultView';
import { GradeButtons } from './GradeButtons';
import { HintSentence } from './HintSentence';
import { ListenControls } from './ListenControls';
import { SpeakButton } from './SpeakButton';
import { VerdictMessage } from './VerdictMessage';

const DICTATION_MAX_CHARS = 1000;

type Face =
  | { readonly kind: 'question' }
  | {
      readonly kind: 'revealed';
      readonly verdict: Verdict | null;
      readonly dictation: DictationResult | null;
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
 * accepts the proposed grade; 1–4 pick a choice, then grade. In listening study (a cloze with
 * `study` listen or dictation and a voice) the sentence is spoken and R replays it.
 */
export function StudyCard({
  card,
  preview,
  mode,
  study = 'read',
  voice = null,
  hintLang,
  busy,
  onGrade,
}: {
  card: Card;
  preview: Preview;
  mode: 'typed' | 'choice';
  /** Read, listen or dictation; taken as read without a voice. */
  study?: StudyMode;
  voice?: SpeechSynthesisVoice | null;
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
  const listening = card.kind === 'cloze' && study !== 'read' && voice !== null;
  const dictation = listening && study === 'dictation';
  const isChoice = card.kind === 'cloze' && mode === 'choice' && !listening;
  const synonymGrade = (useSettings().settings ?? defaultSettings).synonymGrade;
  const hintSpans = card.kind === 'cloze' ? card.cloze.hintSpans?.[hintLangShown] : undefined;

  const typedCloze = card.kind === 'cloze' && !isChoice;
  const play = (slow: boolean) => {
    if (listening && voice) speak(card.text, card.lang, voice, slow ? SLOW_RATE : 1);
  };
  // Spoken once as the card appears (a browser may hold the first one back until the page has
  // been clicked: Play again is there for that).
  // Keyed by the voice's URI: Chromium may hand out new voice objects on voiceschanged, and the
  // sentence should not start again for that.
  const voiceUri = listening ? (voice?.voiceURI ?? null) : null;
  useEffect(() => {
    if (voiceUri === null) return;
    const v = window.speechSynthesis.getVoices().find((x) => x.voiceURI === voiceUri);
    if (v) speak(card.text, card.lang, v);
    // Leaving the card (or the screen) mid-sentence stops it.
    return () => window.speechSynthesis.cancel();
  }, [card, voiceUri]);
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
      verdict: face.dictation
        ? dictationTag(face.dictation)
        : face.verdict
          ? verdictTag(face.verdict)
          : null,
    });
  };

  const check = () => {
    if (card.kind !== 'cloze') return;
    if (dictation) {
      const result = gradeDictation(typed, card.text, card.lang);
      setFace({
        kind: 'revealed',
        verdict: null,
        dictation: result,
        typed,
        proposed: result.proposed,
      });
      return;
    }
    const verdict = checkAnswer(typed, card.cloze.answer, card.lang, {
      neighbours: card.cloze.neighbours,
      ...(card.cloze.alternatives ? { alternatives: card.cloze.alternatives } : {}),
    });
    setFace({
      kind: 'revealed',
      verdict,
      dictation: null,
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
    setFace({
      kind: 'revealed',
      verdict,
      dictation: null,
      typed: option,
      proposed: proposeGrade(verdict),
    });
  };

  const reveal = () => {
    if (card.kind === 'cloze' && !isChoice) return check();
    if (card.kind === 'cloze') return;
    setFace({ kind: 'revealed', verdict: null, dictation: null, typed: null, proposed: 3 });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inInput = e.target === input.current;
      // In the answer box R is a letter, so there it takes Alt; e.code, since Alt+R types ® on a Mac.
      // Not in another control either (the study-mode select types ahead), and not held down.
      const inControl =
        e.target instanceof HTMLSelectElement ||
        (e.target instanceof HTMLInputElement && !inInput) ||
        e.target instanceof HTMLTextAreaElement;
      if (
        listening &&
        e.code === 'KeyR' &&
        !e.ctrlKey &&
        !e.metaKey &&
        !e.repeat &&
        !inControl &&
        (e.altKey || !inInput)
      ) {
        e.preventDefault();
        play(e.shiftKey);
        return;
      }
      if (e.ctrlKey || e.altKey || e.metaKey || e.repeat) return;
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
  // Listening hides what the ear should find: the hint until the answer, and in dictation the sentence.
  const hideHint = listening && !revealed;
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
          {dictation && !revealed ? (
            <p className="muted">{t('listening.dictationTask')}</p>
          ) : (
            <p className="target">
              {sentence}
              {card.kind === 'understand' || revealed ? (
                <SpeakButton text={card.text} lang={card.lang} />
              ) : null}
            </p>
          )}
          {listening && !revealed ? (
            <>
              {dictation ? null : <p className="muted">{t('listening.listenTask')}</p>}
              <ListenControls onPlay={play} />
            </>
          ) : null}
          {hideHint ? null : card.kind === 'cloze' || revealed ? (
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
            {dictation ? t('listening.sentenceAnswer') : t('answer')}
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
            // Dictation aligns word against word: a pasted page must not make that quadratic wait.
            maxLength={dictation ? DICTATION_MAX_CHARS : undefined}
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

      {revealed && face.dictation ? (
        <DictationResultView result={face.dictation} lang={card.lang} />
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
          describedBy={
            (face.verdict || face.dictation) && card.kind === 'cloze' ? 'verdict' : undefined
          }
          onGrade={grade}
        />
      ) : null}
    </article>
  );
}
