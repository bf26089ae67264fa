'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ImportClient, ImportJobError, type ProgressEvent } from '@/lib/import/client';
import type { ImportInput, ImportPreview, ImportStage } from '@/lib/import/protocol';
import type { ArticleId } from '@/lib/corpus/types';
import { announce } from '@/lib/db/changes';
import { queryKeys } from './keys';

export type ImportState =
  | { readonly kind: 'idle'; readonly error?: ImportJobError }
  | {
      readonly kind: 'working';
      readonly purpose: 'preview' | 'save';
      readonly stage: ImportStage;
      /** 0..1 over the whole job. */
      readonly fraction: number;
    }
  | { readonly kind: 'preview'; readonly preview: ImportPreview; readonly input: ImportInput }
  | { readonly kind: 'saved'; readonly id: ArticleId; readonly preview: ImportPreview };

/** Where each stage sits on the bar: analysis is most of the work. */
const SPAN: Record<ImportStage, readonly [number, number]> = {
  lexicon: [0, 0.15],
  segment: [0.15, 0.2],
  align: [0.2, 0.25],
  analyze: [0.25, 0.85],
  cards: [0.85, 1],
  save: [0, 1],
};

function fractionOf(p: ProgressEvent): number {
  const [from, to] = SPAN[p.stage];
  return from + (to - from) * (p.total > 0 ? Math.min(1, p.done / p.total) : 0);
}

/** The add-article flow: preview in the Worker, then save there; cancel at any point. */
export function useArticleImport() {
  const queryClient = useQueryClient();
  const client = useRef<ImportClient | null>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  useEffect(() => {
    const c = new ImportClient();
    client.current = c;
    return () => c.dispose();
  }, []);

  const fail = useCallback((error: unknown) => {
    if (error instanceof ImportJobError && error.code === 'CANCELLED') return;
    setState({
      kind: 'idle',
      error:
        error instanceof ImportJobError ? error : new ImportJobError('INTERNAL', String(error)),
    });
  }, []);

  const preview = useCallback(
    (input: ImportInput) => {
      const c = client.current;
      if (!c) return;
      setState({ kind: 'working', purpose: 'preview', stage: 'lexicon', fraction: 0 });
      c.preview(input, (p) =>
        setState({ kind: 'working', purpose: 'preview', stage: p.stage, fraction: fractionOf(p) }),
      ).then((result) => setState({ kind: 'preview', preview: result, input }), fail);
    },
    [fail],
  );

  const save = useCallback(() => {
    const c = client.current;
    if (!c || state.kind !== 'preview') return;
    const shown = state.preview;
    setState({ kind: 'working', purpose: 'save', stage: 'save', fraction: 0 });
    c.save((p) =>
      setState({ kind: 'working', purpose: 'save', stage: p.stage, fraction: fractionOf(p) }),
    ).then(async (id) => {
      // A replaced article may drop cards an open study tab holds: it reads them again.
      announce({ kind: 'import' });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.all }),
        // Loaded, not imported: the Add page opens no database before an article is saved.
        import('./use-library').then((m) => m.invalidateLibrary()),
      ]);
      setState({ kind: 'saved', id, preview: shown });
    }, fail);
  }, [fail, queryClient, state]);

  const cancel = useCallback(() => {
    client.current?.cancel();
    setState({ kind: 'idle' });
  }, []);

  const reset = useCallback(() => setState({ kind: 'idle' }), []);

  /** Shows an error found before the Worker was asked (the page's own checks). */
  const reject = useCallback((error: ImportJobError) => setState({ kind: 'idle', error }), []);

  return { state, preview, save, cancel, reset, reject };
}
