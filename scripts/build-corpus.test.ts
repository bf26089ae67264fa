import { describe, expect, it } from 'vitest';
import { buildCorpus, readShipped } from './build-corpus';

describe('npm run corpus', () => {
  // The committed public/data came from an earlier run, so equality here also shows
  // that two runs give byte-identical output.
  it('ships exactly what the pipeline produces', { timeout: 300_000 }, async () => {
    const [built, shipped] = await Promise.all([buildCorpus(), readShipped()]);
    expect([...shipped.keys()].sort()).toEqual([...built.keys()].sort());
    for (const [path, content] of built) {
      expect(shipped.get(path) === content, `${path} differs: run npm run corpus`).toBe(true);
    }
  });

  it('aligns each article into enough three-language units', { timeout: 300_000 }, async () => {
    const shipped = await readShipped();
    const index = JSON.parse(shipped.get('public/data/index.json')!) as {
      articles: { id: string; units: number; pairs: { parallel: boolean }[] }[];
    };
    const bbc = index.articles.find((a) => a.id === 'bbc-russia-syria')!;
    expect(bbc.units).toBeGreaterThanOrEqual(45);
    for (const a of index.articles) expect(a.pairs.every((p) => p.parallel)).toBe(true);
  });
});
