'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef } from 'react';
import { LANGS, type Lang } from '@/lib/corpus/types';
import { htmlToText, looksLikeHtml } from '@/lib/import/html';
import { ImportError, MAX_TEXT_BYTES, decodeTextFile, detectLanguage } from '@/lib/import/input';

export interface TextDraft {
  readonly text: string;
  /** null: not a language Triglot teaches, until the learner picks one. */
  readonly lang: Lang | null;
  /** The learner chose the language: a new paste does not override it. */
  readonly chosen: boolean;
  readonly markupRemoved: boolean;
}

export const EMPTY_DRAFT: TextDraft = { text: '', lang: null, chosen: false, markupRemoved: false };

/**
 * A draft for new text: markup dropped, language guessed unless the learner chose one
 * for this text (a cleared field forgets the choice: the next text is another one).
 */
export function draftFor(raw: string, previous: TextDraft): TextDraft {
  if (raw.trim() === '') return { ...EMPTY_DRAFT, text: raw };
  const html = looksLikeHtml(raw);
  const text = html ? htmlToText(raw) : raw;
  if (previous.chosen && previous.text.trim() !== '') {
    return { ...previous, text, markupRemoved: html };
  }
  const verdict = detectLanguage(text);
  return {
    text,
    lang: verdict.kind === 'taught' ? verdict.lang : null,
    chosen: false,
    markupRemoved: html,
  };
}

/** One text of the article: paste or open a file, and its language (guessed, changeable). */
export function ImportTextField({
  n,
  draft,
  onChange,
  onFileError,
  disabled,
}: {
  n: number;
  draft: TextDraft;
  onChange: (draft: TextDraft) => void;
  onFileError: (error: ImportError) => void;
  disabled: boolean;
}) {
  const t = useTranslations('Add');
  const lang = useTranslations('Lang');
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const empty = draft.text.trim() === '';

  async function open(files: FileList | null) {
    const f = files?.[0];
    if (!f) return;
    // Checked before reading: a 50 MB file is never loaded into memory.
    if (f.size > MAX_TEXT_BYTES) {
      onFileError(
        new ImportError('TOO_LARGE', `${f.name}: ${f.size} bytes`, {
          text: n,
          limit: MAX_TEXT_BYTES,
          actual: f.size,
        }),
      );
    } else {
      try {
        onChange(draftFor(decodeTextFile(new Uint8Array(await f.arrayBuffer())), draft));
      } catch (error) {
        onFileError(
          error instanceof ImportError
            ? new ImportError(error.code, error.message, { text: n })
            : new ImportError('BINARY', String(error), { text: n }),
        );
      }
    }
    if (file.current) file.current.value = '';
  }

  return (
    <fieldset className="import-text">
      <legend>{t('textLabel', { n })}</legend>
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('textLabel', { n })}
      </label>
      <textarea
        id={`${id}-text`}
        rows={8}
        value={draft.text}
        disabled={disabled}
        onChange={(e) => onChange(draftFor(e.target.value, draft))}
        aria-describedby={`${id}-status`}
      />
      <div className="import-text-row">
        <label>
          {t('languageLabel')}{' '}
          <select
            value={draft.lang ?? ''}
            disabled={disabled}
            onChange={(e) => {
              const value = e.target.value as Lang | '';
              onChange({ ...draft, lang: value === '' ? null : value, chosen: value !== '' });
            }}
          >
            <option value="">{t('chooseLanguage')}</option>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {lang(l)}
              </option>
            ))}
          </select>
        </label>
        <label className="button file-button">
          {t('openFile')}
          <input
            ref={file}
            type="file"
            accept=".txt,text/plain"
            className="visually-hidden"
            disabled={disabled}
            aria-label={`${t('openFile')} · ${t('textLabel', { n })}`}
            onChange={(e) => void open(e.target.files)}
          />
        </label>
      </div>
      <p id={`${id}-status`} className="muted import-text-status">
        {empty
          ? null
          : draft.lang
            ? draft.chosen
              ? null
              : t('detected', { lang: lang(draft.lang) })
            : t('notTaught')}
        {!empty && draft.markupRemoved ? ` ${t('markupRemoved')}` : null}
      </p>
    </fieldset>
  );
}
