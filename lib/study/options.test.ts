import { describe, expect, it } from 'vitest';
import { shuffledOptions } from './options';

describe('shuffledOptions', () => {
  const options = ['Waffen', 'Millionen', 'Gruppen', 'Ziele'];
  it('keeps every option and is stable per card', () => {
    const a = shuffledOptions(options, 'card-1');
    expect([...a].sort()).toEqual([...options].sort());
    expect(shuffledOptions(options, 'card-1')).toEqual(a);
  });
  it('puts the answer in different places on different cards', () => {
    const places = new Set(
      Array.from({ length: 40 }, (_, i) => shuffledOptions(options, `card-${i}`).indexOf('Waffen')),
    );
    expect(places.size).toBeGreaterThan(2);
  });
});
