import { describe, expect, it } from 'vitest';
import type { Card } from '@/lib/corpus/model';
import type { ArticleId, CardId, UnitId } from '@/lib/corpus/types';
import { ankiClozeTsv } from './anki';

const base = {
  lang: 'de' as const,
  article: 'bbc-russia-syria' as ArticleId,
  unit: 'u1' as UnitId,
  sibling: 's1',
  rank: 10,
  text: 'Assad hat den Krieg auch ohne diese Waffen gewonnen.',
  hints: { en: 'Assad was winning the war even without <these> weapons.' },
};

const cards: Card[] = [
  {
    ...base,
    id: 'de:bbc:cloze:1' as CardId,
    kind: 'cloze',
    cloze: {
      start: 36,
      end: 42,
      answer: 'Waffen',
      lemma: 'Waffe',
      pos: 'noun',
      gloss: 'weapons',
      options: ['Waffen', 'A', 'B', 'C'],
      neighbours: [],
    },
  },
  { ...base, id: 'de:bbc:understand:1' as CardId, kind: 'understand' },
];

describe('ankiClozeTsv', () => {
  const tsv = ankiClozeTsv(cards, 'en', () => 'BBC Newsbeat');
  const rows = tsv.trim().split('\n');

  it('declares the Cloze note type, columns and GUIDs for Anki', () => {
    expect(rows).toContain('#notetype:Cloze');
    expect(rows).toContain('#columns:GUID\tText\tBack Extra\tTags');
  });

  it('writes one note per cloze card with {{c1::…}}, the hint and the source', () => {
    const notes = rows.filter((r) => !r.startsWith('#'));
    expect(notes).toHaveLength(1);
    const [guid, text, extra, tags] = notes[0]!.split('\t');
    expect(guid).toBe('de:bbc:cloze:1');
    expect(text).toBe('Assad hat den Krieg auch ohne diese {{c1::Waffen::weapons}} gewonnen.');
    expect(extra).toBe(
      'Assad was winning the war even without &lt;these&gt; weapons.<br><small>BBC Newsbeat</small>',
    );
    expect(tags).toBe('triglot triglot::de triglot::bbc-russia-syria');
  });
});
