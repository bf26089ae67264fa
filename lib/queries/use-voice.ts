'use client';

import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/corpus/types';
import { useSettings } from '@/lib/queries/use-settings';
import { BCP47, pickVoice } from '@/lib/speech/voices';

const NONE: readonly SpeechSynthesisVoice[] = [];

/**
 * Every speechSynthesis voice the browser offers; empty where it has none (headless Chromium,
 * many Linux desktops). Voices load asynchronously in Chromium, hence the voiceschanged listener.
 */
export function useVoices(): readonly SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>(NONE);
  useEffect(() => {
    if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
    const synth = window.speechSynthesis;
    const read = () => setVoices(synth.getVoices());
    read();
    synth.addEventListener?.('voiceschanged', read);
    return () => synth.removeEventListener?.('voiceschanged', read);
  }, []);
  return voices;
}

/**
 * The voice for the language: the one chosen in Settings, else the best match; null when the
 * browser has none, and then there is nothing to offer.
 */
export function useVoice(lang: Lang): SpeechSynthesisVoice | null {
  const voices = useVoices();
  const chosen = useSettings().settings?.voice[lang];
  return pickVoice(voices, lang, chosen);
}

/** Slower replay for listening study: clear enough to catch a word, still natural. */
export const SLOW_RATE = 0.7;

export function speak(text: string, lang: Lang, voice: SpeechSynthesisVoice, rate = 1): void {
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = voice.lang || BCP47[lang];
  utterance.rate = rate;
  // Only a real voice object may be assigned; the language alone still picks one.
  if (typeof SpeechSynthesisVoice !== 'undefined' && voice instanceof SpeechSynthesisVoice)
    utterance.voice = voice;
  synth.speak(utterance);
}
