import { readFileSync } from 'node:fs';
import { alignSentences } from '@/lib/corpus/align';
import { segmentDocument } from '@/lib/corpus/segment';
const de = segmentDocument(readFileSync('corpus/bbc-russia-syria/de.txt', 'utf8'), 'de').map(s => s.text).slice(0, 48);
const it = segmentDocument(readFileSync('corpus/bbc-russia-syria/it.txt', 'utf8'), 'it').map(s => s.text).slice(0, 49);
const show = (al: ReturnType<typeof alignSentences>) => console.log(al.parallel, al.score.toFixed(2), al.beads.filter(b => b.a.length !== 1 || b.b.length !== 1).map(b => `${b.a}|${b.b}:${b.score.toFixed(2)}`).join(' '), al.beads.length);
// 1:0 extra in B at various positions
for (const pos of [3, 12, 25, 40]) {
  const extra = 'Trovaci su Instagram a BBCNewsbeat e seguici su Snapchat, cerca bbc_newsbeat.';
  const b = [...it.slice(0, pos), extra, ...it.slice(pos)];
  show(alignSentences(de, b));
  const extra2 = 'Il governo di Mosca ha anche annunciato nuove esercitazioni navali nel Mar Nero per la prossima estate.';
  show(alignSentences(de, [...it.slice(0, pos), extra2, ...it.slice(pos)]));
  show(alignSentences(de.slice(pos - 3, pos + 3), [...it.slice(pos - 3, pos), extra2, ...it.slice(pos, pos + 3)]));
}
// timing 300
const A: string[] = [], B: string[] = [];
for (let k = 0; k < 7; k++) { A.push(...de); B.push(...it); }
const t = performance.now();
const al = alignSentences(A.slice(0, 300), B.slice(0, 300));
console.log('300x300', (performance.now() - t).toFixed(0), 'ms', al.parallel, al.score.toFixed(3), al.beads.length);
const t2 = performance.now();
const al2 = alignSentences(A.slice(0, 300), [...B.slice(0, 300)].reverse());
console.log('300x300 unrelated', (performance.now() - t2).toFixed(0), 'ms', al2.parallel, al2.score.toFixed(3));
