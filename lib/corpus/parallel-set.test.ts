import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { alignSentences } from './align';
import { segmentDocument } from './segment';
import type { Lang } from './types';

/**
 * The parallel verdict on texts beyond the two shipped articles
 * (testdata/parallel/manifest.json): translations of many shapes must be
 * accepted, unrelated texts on the same topic refused. Prints a confusion table.
 */

interface Case {
  readonly id: string;
  readonly kind: string;
  readonly a: string;
  readonly langA: Lang;
  readonly b: string;
  readonly langB: Lang;
  readonly parallel: boolean;
  /** The held-out batch, 1–3 (see manifest.json). */
  readonly heldOut?: number;
  readonly knownError?: string;
}

const dir = fileURLToPath(new URL('./testdata/parallel/', import.meta.url));
const read = (path: string) => readFileSync(`${dir}${path}`, 'utf8');
const { cases } = JSON.parse(read('manifest.json')) as { cases: Case[] };

interface Outcome {
  readonly c: Case;
  readonly parallel: boolean;
  readonly score: number;
  readonly route: string | null;
}
const outcomes: Outcome[] = [];

/** As alignDocuments does, but keeping the stats. */
function judge(c: Case): Outcome {
  const a = segmentDocument(read(c.a), c.langA);
  const b = segmentDocument(read(c.b), c.langB);
  const al = alignSentences(
    a.map((s) => s.text),
    b.map((s) => s.text),
    { paragraphs: { a: a.map((s) => s.line), b: b.map((s) => s.line) } },
  );
  return { c, parallel: al.parallel, score: al.score, route: al.stats.route };
}

function table(rows: readonly Outcome[]): string {
  const kinds = [...new Set(rows.map((o) => o.c.kind))];
  const lines = ['kind                  parallel  refused  unrelated  accepted'];
  for (const kind of kinds) {
    const of = rows.filter((o) => o.c.kind === kind);
    const pos = of.filter((o) => o.c.parallel);
    const neg = of.filter((o) => !o.c.parallel);
    lines.push(
      `${kind.padEnd(22)}${String(pos.length).padStart(8)}${String(pos.filter((o) => !o.parallel).length).padStart(9)}` +
        `${String(neg.length).padStart(11)}${String(neg.filter((o) => o.parallel).length).padStart(10)}`,
    );
  }
  for (const o of rows) {
    const mark = o.parallel === o.c.parallel ? ' ' : o.c.parallel ? 'R' : 'A';
    lines.push(
      `${mark} ${o.c.id.padEnd(28)} ${o.c.parallel ? 'parallel ' : 'unrelated'} ` +
        `score ${o.score.toFixed(2)} ${o.route ?? 'refused'}`,
    );
  }
  return lines.join('\n');
}

afterAll(() => {
  const batches = [...new Set(cases.flatMap((c) => (c.heldOut ? [c.heldOut] : [])))].sort();
  const split = (batch?: number) => outcomes.filter((o) => o.c.heldOut === batch);
  // R = false refusal, A = false acceptance.
  console.info(
    [
      `tuning set\n${table(split())}`,
      ...batches.map((b) => `held out, batch ${b}\n${table(split(b))}`),
    ].join('\n\n'),
  );
});

describe('the parallel test set', () => {
  it('has enough cases of each sort', () => {
    expect(cases.filter((c) => c.parallel).length).toBeGreaterThanOrEqual(12);
    expect(cases.filter((c) => !c.parallel).length).toBeGreaterThanOrEqual(8);
    expect(cases.filter((c) => c.heldOut).length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    const expected = c.knownError ? !c.parallel : c.parallel;
    it(`${c.id}: ${c.parallel ? 'parallel' : 'not parallel'}${c.knownError ? ' (known error)' : ''}`, () => {
      const outcome = judge(c);
      outcomes.push(outcome);
      expect(outcome.parallel).toBe(expected);
      // Score and verdict agree.
      expect(outcome.score >= 0.5).toBe(outcome.parallel);
    });
  }
});
