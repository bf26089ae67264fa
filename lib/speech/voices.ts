import type { Lang } from '@/lib/corpus/types';

/** What Triglot reads of a SpeechSynthesisVoice; the e2e stub and tests supply plain objects. */
export interface VoiceInfo {
  readonly name: string;
  readonly lang: string;
  readonly voiceURI: string;
  readonly localService: boolean;
  readonly default: boolean;
}

/** The BCP 47 tag an utterance gets when no voice says better. */
export const BCP47: Readonly<Record<Lang, string>> = { de: 'de-DE', it: 'it-IT', en: 'en-GB' };

/** Voices speaking this language (de-DE, de_AT, it, en-US…), in the browser's order. */
export function voicesFor<V extends VoiceInfo>(voices: readonly V[], lang: Lang): V[] {
  return voices.filter((v) => {
    const tag = v.lang.toLowerCase().replace('_', '-');
    return tag === lang || tag.startsWith(`${lang}-`);
  });
}

/**
 * The voice to speak `lang` with: the learner's choice if the browser still has it, else the
 * best match: the language's main region (de-DE over de-CH), local before remote (remote voices
 * need the network), then the browser's order. null when the browser has no voice for it.
 */
export function pickVoice<V extends VoiceInfo>(
  voices: readonly V[],
  lang: Lang,
  chosen?: string,
): V | null {
  const candidates = voicesFor(voices, lang);
  const mine = chosen ? candidates.find((v) => v.voiceURI === chosen) : undefined;
  if (mine) return mine;
  const main = BCP47[lang].toLowerCase();
  const score = (v: V) =>
    (v.lang.toLowerCase().replace('_', '-') === main ? 2 : 0) + (v.localService ? 1 : 0);
  let best: V | null = null;
  for (const v of candidates) if (best === null || score(v) > score(best)) best = v;
  return best;
}
