import { describe, expect, it } from 'vitest';
import bbcDe from '@/corpus/bbc-russia-syria/de.txt?raw';
import bbcIt from '@/corpus/bbc-russia-syria/it.txt?raw';
import cnnEn from '@/corpus/cnn-russia-syria/en.txt?raw';
import festivalDe from './testdata/parallel/festival/de.txt?raw';
import festivalEn from './testdata/parallel/festival/en-free.txt?raw';
import { AlignError, alignDocuments, alignSentences, type Alignment } from './align';
import { segmentDocument } from './segment';

const DE = [
  'Mehrere Länder drängen Russland, sich von Präsident Bashar al-Assad zu distanzieren.',
  'Ein mutmaßlicher Chemieangriff hat letzte Woche 80 syrische Menschen getötet.',
  'Wer ist in den Konflikt verwickelt?',
  'Im Jahr 2000 wurde Wladimir Putin Präsident von Russland.',
  'Zu den Kunden könnten künftige Regierungen in Ägypten, Libyen und Irak gehören.',
  'Einige russische Muslime sind nach Syrien gegangen, um für den IS zu kämpfen.',
];
const IT = [
  'Diversi paesi spingono la Russia a prendere le distanze dal presidente Bashar al-Assad.',
  'Un sospetto attacco chimico ha ucciso 80 persone siriane la scorsa settimana.',
  'Chi è coinvolto nel conflitto?',
  'Nel 2000 Vladimir Putin è diventato presidente della Russia.',
  'Tra i clienti potrebbero esserci i futuri governi di Egitto, Libia e Iraq.',
  'Alcuni musulmani russi sono andati in Siria a combattere per l’IS.',
];
const UNRELATED_EN = [
  'Preheat the oven and butter a large baking dish.',
  'Whisk the eggs with the sugar until the mixture is pale and thick.',
  'Fold in the flour gently.',
  'The cake is done when a skewer comes out clean.',
  'Let it cool on a rack before you slice it, or the crumb will tear.',
  'Serve with berries.',
];

/** Every index of both sides exactly once, in order, and sane scores. */
function expectWellFormed(al: Alignment, n: number, m: number) {
  expect(al.beads.flatMap((b) => b.a)).toEqual([...Array(n).keys()]);
  expect(al.beads.flatMap((b) => b.b)).toEqual([...Array(m).keys()]);
  for (const b of al.beads) {
    expect(b.a.length + b.b.length).toBeGreaterThan(0);
    expect(b.a.length).toBeLessThanOrEqual(2);
    expect(b.b.length).toBeLessThanOrEqual(2);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
  }
  expect(al.score).toBeGreaterThanOrEqual(0);
  expect(al.score).toBeLessThanOrEqual(1);
  expect(Number.isNaN(al.stats.meanAbsZ)).toBe(false);
}

const shapes = (al: Alignment) => al.beads.map((b) => `${b.a.join(',')}|${b.b.join(',')}`);

