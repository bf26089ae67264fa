'use client';

import { useMemo, type ReactNode } from 'react';
import { tokenize } from '@/lib/corpus/tokenize';
import type { Lang, UnitId } from '@/lib/corpus/types';
import type { ReaderWordCloze } from '@/lib/db/reader-repo';
import { tokensWithWords } from '@/lib/srs/reader-words';
import { legendId } from './ReaderWordsSummary';
import { ReaderWordPanel } from './ReaderWordPanel';
import { useReaderWordsContext } from './ReaderWordsProvider';

const NONE: readonly ReaderWordCloze[] = [];

/**
 * A sentence's text with each card word a button styled by its status (the legend
 * names the styles). Without the article's words (no storage yet) it is the plain
 * text, as the static page renders it.
 */
export function ReaderSentence({ unit, lang, text }: { unit: UnitId; lang: Lang; text: string }) {
  const ctx = useReaderWordsContext();
  const clozes = ctx?.clozesOf(unit, lang) ?? NONE;
  const words = ctx?.words?.get(lang);
  const tokens = useMemo(
    () => (clozes.length ? tokensWithWords(tokenize(text, lang), clozes) : []),
    [clozes, text, lang],
  );
  if (!ctx || !words || !clozes.length) return <>{text}</>;
  const open = ctx.open;
  const openCloze = open ? clozes.find((c) => c.card === open.card) : undefined;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { token, cloze } of tokens) {
    if (!cloze) continue;
    if (token.start > at) parts.push(text.slice(at, token.start));
    const status = words.status[cloze.lemma] ?? 'new';
    const id = `rw-${unit}-${lang}-${token.start}`;
    const expanded = open?.opener === id;
    parts.push(
      <button
        key={id}
        id={id}
        type="button"
        className={`rw rw-${status}`}
        aria-describedby={legendId(status)}
        aria-expanded={expanded}
        {...(expanded ? { 'aria-controls': 'reader-word-panel' } : {})}
        onClick={() => ctx.setOpen(expanded ? null : { card: cloze.card, opener: id })}
      >
        {token.text}
      </button>,
    );
    at = token.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <>
      {parts}
      {open && openCloze ? (
        <ReaderWordPanel
          lang={lang}
          cloze={openCloze}
          status={words.status[openCloze.lemma] ?? 'new'}
          onClose={() => {
            ctx.setOpen(null);
            document.getElementById(open.opener)?.focus();
          }}
        />
      ) : null}
    </>
  );
}
