import { readFileSync } from 'node:fs';
import { alignSentences } from '@/lib/corpus/align';
import { anchorKeys, keysMatch } from '@/lib/corpus/anchors';
import { pearson } from '@/lib/corpus/stats';
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
const cases: [string, string[], string[]][] = [['de-it', de, it], ['de-enbbc', de, enb], ['it-enbbc', it, enb], ['decnn-en', decnn, en], ['itcnn-en', itcnn, en], ['decnn-itcnn', decnn, itcnn], ['de-cnn', de, en], ['it-cnn', it, en], ['de-decnn?', de, itcnn], ['de-itrev', de, [...it].reverse()], ['de-itshuf', de, shuffle(it, 7)], ['de-itshuf2', de, shuffle(it, 99)], ['enbbc-itcnn', enb, itcnn]];
for (const [name, A, B] of cases) {
  const al = alignSentences(A, B);
  // df of keys
  const kA = A.map(anchorKeys), kB = B.map(anchorKeys);
  const df = (ks: string[][]) => { const m = new Map<string, number>(); for (const k of ks) for (const x of new Set(k)) m.set(x, (m.get(x) ?? 0) + 1); return m; };
  const dA = df(kA), dB = df(kB);
  const one = al.beads.filter(b => b.a.length === 1 && b.b.length === 1);
  const r11 = pearson(one.map(b => [...A[b.a[0]!]!].length), one.map(b => [...B[b.b[0]!]!].length));
  let distinct = 0, anch11 = 0;
  for (const b of al.beads) {
    const ka = b.a.flatMap(i => kA[i]!), kb = b.b.flatMap(j => kB[j]!);
    let d = false, any = false;
    for (const x of ka) for (const y of kb) if (keysMatch(x, y)) { any = true; if ((dA.get(x)! <= Math.max(2, 0.15 * A.length)) && (dB.get(y)! <= Math.max(2, 0.15 * B.length))) d = true; }
    if (d) distinct++;
    if (any && b.a.length === 1 && b.b.length === 1) anch11++;
  }
  const cost = al.beads.reduce((s, b) => s - 2 * Math.log(Math.max(b.score, 1e-9)), 0) / (A.length + B.length);
  console.log(name.padEnd(12), String(al.parallel).padEnd(5), al.score.toFixed(2), 'r', al.stats.r?.toFixed(2), 'sh', al.stats.anchorShare.toFixed(2), 'z', al.stats.meanAbsZ.toFixed(2), '| r11', r11?.toFixed(2), '11share', (one.length / al.beads.length).toFixed(2), 'anch11', (anch11 / al.beads.length).toFixed(2), 'distinct', (distinct / al.beads.length).toFixed(2), 'cost/sent', cost.toFixed(2), 'n', A.length, B.length);
}
