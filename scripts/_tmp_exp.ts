import { readFileSync } from 'node:fs';
import { alignSentences } from '@/lib/corpus/align';
import { segmentDocument } from '@/lib/corpus/segment';
import type { Lang } from '@/lib/corpus/types';
const load = (p: string, l: Lang) => segmentDocument(readFileSync(p, 'utf8'), l);
const de = load('corpus/bbc-russia-syria/de.txt', 'de');
const it = load('corpus/bbc-russia-syria/it.txt', 'it');
const en = load('corpus/cnn-russia-syria/en.txt', 'en');
const show = process.argv[2] === 'v';
for (const [name, A, B] of [['de-it', de, it], ['de-cnn', de, en], ['it-cnn', it, en], ['de-itrev', de, [...it].reverse()]] as const) {
  const t = performance.now();
  const al = alignSentences(A.map(s => s.text), B.map(s => s.text));
  const ms = performance.now() - t;
  const types = new Map<string, number>();
  for (const b of al.beads) types.set(`${b.a.length}:${b.b.length}`, (types.get(`${b.a.length}:${b.b.length}`) ?? 0) + 1);
  let cross = 0;
  for (const b of al.beads) { const la = new Set(b.a.map(i => A[i]!.line)); const lb = new Set(b.b.map(j => B[j]!.line)); if (la.size !== 1 || lb.size !== 1 || [...la][0] !== [...lb][0]) cross++; }
  console.log(name, al.parallel, al.score.toFixed(3), JSON.stringify(al.stats), [...types], 'crossing', cross, ms.toFixed(1) + 'ms');
  if (show && name === 'de-it') for (const b of al.beads) console.log(b.score.toFixed(2), b.a.map(i => A[i]!.line), b.b.map(j => B[j]!.line), b.a.map(i => A[i]!.text.slice(0, 40)).join('|'), '||', b.b.map(j => B[j]!.text.slice(0, 40)).join('|'));
}
