import { describe, expect, it } from 'vitest';
import type { Token } from '@/lib/corpus/types';
import type { WordStatus } from './words';
import {
  byLevel,
  knownShare,
  levelDistance,
  nearestShare,
  tokensWithWords,
  wordsToLearn,
} from './reader-words';

function tok(text: string, start: number, kind: Token['kind'] = 'word'): Token {
  return { text, norm: text.toLowerCase(), kind, start, end: start + text.length };
}

const statuses: Record<string, WordStatus> = { Haus: 'known', alt: 'learning', Name: 'ignored' };
const status = (lemma: string): WordStatus => statuses[lemma] ?? 'new';

describe('tokensWithWords', () => {
  it('maps each token to the cloze whose blank it falls in, by offsets', () => {
    // "Das Haus ist alt ."
    const tokens = [
      tok('Das', 0),
      tok('Haus', 4),
      tok('ist', 9),
      tok('alt', 13),
      tok('.', 16, 'punct'),
    ];
    const clozes = [
      { start: 13, end: 16, lemma: 'alt' },
      { start: 4, end: 8, lemma: 'Haus', gender: 'n' as const, gloss: 'house' },
    ];
    const out = tokensWithWords(tokens, clozes);
    expect(out.map((t) => t.cloze?.lemma)).toEqual([
      undefined,
      'Haus',
      undefined,
      'alt',
      undefined,
    ]);
    expect(out[1]?.cloze?.gender).toBe('n');
  });

  it('maps both parts of a blank that spans two tokens to the one lemma', () => {
    const tokens = [tok('fängt', 0), tok('an', 6)];
    const out = tokensWithWords(tokens, [{ start: 0, end: 8, lemma: 'anfangen' }]);
    expect(out.map((t) => t.cloze?.lemma)).toEqual(['anfangen', 'anfangen']);
  });

  it('leaves punctuation and numbers plain even inside a blank', () => {
    const out = tokensWithWords([tok('3', 0, 'number')], [{ start: 0, end: 1, lemma: 'drei' }]);
    expect(out[0]?.cloze).toBeUndefined();
  });
});

describe('knownShare', () => {
  it('counts tokens, with ignored words as known', () => {
    expect(knownShare(['Haus', 'Haus', 'alt', 'Name'], status)).toEqual({
      known: 3,
      total: 4,
      share: 0.75,
    });
  });
  it('has no share for an article without content words', () => {
    expect(knownShare([], status).share).toBeUndefined();
  });
});

describe('wordsToLearn', () => {
  it('lists unknown lemmas, most frequent first, ties by first appearance', () => {
    expect(wordsToLearn(['neu', 'alt', 'Haus', 'gut', 'gut', 'Name'], status)).toEqual([
      'gut',
      'neu',
      'alt',
    ]);
    expect(wordsToLearn(['a', 'b', 'c'], status, 2)).toEqual(['a', 'b']);
  });
});

describe('byLevel', () => {
  it('puts the 95–98 % band first, then nearest to it, keeping order on ties', () => {
    const items = [
      { id: 'easy', s: 0.99 },
      { id: 'hard', s: 0.7 },
      { id: 'band1', s: 0.96 },
      { id: 'none', s: undefined },
      { id: 'near', s: 0.93 },
      { id: 'band2', s: 0.98 },
    ];
    expect(byLevel(items, (i) => i.s).map((i) => i.id)).toEqual([
      'band1',
      'band2',
      'easy',
      'near',
      'hard',
      'none',
    ]);
    expect(levelDistance(0.97)).toBe(0);
  });
});

describe('nearestShare', () => {
  it('takes the share nearest the band, skipping languages without words', () => {
    expect(nearestShare([0.5, 0.96, 1])).toBe(0.96);
    expect(nearestShare([0.5, undefined, 0.99])).toBe(0.99);
    expect(nearestShare([undefined])).toBeUndefined();
    expect(nearestShare([])).toBeUndefined();
  });
});
