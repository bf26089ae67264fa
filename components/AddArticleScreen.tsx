'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useMemo, useState, type FormEvent } from 'react';
import type { Lang } from '@/lib/corpus/types';
import { ImportJobError } from '@/lib/import/client';
import {
  ImportError,
  MAX_SENTENCES,
  MAX_TEXTS,
  MAX_TEXT_BYTES,
  checkText,
  defaultTitle,
} from '@/lib/import/input';
import { takeHandoff, type Handoff } from '@/lib/import/handoff';
import type { ImportInput, ImportText } from '@/lib/import/protocol';
import { Link } from '@/lib/i18n/navigation';
import { useArticleImport } from '@/lib/queries/use-article-import';
import { EMPTY_DRAFT, ImportTextField, draftFor, type TextDraft } from './ImportTextField';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { ImportProgress } from './ImportProgress';

/** The form's texts as the Worker gets them, or the first problem the page can see itself. */
function formInput(
  fields: { title: string; source: string; license: string; url?: string },
  drafts: readonly TextDraft[],
): ImportInput {
  const texts: ImportText[] = [];
  const seen = new Set<Lang>();
  drafts.forEach((d, i) => {
    // Any field may stay empty; the first text given is the one the others align to.
    if (d.text.trim() === '') return;
    const n = i + 1;
    checkText(d.text, n);
    if (!d.lang) throw new ImportError('UNSUPPORTED_LANGUAGE', `text ${n}`, { text: n });
    if (seen.has(d.lang)) throw new ImportError('SAME_LANGUAGE', `text ${n}`, { text: n });
    seen.add(d.lang);
    texts.push({ lang: d.lang, text: d.text, field: n });
  });
  if (texts.length === 0) throw new ImportError('EMPTY', 'no text', { text: 0 });
  return { ...fields, texts };
}

function asJobError(error: unknown): ImportJobError {
  return error instanceof ImportError
    ? new ImportJobError(error.code, error.message, error.details)
    : new ImportJobError('INTERNAL', String(error));
}

function initialDrafts(shared: string | null, handed: Handoff | null = null): TextDraft[] {
  const drafts = Array.from({ length: MAX_TEXTS }, () => EMPTY_DRAFT);
  if (shared) drafts[0] = draftFor(shared, EMPTY_DRAFT);
  Object.values(handed?.texts ?? {})
    .slice(0, MAX_TEXTS)
    .forEach((text, i) => (drafts[i] = draftFor(text, EMPTY_DRAFT)));
  return drafts;
}

/** Texts another page handed over (`?from=anki`), read once. */
function handedTexts(from: string | null): Handoff | null {
  return from === 'anki' && typeof window !== 'undefined' ? takeHandoff(sessionStorage) : null;
}

/**
 * Add an article: texts in (pasted, opened, or shared to the installed app),
 * a preview from the Worker, then all or nothing into IndexedDB.
 */
