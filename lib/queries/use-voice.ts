'use client';

import { useEffect, useState } from 'react';

const BCP47: Record<string, string> = { de: 'de-DE', it: 'it-IT', en: 'en-GB' };

/**
 * A speechSynthesis voice for the language, or null when the browser has none
 * (headless Chromium, many Linux desktops): then there is nothing to offer.
 * Voices load asynchronously in Chromium, hence the voiceschanged listener.
 */
export function useVoice(lang: string): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => {
    if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
    const synth = window.speechSynthesis;
    const pick = () => {
      const voices = synth.getVoices().filter((v) => v.lang.toLowerCase().startsWith(lang));
      // Local voices keep working offline; remote ones need the network.
      setVoice(voices.find((v) => v.localService) ?? voices[0] ?? null);
    };
    pick();
    synth.addEventListener?.('voiceschanged', pick);
    return () => synth.removeEventListener?.('voiceschanged', pick);
  }, [lang]);
  return voice;
}

export function speak(text: string, lang: string, voice: SpeechSynthesisVoice): void {
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = voice.lang || BCP47[lang] || lang;
  // Only a real voice object may be assigned; the language alone still picks one.
  if (typeof SpeechSynthesisVoice !== 'undefined' && voice instanceof SpeechSynthesisVoice)
    utterance.voice = voice;
  synth.speak(utterance);
}
