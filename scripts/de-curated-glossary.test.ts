import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeGlossary } from '@/lib/corpus/glossary-file';
import {
  DE_CURATED_PATH,
  GLOSS_FILE_PATH,
  IT_GLOSS_FILE_PATH,
  parseCuratedGlosses,
} from './build-glossary';

const ROOT = join(__dirname, '..');
const curated = parseCuratedGlosses(
  readFileSync(join(ROOT, DE_CURATED_PATH), 'utf8'),
  DE_CURATED_PATH,
);
const shipped = decodeGlossary(readFileSync(join(ROOT, GLOSS_FILE_PATH), 'utf8')).entries;
const italian = decodeGlossary(readFileSync(join(ROOT, IT_GLOSS_FILE_PATH), 'utf8')).entries;

describe('German glosses FreeDict misses (issue 10, third round)', () => {
  it('merges the curated German lines into the shipped de-en.gloss', () => {
    for (const [lemma, gloss] of curated) expect(shipped.get(lemma), lemma).toBe(gloss);
    // BBC "[dient] auch dazu": FreeDict's only sense is "subserve", dropped for a common verb.
    expect(shipped.get('dienen')).toMatch(/^serve/);
  });

  it('reads nouns FreeDict enters with their article only', () => {
    // BBC "das russische [Militär]": the headword is "das Militär".
    expect(shipped.get('militär')).toBe('the military');
    // New: a noun with an entry of its own keeps its senses, not the article entry's.
    expect(shipped.get('krieg')).toMatch(/war/);
  });

  it('glosses argomento in the news sense (CNN "gli [argomenti]": topics)', () => {
    expect(italian.get('argomento')).toMatch(/^topic/);
  });
});
