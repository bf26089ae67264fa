import { describe, expect, it } from 'vitest';
import type { WordInfo } from './lexicon';
import { typoBudget } from '@/lib/answer/check';
import { neighbourFinder } from './neighbours';

const noun: WordInfo = { lemma: 'Waffe', pos: 'noun', gender: 'f', number: 'pl' };

describe('neighbourFinder', () => {
  const words = ['Waffe', 'Waffen', 'Affen', 'Waffel', 'Wagen', 'Haus', 'waffen'];
  const find = neighbourFinder(
    () => words,
    (_lang, lemma) => (lemma === 'Waffe' ? ['Waffe', 'Waffen'] : []),
  );

  it('lists forms of the same lemma and real words within the typo budget', () => {
    expect(find('de', 'Waffen', noun)).toEqual(['affen', 'waffe', 'waffel']);
  });

  it('never lists the answer itself, in any case', () => {
    expect(find('de', 'Waffen', noun)).not.toContain('waffen');
  });

  it('leaves out accent variants, which the checker grades as accents', () => {
    const it_ = neighbourFinder(
      () => ['perché', 'perche', 'perciò'],
      () => [],
    );
    expect(it_('it', 'perché', { lemma: 'perché', pos: 'adv' })).toEqual([]);
  });

  it('uses the checker’s budget: none for short words', () => {
    expect(typoBudget('arm')).toBe(0);
    expect(typoBudget('Waffen')).toBe(1);
    expect(typoBudget('Regierung')).toBe(2);
  });
});

describe('neighbourFinder on long words', () => {
  it('catches a changed ending two letters away', () => {
    const find = neighbourFinder(
      () => ['Regierung', 'Regierungen', 'Regierender'],
      () => [],
    );
    expect(find('de', 'Regierungen', { lemma: 'Regierung', pos: 'noun' })).toEqual(['regierung']);
  });
});
