import { describe, expect, it } from 'vitest';
import { fakeLexicon } from '@/lib/corpus/lexicon.fixture';
import { buildBundle, importSource, previewOf } from './build';
import { ImportError, MAX_SENTENCES } from './input';
import type { ImportInput } from './protocol';

const DE = `Russland ist seit 2015 in Syrien militärisch engagiert.
Die Regierung in Moskau unterstützt Präsident Assad.`;
const IT = `La Russia è impegnata militarmente in Siria dal 2015.
Il governo di Mosca sostiene il presidente Assad.`;

function input(texts: ImportInput['texts'], title = ''): ImportInput {
  return { title, source: ' BBC ', license: '', texts };
}

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    return error instanceof ImportError ? error.code : String(error);
  }
  return undefined;
}

const resources = { lexicon: fakeLexicon(), gloss: () => 'a gloss' };

describe('importSource', () => {
  it('takes the first text as pivot and the title (or the first line) for the id', () => {
    const source = importSource(
      input([
        { lang: 'it', text: IT },
        { lang: 'de', text: DE },
      ]),
    );
    expect(source.pivot).toBe('it');
    expect(source.meta.title.en).toBe('La Russia è impegnata militarmente in Siria dal 2015.');
    expect(source.meta.outlet).toBe('BBC');
    expect(source.id).toMatch(/^u-/);
    expect(importSource(input([{ lang: 'de', text: DE }], 'Syrien')).id).toBe(
      importSource(input([{ lang: 'de', text: `${DE}\nNoch ein Satz.` }], 'syrien')).id,
    );
  });

  it('refuses two texts in one language, no sentences and too many', () => {
    expect(
      code(() =>
        importSource(
          input([
            { lang: 'de', text: DE },
            { lang: 'de', text: DE },
          ]),
        ),
      ),
    ).toBe('SAME_LANGUAGE');
    expect(code(() => importSource(input([{ lang: 'de', text: '2015 – 2016' }])))).toBe(
      'NO_SENTENCES',
    );
    const many = Array.from({ length: MAX_SENTENCES + 1 }, (_, i) => `Satz ${i} ist hier.`);
    expect(code(() => importSource(input([{ lang: 'de', text: many.join(' ') }])))).toBe(
      'TOO_MANY_SENTENCES',
    );
  });
});

describe('buildBundle', () => {
  it('gives a one-language article cloze cards only', () => {
    const source = importSource(input([{ lang: 'de', text: DE }]));
    const { bundle } = buildBundle(source, resources, []);
    expect(bundle.cards.length).toBeGreaterThan(0);
    expect(new Set(bundle.cards.map((c) => c.kind))).toEqual(new Set(['cloze']));
    const preview = previewOf(bundle, {
      duplicateOf: null,
      replaces: false,
      timings: { lexicon: 0, build: 0 },
    });
    expect(preview.pairs).toEqual([]);
    expect(preview.langs).toEqual(['de']);
    expect(preview.units).toHaveLength(2);
  });

  it('aligns a pair, pivot first, and counts each course', () => {
    const source = importSource(
      input([
        { lang: 'de', text: DE },
        { lang: 'it', text: IT },
      ]),
    );
    const { bundle } = buildBundle(source, resources, []);
    const preview = previewOf(bundle, {
      duplicateOf: null,
      replaces: false,
      timings: { lexicon: 0, build: 0 },
    });
    expect(preview.langs).toEqual(['de', 'it']);
    expect(preview.pairs).toMatchObject([{ a: 'de', b: 'it' }]);
    expect(preview.units[0]!.text).toEqual({
      de: 'Russland ist seit 2015 in Syrien militärisch engagiert.',
      it: 'La Russia è impegnata militarmente in Siria dal 2015.',
    });
    for (const c of preview.courses) expect(c.byKind.understand).toBe(2);
  });
});
