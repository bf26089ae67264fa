import { describe, expect, it } from 'vitest';
import { analyseEnglish, lemmatiseEnglish } from './english';

const known = (w: string) =>
  ['country', 'come', 'force', 'attack', 'involve', 'stop', 'weapon', 'com', 'us'].includes(w);

describe('lemmatiseEnglish', () => {
  it('strips regular suffixes when the result is a known word', () => {
    expect(lemmatiseEnglish('countries', known).lemma).toBe('country');
    expect(lemmatiseEnglish('comes', known).lemma).toBe('come');
    expect(lemmatiseEnglish('forces', known).lemma).toBe('force');
    expect(lemmatiseEnglish('attacking', known).lemma).toBe('attack');
    expect(lemmatiseEnglish('involved', known).lemma).toBe('involve');
    expect(lemmatiseEnglish('stopped', known).lemma).toBe('stop');
    expect(lemmatiseEnglish('russia’s'.replace('’', "'"), known).lemma).toBe('russia');
  });

  it('leaves irregular and unknown forms alone', () => {
    expect(lemmatiseEnglish('went', known).lemma).toBe('went');
    expect(lemmatiseEnglish('crisis', known).lemma).toBe('crisis');
  });
});

describe('analyseEnglish', () => {
  it('guesses the part of speech from the ending', () => {
    expect(analyseEnglish('weapons', known)).toEqual([
      { lemma: 'weapon', pos: 'noun', number: 'pl', guessed: true },
    ]);
    expect(analyseEnglish('attacking', known)[0]?.pos).toBe('verb');
    expect(analyseEnglish('zzzz', known)).toEqual([]);
  });
});
