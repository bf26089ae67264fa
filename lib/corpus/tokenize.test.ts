import { describe, expect, it } from 'vitest';
import type { Lang } from './types';
import { normalizeToken, tokenize } from './tokenize';

const texts = (sentence: string, lang: Lang) => tokenize(sentence, lang).map((t) => t.text);

describe('tokenize', () => {
  it('keeps compounds, numbers and decades whole', () => {
    expect(texts('Anti-Assad-Rebellen in den 1970er Jahren, 400.000 Menschen', 'de')).toEqual([
      'Anti-Assad-Rebellen',
      'in',
      'den',
      '1970er',
      'Jahren',
      ',',
      '400.000',
      'Menschen',
    ]);
    expect(texts('in den 1970ern', 'de')).toEqual(['in', 'den', '1970ern']);
    expect(texts('in the 1970s', 'en')).toEqual(['in', 'the', '1970s']);
    expect(texts('3sat', 'de')).toEqual(['3', 'sat']);
  });

  it('splits Italian elisions and keeps apocopes', () => {
    expect(texts("dell’Unione c’è un po' di l'alleato", 'it')).toEqual([
      'dell’',
      'Unione',
      'c’',
      'è',
      'un',
      "po'",
      'di',
      "l'",
      'alleato',
    ]);
  });

  it('treats a trailing apostrophe after an opening quote as a closing quote', () => {
    expect(texts("disse 'ciao' e ‘basta’", 'it')).toEqual([
      'disse',
      "'",
      'ciao',
      "'",
      'e',
      '‘',
      'basta',
      '’',
    ]);
    const en = texts('the ‘moderate’ opposition', 'en');
    expect(en).toEqual(['the', '‘', 'moderate', '’', 'opposition']);
  });

  it('keeps offsets into the original sentence', () => {
    const sentence = '„Putin begann“, sagt Prof. Light – 5,6 Mio. Menschen.';
    for (const t of tokenize(sentence, 'de')) expect(sentence.slice(t.start, t.end)).toBe(t.text);
  });

  it('normalises case and quotes for matching', () => {
    expect(normalizeToken('Dell’')).toBe("dell'");
    expect(tokenize('Russland', 'de')[0]).toMatchObject({ norm: 'russland', kind: 'word' });
    expect(tokenize('2011', 'de')[0]!.kind).toBe('number');
  });
});
