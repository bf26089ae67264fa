import { describe, expect, it } from 'vitest';
import { handOff, takeHandoff } from './handoff';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('handoff', () => {
  it('gives the texts once, and drops what is not ours', () => {
    const s = memoryStorage();
    handOff(s, { title: 'Reise', texts: { de: 'Der Zug.', it: 'Il treno.' } });
    expect(takeHandoff(s)).toEqual({ title: 'Reise', texts: { de: 'Der Zug.', it: 'Il treno.' } });
    expect(takeHandoff(s)).toBeNull();
    s.setItem(
      'triglot:add-handoff',
      JSON.stringify({ title: 'x', texts: { fr: 'Le train.', de: 1 } }),
    );
    expect(takeHandoff(s)).toEqual({ title: 'x', texts: {} });
    s.setItem('triglot:add-handoff', '{not json');
    expect(takeHandoff(s)).toBeNull();
  });
});
