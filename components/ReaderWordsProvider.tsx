'use client';

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ArticleId, CardId, Lang, UnitId } from '@/lib/corpus/types';
import type { ReaderWordCloze, ReaderWords } from '@/lib/db/reader-repo';
import { useReaderWords } from '@/lib/queries/use-reader-words';

/** The word whose panel is open: its cloze card and the id of the word button that opened it. */
export interface OpenWord {
  readonly card: CardId;
  readonly opener: string;
}

interface ReaderWordsValue {
  readonly words: ReadonlyMap<Lang, ReaderWords> | undefined;
  /** Clozes per `unit|lang`, so each sentence finds its own without a scan. */
  readonly clozesOf: (unit: UnitId, lang: Lang) => readonly ReaderWordCloze[];
  /** Each language's lemmas, one per cloze, in the article's order (units, then offsets). */
  readonly lemmasIn: (lang: Lang) => readonly string[];
  readonly open: OpenWord | null;
  readonly setOpen: (open: OpenWord | null) => void;
}

const NONE: readonly ReaderWordCloze[] = [];
const Ctx = createContext<ReaderWordsValue | null>(null);

/**
 * One live query for the whole article (not one per sentence), shared by the summary
 * and every sentence; one word panel open at a time. Without storage (no JS, the
 * library not yet written) the sentences render as plain text.
 */
export function ReaderWordsProvider({
  article,
  langs,
  units,
  children,
}: {
  article: ArticleId;
  langs: readonly Lang[];
  units: readonly UnitId[];
  children: ReactNode;
}) {
  const words = useReaderWords(article, langs);
  const [open, setOpen] = useState<OpenWord | null>(null);
  // Apart from `open`: opening a word must not give every sentence new clozes to tokenize.
  const byKey = useMemo(() => {
    const byKey = new Map<string, ReaderWordCloze[]>();
    for (const r of words?.values() ?? []) {
      for (const c of r.clozes) {
        const key = `${c.unit}|${r.lang}`;
        const list = byKey.get(key) ?? [];
        list.push(c);
        byKey.set(key, list);
      }
    }
    return byKey;
  }, [words]);
  const clozesOf = useCallback(
    (unit: UnitId, lang: Lang) => byKey.get(`${unit}|${lang}`) ?? NONE,
    [byKey],
  );
  const value = useMemo((): ReaderWordsValue => {
    return {
      words,
      clozesOf,
      lemmasIn: (lang) =>
        // readerWords sorts each unit's clozes by offset already.
        units.flatMap((u) => (byKey.get(`${u}|${lang}`) ?? NONE).map((c) => c.lemma)),
      open,
      setOpen,
    };
  }, [words, byKey, clozesOf, units, open]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useReaderWordsContext(): ReaderWordsValue | null {
  return useContext(Ctx);
}
