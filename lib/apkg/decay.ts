import { fsrsParameters, type SrsSettings } from '@/lib/srs/params';

/** FSRS-6's decay is its last weight (w[20]); Anki keeps it in each card's data. */
export function decayOf(settings: SrsSettings): number {
  const w = fsrsParameters(settings).w;
  return w[20] ?? 0.5;
}