describe('alignSentences', () => {
  it('pairs a clean translation 1:1 and calls it parallel', () => {
    const al = alignSentences(DE, IT);
    expectWellFormed(al, 6, 6);
    expect(shapes(al)).toEqual(['0|0', '1|1', '2|2', '3|3', '4|4', '5|5']);
    expect(al.parallel).toBe(true);
    expect(al.score).toBeGreaterThan(0.8);
    for (const b of al.beads) expect(b.score).toBeGreaterThan(0.5);
  });

  it('finds one sentence translated as two (1:2)', () => {
    const a = [
      ...DE.slice(0, 3),
      'Theoretisch kämpft Russland gegen den IS, praktisch greift es auch andere Rebellen an.',
      ...DE.slice(3),
    ];
    const b = [
      ...IT.slice(0, 3),
      'In teoria la Russia combatte contro l’IS.',
      'In pratica attacca anche altri ribelli.',
      ...IT.slice(3),
    ];
    const al = alignSentences(a, b);
    expectWellFormed(al, 7, 8);
    expect(shapes(al)).toEqual(['0|0', '1|1', '2|2', '3|3,4', '4|5', '5|6', '6|7']);
    expect(al.parallel).toBe(true);
    // The same pair from the other side is a 2:1 bead.
    expect(shapes(alignSentences(b, a))).toContain('3,4|3');
  });

  it('leaves an extra sentence in B unpaired (0:1)', () => {
    const b = [
      ...IT.slice(0, 2),
      'Trovaci su Instagram a BBCNewsbeat e seguici su Snapchat, cerca bbc_newsbeat.',
      ...IT.slice(2),
    ];
    const al = alignSentences(DE, b);
    expectWellFormed(al, 6, 7);
    expect(shapes(al)).toEqual(['0|0', '1|1', '|2', '2|3', '3|4', '4|5', '5|6']);
    expect(al.beads[2]!.score).toBeLessThan(0.1);
    expect(al.parallel).toBe(true);
  });

  it('rejects two unrelated texts', () => {
    const al = alignSentences(DE, UNRELATED_EN);
    expectWellFormed(al, 6, 6);
    expect(al.parallel).toBe(false);
    expect(al.score).toBeLessThan(0.5);
  });

  it('handles empty and tiny inputs without NaN', () => {
    expect(alignSentences([], [])).toMatchObject({ parallel: false, score: 0, beads: [] });
    const onlyA = alignSentences(['Hallo Welt.', 'Noch ein Satz.'], []);
    expectWellFormed(onlyA, 2, 0);
    expect(onlyA).toMatchObject({ parallel: false, score: 0 });
    const onlyB = alignSentences([], ['Ciao.']);
    expect(shapes(onlyB)).toEqual(['|0']);

    const one = alignSentences(DE.slice(3, 4), IT.slice(3, 4));
    expectWellFormed(one, 1, 1);
    expect(one).toMatchObject({ parallel: true, stats: { r: null } });
    const two = alignSentences(DE.slice(0, 2), IT.slice(0, 2));
    expectWellFormed(two, 2, 2);
    expect(shapes(two)).toEqual(['0|0', '1|1']);
    expect(two.parallel).toBe(true);
  });

  it('measures c on the paired part when one side has a passage more', () => {
    const extra = [
      'Die Kämpfe in den Vororten dauerten die ganze Nacht, und am Morgen lagen die Straßen voller Trümmer, Glas und ausgebrannter Autos.',
      'Viele Familien hatten ihre Häuser schon Tage vorher verlassen und in Schulen, Kirchen oder bei Verwandten auf dem Land Schutz gesucht.',
      'Die Helfer berichteten, dass ihnen Wasser, Decken und Medikamente fehlten und dass die Wege in die umkämpften Viertel gesperrt seien.',
    ];
    const a = [...DE.slice(0, 3), ...extra, ...DE.slice(3)];
    const al = alignSentences(a, IT);
    expectWellFormed(al, 9, 6);
    expect(shapes(al)).toEqual(['0|0', '1|1', '2|2', '3|', '4|', '5|', '6|3', '7|4', '8|5']);
    const length = (xs: string[]) => xs.reduce((n, x) => n + [...x].length, 0);
    expect(al.stats.ratio).toBeCloseTo(length(IT) / length(DE), 10);
    expect(al.parallel).toBe(true);
  });

  it('rejects nonsense options with a code', () => {
    expect(() => alignSentences(DE, IT, { band: 0 })).toThrow(AlignError);
    try {
      alignSentences(DE, IT, { ratio: -1 });
    } catch (error) {
      expect(error).toMatchObject({ name: 'AlignError', code: 'BAD_OPTION' });
    }
    const lines = [0, 0, 1, 1, 2, 2];
    expect(() => alignSentences(DE, IT, { paragraphs: { a: lines, b: [0, 1] } })).toThrow(
      /one non-decreasing integer per sentence/,
    );
    expect(() =>
      alignSentences(DE, IT, { paragraphs: { a: lines, b: [0, 1, 2, 1, 3, 4] } }),
    ).toThrow(AlignError);
  });

  // Speed is measured by npm run bench, not asserted here.
  it('aligns 300 × 300 sentences of a repeated article', () => {
    const de = segmentDocument(bbcDe, 'de').map((s) => s.text);
    const it_ = segmentDocument(bbcIt, 'it').map((s) => s.text);
    const a = Array.from({ length: 6 }, () => de)
      .flat()
      .slice(0, 300);
    const b = Array.from({ length: 6 }, () => it_)
      .flat()
      .slice(0, 300);
    const al = alignSentences(a, b);
    expectWellFormed(al, 300, 300);
    expect(al.parallel).toBe(true);
  });
});

