import { readFileSync } from 'node:fs';
import { alignSentences } from '@/lib/corpus/align'; import { lengthDelta } from '@/lib/corpus/gale-church';
import { anchorIndex } from '@/lib/corpus/anchors';
import { pearson, twoSidedTailCost } from '@/lib/corpus/stats';
import { segmentDocument } from '@/lib/corpus/segment';
import type { Lang } from '@/lib/corpus/types';
const load = (p: string, l: Lang) => segmentDocument(readFileSync(p, 'utf8'), l).map(s => s.text);
const de = load('corpus/bbc-russia-syria/de.txt', 'de');
const it = load('corpus/bbc-russia-syria/it.txt', 'it');
const en = load('corpus/cnn-russia-syria/en.txt', 'en');
const enb = load('corpus/bbc-russia-syria/en.txt', 'en');
const decnn = load('corpus/cnn-russia-syria/de.txt', 'de');
const itcnn = load('corpus/cnn-russia-syria/it.txt', 'it');
function shuffle<T>(x: T[], seed: number) { const y = [...x]; let s = seed; for (let i = y.length - 1; i > 0; i--) { s = (s * 1103515245 + 12345) % 2147483648; const j = s % (i + 1); [y[i], y[j]] = [y[j]!, y[i]!]; } return y; }
// simulate a translator who splits: merge consecutive pairs in it every 4th sentence
function mergeSome(x: string[], every: number) { const out: string[] = []; for (let i = 0; i < x.length; i++) { if (i % every === 0 && i + 1 < x.length) { out.push(x[i] + ' ' + x[i + 1]); i++; } else out.push(x[i]!); } return out; }
const cases: [string, string[], string[]][] = [['de-it', de, it], ['de-enbbc', de, enb], ['decnn-en', decnn, en], ['de-it/merge4', de, mergeSome(it, 4)], ['de-it/merge2', de, mergeSome(it, 2)], ['de-cnn', de, en], ['it-cnn', it, en], ['de-itcnn', de, itcnn], ['de-itrev', de, [...it].reverse()], ['de-itshuf', de, shuffle(it, 7)], ['de-itshuf2', de, shuffle(it, 99)], ['enbbc-itcnn', enb, itcnn], ['de-it[0:10]', de.slice(0, 10), it.slice(0, 10)], ['de-itshuf[0:10]', de.slice(0, 10), shuffle(it, 7).slice(0, 10)]];
const inv = (c: number) => { let lo = 0, hi = 40; for (let k = 0; k < 60; k++) { const mid = (lo + hi) / 2; if (twoSidedTailCost(mid) < c) lo = mid; else hi = mid; } return lo; };
const PR: Record<string, number> = { '1:1': 0.89, '1:0': 0.0099, '0:1': 0.0099, '2:1': 0.089, '1:2': 0.089, '2:2': 0.011 };
for (const [name, A, B] of cases) {
  const al = alignSentences(A, B);
  const idx = anchorIndex(A, B);
  const L = (s: string) => [...s].length;
  const xs: number[] = [], ys: number[] = [];
  let zsum = 0, anchoredAll = 0;
  for (const b of al.beads) {
    const t = `${b.a.length}:${b.b.length}`;
    const extra = -Math.log(PR[t]!) + Math.log(0.89);
    const la = b.a.reduce((s, i) => s + L(A[i]!), 0), lb = b.b.reduce((s, j) => s + L(B[j]!), 0);
    const tail = b.a.length && b.b.length ? twoSidedTailCost(lengthDelta(la, lb, al.stats.ratio)) : 0;
    zsum += inv(tail + extra);
    if (b.a.length && b.b.length) {
      const a0 = b.a[0]!, a1 = b.a.at(-1)! + 1, b0 = b.b[0]!, b1 = b.b.at(-1)! + 1;
      const ok = b.a.every(i => idx.matches(i, i + 1, b0, b1) > 0) && b.b.every(j => idx.matches(a0, a1, j, j + 1) > 0);
      if (ok) anchoredAll++;
      for (const i of b.a) for (const j of b.b) { if (b.a.length === 1 || b.b.length === 1) { xs.push(b.a.length === 1 ? la : L(A[i]!)); ys.push(b.b.length === 1 ? lb : L(B[j]!)); } }
      if (b.a.length === 2 && b.b.length === 2) { xs.push(la); ys.push(lb); }
    }
  }
  const types = new Map<string, number>(); for (const b of al.beads) { const t = `${b.a.length}:${b.b.length}`; types.set(t, (types.get(t) ?? 0) + 1); }
  console.log(name.padEnd(16), 'r', al.stats.r?.toFixed(2), 'sh', al.stats.anchorShare.toFixed(2), 'z', al.stats.meanAbsZ.toFixed(2), '| rSplit', pearson(xs, ys)?.toFixed(2), 'anchAll', (anchoredAll / al.beads.length).toFixed(2), 'zEff', (zsum / al.beads.length).toFixed(2), JSON.stringify([...types]));
}