export function AddArticleScreen() {
  const t = useTranslations('Add');
  const native = useTranslations('LangNative');
  const langName = useTranslations('Lang');
  const format = useFormatter();
  const params = useSearchParams();
  const [handed] = useState(() => handedTexts(params.get('from')));
  const [title, setTitle] = useState(() => handed?.title || (params.get('title') ?? ''));
  const [source, setSource] = useState('');
  const [license, setLicense] = useState('');
  const [url] = useState(() => params.get('url') ?? undefined);
  const [drafts, setDrafts] = useState(() => initialDrafts(params.get('text'), handed));
  /** After a non-parallel verdict: the texts still to be added alone, from that input. */
  const [alone, setAlone] = useState<{ input: ImportInput; left: Lang[] } | null>(null);
  const job = useArticleImport();
  const { state } = job;
  const busy = state.kind === 'working';
  const { reject } = job;
  // The same elements while only the progress changes: React skips the text fields (and
  // their long values) on every progress message.
  const fields = useMemo(
    () =>
      drafts.map((d, i) => (
        <ImportTextField
          key={i}
          n={i + 1}
          draft={d}
          disabled={busy}
          onChange={(next) => setDrafts((all) => all.map((x, j) => (j === i ? next : x)))}
          onFileError={(error) => reject(asJobError(error))}
        />
      )),
    [drafts, busy, reject],
  );

  const mb = (bytes: number) =>
    format.number(bytes / 1_000_000, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });

  function errorText(error: ImportJobError): string {
    const { text = 0, limit = 0, actual = 0 } = error.details;
    switch (error.code) {
      case 'TOO_LARGE':
        return t('error.TOO_LARGE', { n: text, actual: mb(actual), limit: mb(limit) });
      case 'TOO_MANY_SENTENCES':
        return t('error.TOO_MANY_SENTENCES', { n: text, actual, limit });
      case 'EMPTY':
      case 'BINARY':
        return t(`error.${error.code}`, { n: String(text) });
      case 'NO_SENTENCES':
      case 'UNSUPPORTED_LANGUAGE':
        return t(`error.${error.code}`, { n: text });
      default:
        return t(`error.${error.code}`);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setAlone(null);
    try {
      job.preview(formInput({ title, source, license, url }, drafts));
    } catch (error) {
      job.reject(asJobError(error));
    }
  }

  function addAlone(input: ImportInput, lang: Lang, left: readonly Lang[]) {
    const text = input.texts.find((x) => x.lang === lang)!;
    const named = input.title.trim();
    setAlone({ input, left: left.filter((l) => l !== lang) });
    job.preview({
      ...input,
      // Each text alone is an article of its own, so its id (from the title) must differ.
      title: named ? `${named} (${native(lang)})` : defaultTitle(text.text),
      texts: [text],
    });
  }

  function restart() {
    setDrafts(initialDrafts(null));
    setTitle('');
    setSource('');
    setLicense('');
    setAlone(null);
    job.reset();
  }

  if (state.kind === 'preview') {
    const { input } = state;
    return (
      <ImportPreviewPanel
        preview={state.preview}
        langs={input.texts.map((x) => x.lang)}
        onAdd={job.save}
        onAlone={(l) =>
          addAlone(
            input,
            l,
            input.texts.map((x) => x.lang),
          )
        }
        onWithout={(l) => {
          setAlone(null);
          job.preview({ ...input, texts: input.texts.filter((x) => x.lang !== l) });
        }}
        onEdit={job.reset}
      />
    );
  }

  if (state.kind === 'saved') {
    const { preview, id } = state;
    return (
      <section aria-labelledby="saved-heading" className="import-saved">
        <h2 id="saved-heading" role="status">
          {t('saved', { title: preview.title })}
        </h2>
        <p className="actions">
          <Link href={`/read/?id=${encodeURIComponent(id)}`}>{t('readIt')}</Link>
          {preview.courses.map((c) => (
            <Link key={c.lang} href={`/study/?course=${c.lang}`}>
              {t('studyCourse', { lang: c.lang })}
            </Link>
          ))}
        </p>
        {alone && alone.left.length > 0 ? (
          <p className="actions">
            {alone.left.map((l) => (
              <button key={l} type="button" onClick={() => addAlone(alone.input, l, alone.left)}>
                {t('addAlone', { lang: langName(l) })}
              </button>
            ))}
          </p>
        ) : null}
        <p>
          <button type="button" onClick={restart}>
            {t('addAnother')}
          </button>
        </p>
      </section>
    );
  }

  return (
    <form onSubmit={submit} className="import-form" noValidate>
      <p className="lead">{t('intro')}</p>
      <p>
        <label>
          {t('titleLabel')}
          <input
            type="text"
            value={title}
            disabled={busy}
            onChange={(e) => setTitle(e.target.value)}
            aria-describedby="title-hint"
          />
        </label>
        <span id="title-hint" className="muted">
          {t('titleHint')}
        </span>
      </p>
      <p className="import-meta">
        <label>
          {t('sourceLabel')}
          <input
            type="text"
            value={source}
            disabled={busy}
            onChange={(e) => setSource(e.target.value)}
          />
        </label>
        <label>
          {t('licenseLabel')}
          <input
            type="text"
            value={license}
            disabled={busy}
            onChange={(e) => setLicense(e.target.value)}
          />
        </label>
      </p>
      <p className="muted">
        {t('limits', { bytes: mb(MAX_TEXT_BYTES), sentences: MAX_SENTENCES })}
      </p>
      {fields}
      {state.kind === 'idle' && state.error ? (
        <p role="alert" className="banner error">
          {errorText(state.error)}
        </p>
      ) : null}
      {state.kind === 'working' ? (
        <ImportProgress
          purpose={state.purpose}
          stage={state.stage}
          fraction={state.fraction}
          onCancel={job.cancel}
        />
      ) : (
        <p>
          <button type="submit" className="primary">
            {t('previewButton')}
          </button>
        </p>
      )}
    </form>
  );
}