describe('the BBC and CNN articles', () => {
  const de = segmentDocument(bbcDe, 'de');
  const it_ = segmentDocument(bbcIt, 'it');
  const en = segmentDocument(cnnEn, 'en');
  const texts = (s: typeof de) => s.map((x) => x.text);

  it('finds the German and Italian BBC texts parallel, line for line', () => {
    const al = alignSentences(texts(de), texts(it_));
    expectWellFormed(al, de.length, it_.length);
    expect(al.parallel).toBe(true);
    expect(al.score).toBeGreaterThan(0.9);
    // Lines 1–48 are translations of each other; after them come a social-media line
    // (both) and a lone "." (Italian only).
    const covered = new Set<number>();
    for (const bead of al.beads) {
      const linesA = new Set(bead.a.map((i) => de[i]!.line));
      const linesB = new Set(bead.b.map((j) => it_[j]!.line));
      if ([...linesA, ...linesB].every((l) => l >= 48)) continue;
      expect([...linesA]).toHaveLength(1);
      expect([...linesB]).toEqual([...linesA]);
      covered.add([...linesA][0]!);
    }
    expect(covered.size).toBe(48);
  });

  it('finds the BBC texts not parallel to the CNN article on the same topic', () => {
    const deEn = alignSentences(texts(de), texts(en));
    expectWellFormed(deEn, de.length, en.length);
    expect(deEn.parallel).toBe(false);
    expect(deEn.score).toBeLessThan(0.5);
    expect(alignSentences(texts(it_), texts(en)).parallel).toBe(false);
  });
});

describe('alignDocuments', () => {
  it('segments both texts by line and returns the sentences themselves', () => {
    const result = alignDocuments(
      `${DE.slice(0, 3).join(' ')}\n\n${DE.slice(3).join('\n')}`,
      'de',
      IT.join('\n'),
      'it',
    );
    expect(result.parallel).toBe(true);
    expect(result.pairs).toHaveLength(6);
    expect(result.pairs[2]).toMatchObject({ a: [DE[2]], b: [IT[2]] });
    for (const p of result.pairs) expect(p.score).toBeGreaterThan(0.5);
  });

  it('reads the paragraphs for the verdict only', () => {
    // A free translation: sentences merged and split inside the same paragraphs.
    const de = segmentDocument(festivalDe, 'de');
    const en = segmentDocument(festivalEn, 'en');
    const bySentences = alignSentences(
      de.map((s) => s.text),
      en.map((s) => s.text),
    );
    const byParagraphs = alignSentences(
      de.map((s) => s.text),
      en.map((s) => s.text),
      { paragraphs: { a: de.map((s) => s.line), b: en.map((s) => s.line) } },
    );
    expect(byParagraphs.beads).toEqual(bySentences.beads);
    expect(bySentences.parallel).toBe(false);
    expect(byParagraphs).toMatchObject({ parallel: true, stats: { route: 'paragraphs' } });
    expect(alignDocuments(festivalDe, 'de', festivalEn, 'en').parallel).toBe(true);
  });

  it('returns no pairs for two empty documents', () => {
    const none = { parallel: false, score: 0, pairs: [] };
    expect(alignDocuments('\n\n', 'de', '', 'it')).toEqual(none);
  });
});
