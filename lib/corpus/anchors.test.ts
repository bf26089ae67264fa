import { describe, expect, it } from 'vitest';
import { anchorIndex, anchorKeys, foldWord, keysMatch, lcsLength } from './anchors';

describe('anchorKeys', () => {
  it('normalises numbers across languages', () => {
    expect(anchorKeys('5,6 Mio. und 400.000 Menschen')).toEqual(['#56', '#400000', 'menschen']);
    const en = anchorKeys('5.6 million and 400,000 people');
    expect(en).toEqual(['#56', '#400000', 'million', 'people']);
  });

  it('writes decades as full years', () => {
    expect(anchorKeys('in den 1970er Jahren')[0]).toBe('#1970');
    expect(anchorKeys('negli anni ’70')[0]).toBe('#1970');
    expect(anchorKeys('in the 1970s')[0]).toBe('#1970');
    expect(anchorKeys('in den 90er-Jahren')[0]).toBe('#1990');
    expect(anchorKeys('negli anni 2000')[0]).toBe('#2000');
  });

  it('keeps acronyms, even when they spell a function word, and unifies aliases', () => {
    expect(anchorKeys('the US and the IS')).toEqual(['=US', '=IS']);
    expect(anchorKeys('die USA')).toEqual(['=US']);
    expect(anchorKeys('the U.S. Army')).toEqual(['=US', 'armi']);
  });

  it('drops function words and short lower-case words', () => {
    expect(anchorKeys('Sie sind sich nicht sicher, wenn es um Syrien')).toEqual([
      'sicher',
      'sirien',
    ]);
  });
});

describe('cognates', () => {
  it('folds regular spelling differences', () => {
    expect(foldWord('Wladimir')).toBe(foldWord('Vladimir'));
    expect(foldWord('Straße')).toBe('strasse');
    expect(foldWord('Präsident')).toBe('prasident');
  });

  it('matches names and cognates by LCS ratio ≥ 0.58', () => {
    expect(lcsLength('russland', 'russia')).toBe(5);
    const match = (x: string, y: string) => keysMatch(foldWord(x), foldWord(y));
    expect(match('Russland', 'Russia')).toBe(true);
    expect(match('Präsidenten', 'presidente')).toBe(true);
    expect(match('Konflikt', 'conflitto')).toBe(true);
    expect(match('Syrien', 'Siria')).toBe(true);
    expect(match('Gaddafi', 'Gheddafi')).toBe(true);
    expect(match('Regierung', 'governo')).toBe(false);
    expect(match('Krieg', 'guerra')).toBe(false);
  });

  it('matches numbers and acronyms only exactly', () => {
    expect(keysMatch('#2011', '#2011')).toBe(true);
    expect(keysMatch('#2011', '#2012')).toBe(false);
    expect(keysMatch('=IS', '=US')).toBe(false);
  });
});

describe('anchorIndex', () => {
  const a = ['Im Jahr 2000 wurde Putin Präsident von Russland.', 'Es regnet.', ''];
  const b = ['Nel 2000 Putin è diventato presidente della Russia.', 'Piove molto a Roma.'];
  const index = anchorIndex(a, b);

  it('measures the shared anchors of two groups', () => {
    // 4 of 5 keys on each side have a partner; only Jahr and diventato do not.
    expect(index.overlap(0, 1, 0, 1)).toBeCloseTo(0.8, 5);
    expect(index.overlap(0, 1, 1, 2)).toBe(0);
    expect(index.overlap(2, 3, 1, 1)).toBeNull();
    expect(index.shares('a', 0, 0, 2)).toBe(true);
    expect(index.shares('b', 1, 0, 3)).toBe(false);
    expect(index.keyCount('a', 0)).toBe(5);
  });

  it('weights names that recur in every sentence less', () => {
    const many = anchorIndex(
      ['Russland kämpft.', 'Russland zahlt.', 'Russland redet.', 'Tartus liegt am Meer.'],
      ['Russia combatte.', 'Russia paga.', 'Russia parla.', 'Tartus è sul mare.'],
    );
    expect(many.overlap(0, 1, 0, 1)!).toBeLessThan(many.overlap(3, 4, 3, 4)!);
  });
});
