import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildGlossary,
  FREEDICT_INDEX,
  GLOSSARY_PATH,
  glossaryLemmas,
  ROOT,
} from './build-glossary';

describe('corpus/glossary/de-en.json', () => {
  it('is what npm run glossary builds from the corpus and FreeDict', async () => {
    // No skipping: the committed glossary must be checked on every machine.
    expect(
      existsSync(FREEDICT_INDEX),
      `${FREEDICT_INDEX} is missing: install Debian's dict-freedict-deu-eng ` +
        '(apt-get install dict-freedict-deu-eng, or bash scripts/ensure-env.sh --with-test-tools)',
    ).toBe(true);
    const built = await buildGlossary(await glossaryLemmas(ROOT));
    const committed = await readFile(join(ROOT, GLOSSARY_PATH), 'utf8');
    expect(built === committed, 'corpus/glossary/de-en.json is stale: run npm run glossary').toBe(
      true,
    );
  }, 60_000);

  it('glosses the research lemmas', async () => {
    const glossary = JSON.parse(await readFile(join(ROOT, GLOSSARY_PATH), 'utf8')) as {
      source: string;
      license: string;
      entries: Record<string, string>;
    };
    expect(glossary.source).toMatch(/^FreeDict deu-eng \d/);
    expect(glossary.license).toMatch(/GPL-3\.0/);
    expect(glossary.entries['waffe']).toMatch(/^weapon/);
    expect(glossary.entries['krieg']).toBe('war');
    const keys = Object.keys(glossary.entries);
    expect(keys).toEqual([...keys].sort());
    for (const gloss of Object.values(glossary.entries)) {
      expect(gloss.length).toBeLessThanOrEqual(80);
      expect(gloss).not.toMatch(/[<>[\]{}ˈ]/);
    }
  });
});
