import { describe, expect, it } from 'vitest';
import { pickVoice, voicesFor, type VoiceInfo } from './voices';

const voice = (name: string, lang: string, localService = true): VoiceInfo => ({
  name,
  lang,
  voiceURI: `uri:${name}`,
  localService,
  default: false,
});

const VOICES = [
  voice('Google US English', 'en-US', false),
  voice('Anna', 'de-CH'),
  voice('Hans', 'de-DE', false),
  voice('Petra', 'de-DE'),
  voice('Alice', 'it_IT'),
  voice('Deutsch?', 'den'),
];

describe('voices', () => {
  it('lists the voices of a language only', () => {
    expect(voicesFor(VOICES, 'de').map((v) => v.name)).toEqual(['Anna', 'Hans', 'Petra']);
    expect(voicesFor(VOICES, 'it').map((v) => v.name)).toEqual(['Alice']);
  });

  it('picks the main region, then a local voice', () => {
    expect(pickVoice(VOICES, 'de')?.name).toBe('Petra');
    expect(pickVoice(VOICES, 'en')?.name).toBe('Google US English');
  });

  it("keeps the learner's choice while the browser has it", () => {
    expect(pickVoice(VOICES, 'de', 'uri:Anna')?.name).toBe('Anna');
    expect(pickVoice(VOICES, 'de', 'uri:gone')?.name).toBe('Petra');
    // A choice is per language: an Italian voice never speaks German.
    expect(pickVoice(VOICES, 'de', 'uri:Alice')?.name).toBe('Petra');
  });

  it('is null without a voice for the language', () => {
    expect(pickVoice(VOICES.slice(0, 1), 'it')).toBeNull();
  });
});
