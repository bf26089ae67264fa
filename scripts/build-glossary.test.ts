import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSS_MAX_LENGTH, GLOSS_STORED_LENGTH, glossInContext } from '@/lib/corpus/glossary';
import { decodeGlossary } from '@/lib/corpus/glossary-file';
import {
  buildGlossaryFiles,
  dictionaryLemmas,
  FREEDICT_INDEX,
  GLOSS_FILE_PATH,
  GLOSSARY_PATH,
  glossaryLemmas,
  IT_GLOSS_FILE_PATH,
  ROOT,
} from './build-glossary';

interface JsonGlossary {
  source: string;
  license: string;
  entries: Record<string, string>;
}

const readCommitted = (path: string) => readFile(join(ROOT, path), 'utf8');

describe('npm run glossary', () => {
  it('writes exactly the committed files, from the corpus, the dictionaries and FreeDict', async () => {
    // No skipping: the committed glossaries must be checked on every machine.
    expect(
      existsSync(FREEDICT_INDEX),
      `${FREEDICT_INDEX} is missing: install Debian's dict-freedict-deu-eng, -ita-eng and ` +
        '-eng-ita (bash scripts/ensure-env.sh --with-test-tools)',
    ).toBe(true);
    const built = await buildGlossaryFiles(await glossaryLemmas(ROOT), dictionaryLemmas());
    expect([...built.keys()].sort()).toEqual(
      [GLOSSARY_PATH, GLOSS_FILE_PATH, IT_GLOSS_FILE_PATH].sort(),
    );
    for (const [path, content] of built) {
      const committed = await readCommitted(path);
      expect(content === committed, `${path} is stale: run npm run glossary`).toBe(true);
    }
  }, 120_000);

  it('glosses the research lemmas in corpus/glossary/de-en.json', async () => {
    const glossary = JSON.parse(await readCommitted(GLOSSARY_PATH)) as JsonGlossary;
    expect(glossary.source).toMatch(/^FreeDict deu-eng \d/);
    expect(glossary.license).toMatch(/GPL-3\.0/);
    expect(glossary.entries['waffe']).toMatch(/^weapon/);
    expect(glossary.entries['krieg']).toBe('war');
    const keys = Object.keys(glossary.entries);
    expect(keys).toEqual([...keys].sort());
    for (const gloss of Object.values(glossary.entries)) {
      // A corpus key keeps every sense; a card shows what fits.
      expect(glossInContext(gloss).length).toBeLessThanOrEqual(GLOSS_MAX_LENGTH);
      expect(gloss).not.toMatch(/[<>[\]{}ˈ]/);
    }
    // The sense the article's English side uses is stored (Libya overthrew its ruler).
    expect(glossary.entries['stürzen']).toMatch(/overthrow/);
    // A common word's odd senses only (dienen: subserve) give no FreeDict gloss: the curated
    // German line (corpus/glossary/de-en.curated.tsv) fills it.
    expect(glossary.entries['dienen']).toBe('serve; be used for');
    expect(glossary.source).toMatch(/; 1 curated \(corpus\/glossary\/de-en\.curated\.tsv\)$/);
  });

  it('ships every corpus gloss, unchanged, and the dictionaries’ lemmas in public/lexicon/de-en.gloss', async () => {
    const json = JSON.parse(await readCommitted(GLOSSARY_PATH)) as JsonGlossary;
    const { meta, entries } = decodeGlossary(await readCommitted(GLOSS_FILE_PATH));
    expect(meta).toMatchObject({
      from: 'de',
      to: 'en',
      source: json.source,
      license: json.license,
    });
    expect(meta.license).toMatch(/GPL-3\.0 and AGPL-3\.0/);
    for (const [key, gloss] of Object.entries(json.entries)) expect(entries.get(key)).toBe(gloss);
    // Lemmas no shipped article contains: a noun, a verb, an adjective.
    expect(entries.get('fahrrad')).toMatch(/bicycle|bike/);
    expect(entries.get('schwimmen')).toMatch(/swim/);
    expect(entries.get('grün')).toMatch(/green/);
    expect(entries.size).toBeGreaterThan(30_000);
    const bad = [...entries].filter(
      ([key, gloss]) =>
        key !== key.toLocaleLowerCase('de') ||
        (!(key in json.entries) && gloss.length > GLOSS_STORED_LENGTH) ||
        /[<>[\]{}ˈ]/.test(gloss),
    );
    expect(bad).toEqual([]);
  });

  it('glosses Italian words in public/lexicon/it-en.gloss, from ita-eng and eng-ita read backwards', async () => {
    const { meta, entries } = decodeGlossary(await readCommitted(IT_GLOSS_FILE_PATH));
    expect(meta).toMatchObject({ from: 'it', to: 'en' });
    expect(meta.source).toMatch(
      /^FreeDict ita-eng \S+ and eng-ita \S+; \d+ curated \(corpus\/glossary\/it-en\.curated\.tsv\)$/,
    );
    expect(meta.license).toMatch(/^GPL-2\.0-or-later/);
    expect(entries.get('guerra')).toBe('war');
    expect(entries.get('arma')).toMatch(/^weapon/);
    // Both dictionaries say agreement: it goes before ita-eng's own first sense (accord).
    expect(entries.get('accordo')).toMatch(/^agreement/);
    // The hint sense of cedere in the BBC article ("losing"): perdere is lose, cedere is not.
    expect(entries.get('perdere')).toMatch(/^lose/);
    expect(entries.get('cedere')).not.toMatch(/\blose\b/);
    expect(entries.get('davvero')).toMatch(/really/);
    expect(entries.size).toBeGreaterThan(2500);
    // Words only, lower case: no names (Abissinia) or phrases (costume da bagno).
    const bad = [...entries].filter(
      ([key, gloss]) =>
        !/^\p{Ll}[\p{Ll}'’]*$/u.test(key) ||
        gloss.length > GLOSS_STORED_LENGTH ||
        /[<>[\]{}ˈ]/.test(gloss),
    );
    expect(bad).toEqual([]);
  });
});
