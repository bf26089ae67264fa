'use client';

import { useEffect, useState } from 'react';
import type { CardId } from '@/lib/corpus/types';
import { getDb } from '@/lib/db/client';
import { classifyStorageError, type StorageError } from '@/lib/db/errors';
import { cardHistory } from '@/lib/db/study-repo';
import type { CardState } from '@/lib/srs/card-state';
import { countedAnswers } from '@/lib/srs/events';
import type { SrsSettings, WeightsTimeline } from '@/lib/srs/params';
import { createScheduler, type Preview } from '@/lib/srs/scheduler';
import { explainDue, type WhyNow } from '@/lib/srs/why-now';

export type WhyNowResult =
  | { readonly kind: 'idle' }
  | { readonly kind: 'ready'; readonly why: WhyNow }
  | { readonly kind: 'failed'; readonly error: StorageError };

/**
 * The "Why now?" panel's figures for the card on screen, read only while the panel
 * is open: the card's log is one row, so opening it costs one request.
 */
export function useWhyNow(
  cardId: CardId,
  state: CardState,
  preview: Preview,
  settings: SrsSettings,
  timeline: WeightsTimeline,
  open: boolean,
): WhyNowResult {
  const [result, setResult] = useState<WhyNowResult>({ kind: 'idle' });
  useEffect(() => {
    if (!open) return;
    let live = true;
    cardHistory(getDb(), cardId).then(
      (events) => {
        if (!live) return;
        const why = explainDue({
          state,
          answers: countedAnswers(events),
          preview,
          scheduler: createScheduler(settings, timeline),
          now: Date.now(),
        });
        setResult({ kind: 'ready', why });
      },
      (e: unknown) => {
        if (live) setResult({ kind: 'failed', error: classifyStorageError(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [open, cardId, state, preview, settings, timeline]);
  return open ? result : { kind: 'idle' };
}
