import { describe, expect, it } from 'vitest';
import de from './messages/de.json';
import en from './messages/en.json';
import it_ from './messages/it.json';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj)
    .flatMap(([k, v]) =>
      v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
    )
    .sort();
}

function placeholders(obj: object): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (o: object, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (v && typeof v === 'object') walk(v as object, `${prefix}${k}.`);
      else
        out.set(
          `${prefix}${k}`,
          [...String(v).matchAll(/\{(\w+)\s*[},]/g)].map((m) => m[1]!).sort(),
        );
    }
  };
  walk(obj, '');
  return out;
}

describe('message files', () => {
  it('de and it have exactly the keys of en', () => {
    expect(keys(de)).toEqual(keys(en));
    expect(keys(it_)).toEqual(keys(en));
  });

  it('every translation uses the same placeholders as English', () => {
    const base = placeholders(en);
    for (const other of [de, it_]) {
      const theirs = placeholders(other);
      for (const [key, names] of base) {
        expect([key, [...new Set(theirs.get(key))]]).toEqual([key, [...new Set(names)]]);
      }
    }
  });

  it('no message is left empty', () => {
    for (const file of [en, de, it_]) {
      const empty = keys(file).filter((k) => {
        const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], file);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});
