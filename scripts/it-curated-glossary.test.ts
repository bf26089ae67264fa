import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeGlossary } from '@/lib/corpus/glossary-file';
import {
  GlossaryError,
  IT_CURATED_PATH,
  IT_GLOSS_FILE_PATH,
  parseCuratedGlosses,
} from './build-glossary';

const ROOT = join(__dirname, '..');
const curated = parseCuratedGlosses(readFileSync(join(ROOT, IT_CURATED_PATH), 'utf8'));
const shipped = decodeGlossary(readFileSync(join(ROOT, IT_GLOSS_FILE_PATH), 'utf8')).entries;

describe('the curated Italian glosses (corpus/glossary/it-en.curated.tsv)', () => {
  it('are in the shipped it-en.gloss, word for word (npm run glossary merged them)', () => {
    expect(curated.size).toBeGreaterThan(80);
    for (const [lemma, gloss] of curated) expect(shipped.get(lemma), lemma).toBe(gloss);
  });

  it('gloss the words both articles blank that FreeDict lacks, in the news sense', () => {
    // BBC "il [presidente] Putin", "il suo [sostegno]", "Il [ruolo] della primavera araba";
    // CNN "le [sanzioni] imposte alla Russia", "i [colloqui]".
    expect(shipped.get('presidente')).toMatch(/^president/);
    expect(shipped.get('sostegno')).toMatch(/^support/);
    expect(shipped.get('ruolo')).toBe('role');
    expect(shipped.get('sanzione')).toMatch(/^sanction/);
    expect(shipped.get('colloquio')).toMatch(/^talk/);
    // BBC "armi [chimiche]": the adjective first, not FreeDict's "chemist" alone;
    // "di [ritirare] il loro sostegno": withdraw, not "abstract".
    expect(shipped.get('chimico')).toMatch(/^chemical/);
    expect(shipped.get('ritirare')).toMatch(/^withdraw/);
    // New: a common word FreeDict already glosses keeps its gloss (casa).
    expect(curated.has('casa')).toBe(false);
    expect(shipped.get('casa')).toBeDefined();
  });

  it('refuse a line that is no lemma⇥gloss, or a lemma given twice', () => {
    const code = (text: string) => {
      try {
        parseCuratedGlosses(text);
        return 'ok';
      } catch (e) {
        return e instanceof GlossaryError ? e.code : 'other';
      }
    };
    expect(code('# a comment\nruolo\trole\n\n')).toBe('ok');
    expect(code('ruolo role')).toBe('CURATED_FORMAT');
    expect(code('Ruolo\trole')).toBe('CURATED_FORMAT');
    expect(code('ruolo\t')).toBe('CURATED_FORMAT');
    expect(code('ruolo\trole\nruolo\tpart')).toBe('CURATED_FORMAT');
  });
});
