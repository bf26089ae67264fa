import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createThesaurus, decodeThesaurus } from '@/lib/corpus/thesaurus';
import { LANGS } from '@/lib/corpus/types';
import { buildThesaurusFiles, MYTHES_FILES, ROOT, thesaurusFile } from './build-thesaurus';

describe('npm run thesaurus', () => {
  it('writes exactly the committed files, from the Debian thesauri', async () => {
    // No skipping: the committed files must be checked on every machine.
    for (const lang of LANGS) {
      expect(
        existsSync(MYTHES_FILES[lang]),
        `${MYTHES_FILES[lang]} is missing: install Debian's mythes-de, mythes-it and ` +
          'mythes-en-us (bash scripts/ensure-env.sh --with-test-tools)',
      ).toBe(true);
    }
    const built = await buildThesaurusFiles(ROOT);
    expect([...built.keys()].sort()).toEqual(LANGS.map(thesaurusFile).sort());
    for (const [path, content] of built) {
      const committed = await readFile(join(ROOT, path), 'utf8');
      expect(content === committed, `${path} is stale: run npm run thesaurus`).toBe(true);
    }
  }, 120_000);

  it('ships each file with its licence and the corpus’s synonym pairs', async () => {
    const read = async (lang: (typeof LANGS)[number]) =>
      decodeThesaurus(await readFile(join(ROOT, thesaurusFile(lang)), 'utf8'));
    const [de, it_, en] = await Promise.all(LANGS.map(read));
    expect(de!.meta.license).toMatch(/^LGPL-2\.1\+/);
    expect(it_!.meta.license).toMatch(/^GPL-3\.0\+/);
    expect(en!.meta.license).toMatch(/WordNet/);
    expect(createThesaurus(de!).relation('Abmachung', 'Vereinbarung')).toBe('synonym');
    expect(createThesaurus(it_!).relation('davvero', 'veramente', 'adv')).toBe('synonym');
    expect(createThesaurus(en!).relation('weapon', 'arm', 'noun')).toBe('synonym');
  });
});
