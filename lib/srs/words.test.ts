import { describe, expect, it } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { KNOWN_STABILITY_DAYS } from './card-actions';
import { newCardState, type CardState } from './card-state';
import { replayCard, type CardEvent, type EventId } from './events';
import { defaultSettings } from './params';
import { createScheduler } from './scheduler';
import {
  carriedState,
  definiteArticle,
  pluralSeen,
  chooseSentence,
  isClozeId,
  isIgnored,
  isWordId,
  lastShown,
  lemmaOf,
  orderNewWords,
  schedulableIn,
  wordId,
  wordStatus,
} from './words';

const scheduler = createScheduler({ ...defaultSettings, fuzz: false });
const T0 = Date.UTC(2026, 10, 2, 9);
const DAY = 86_400_000;
const WORD = wordId('de', 'Krieg');
const S1 = 'de:bbc:cloze:aaa' as CardId;
const S2 = 'de:cnn:cloze:bbb' as CardId;
const S3 = 'de:mine:cloze:ccc' as CardId;

let n = 0;
function ev(body: Record<string, unknown>, at: number, cardId: CardId = WORD): CardEvent {
  n++;
  return { id: `e${n}` as EventId, seq: at, cardId, course: 'de', at, ...body } as CardEvent;
}
const answer = (grade: 1 | 2 | 3 | 4, at: number, shown?: CardId) =>
  ev({ kind: 'answer', grade, durationMs: 1000, from: 'new', ...(shown ? { shown } : {}) }, at);

describe('word ids', () => {
  it('are made from the language and lemma, and told apart from card ids', () => {
    expect(WORD).toBe('de:word:Krieg');
    expect(isWordId(WORD)).toBe(true);
    expect(isWordId(S1)).toBe(false);
    expect(isClozeId(S1)).toBe(true);
    expect(isClozeId(WORD)).toBe(false);
    expect(isClozeId('de:bbc:understand:x')).toBe(false);
    expect(lemmaOf(wordId('it', "l'anno"))).toBe("l'anno");
    expect(lemmaOf(wordId('en', 'a:b'))).toBe('a:b');
    // Decomposed and composed umlauts are one word.
    expect(wordId('de', 'Bru\u0308cke')).toBe(wordId('de', 'Br\u00fccke'));
  });

  it('decide what each mode schedules: words and translations, or every card but words', () => {
    expect(schedulableIn('words', WORD)).toBe(true);
    expect(schedulableIn('words', S1)).toBe(false);
    expect(schedulableIn('words', 'de:bbc:produce:x')).toBe(true);
    expect(schedulableIn('sentences', WORD)).toBe(false);
    expect(schedulableIn('sentences', S1)).toBe(true);
  });
});

describe("a word's state over reviews in several sentences", () => {
  it('is one FSRS state fed by every answer, whichever sentence was shown', () => {
    const grades = [3, 3, 2, 3] as const;
    const sentences = [S1, S2, S3, S1];
    const word = grades.map((g, i) => answer(g, T0 + i * 5 * DAY, sentences[i]));
    const oneCard = grades.map((g, i) => answer(g, T0 + i * 5 * DAY));
    const a = replayCard(word, scheduler)!.state;
    const b = replayCard(oneCard, scheduler)!.state;
    // The sentence shown changes nothing in the schedule: the word is the memory.
    expect(a).toEqual(b);
    expect(a.reps).toBe(4);
    expect(a.state).toBe('review');
    // And the log remembers where each answer was given, undone ones aside.
    const undo = ev({ kind: 'undo', target: word[3]!.id }, T0 + 15 * DAY + 1);
    const shown = lastShown([...word, undo]);
    expect(shown.get(S1)).toBe(T0);
    expect(shown.get(S2)).toBe(T0 + 5 * DAY);
    expect(shown.get(S3)).toBe(T0 + 10 * DAY);
  });
});

describe('the sentence a due word is shown in', () => {
  const c = (id: CardId, order: string) => ({ id, order });
  it('is one never shown for it first, by frequency order, then the least recently shown', () => {
    const all = [c(S1, '0001'), c(S2, '0005'), c(S3, '0003')];
    expect(chooseSentence(all, new Map())?.id).toBe(S1);
    expect(chooseSentence(all, new Map([[S1, T0]]))?.id).toBe(S3);
    const seenAll = new Map([
      [S1, T0 + 2 * DAY],
      [S2, T0],
      [S3, T0 + DAY],
    ]);
    expect(chooseSentence(all, seenAll)?.id).toBe(S2);
    expect(chooseSentence([], seenAll)).toBeUndefined();
  });
});

describe('i+1 order of new words', () => {
  it('puts words whose sentence has every other content word known first, then frequency', () => {
    const known = new Set(['sein', 'Haus', 'groß']);
    const words = [
      { id: wordId('de', 'Krieg'), order: '0001', contexts: [['Krieg', 'Frieden', 'sein']] },
      { id: wordId('de', 'Dach'), order: '0009', contexts: [['Dach', 'Haus', 'groß']] },
      {
        id: wordId('de', 'rot'),
        order: '0005',
        contexts: [
          ['rot', 'Apfel'],
          ['rot', 'sein'],
        ],
      },
      { id: wordId('de', 'Frieden'), order: '0002', contexts: [['Frieden', 'Krieg']] },
    ];
    expect(orderNewWords(words, (l) => known.has(l)).map((w) => lemmaOf(w.id))).toEqual([
      'rot',
      'Dach',
      'Krieg',
      'Frieden',
    ]);
  });
});

describe('carry-over from existing cloze cards', () => {
  const state = (patch: Partial<CardState>): CardState => ({ ...newCardState(T0), ...patch });
  it('starts a word from its best remembered cloze (highest stability), unsuspended', () => {
    const carried = carriedState([
      { id: S1, state: state({ state: 'review', stability: 4, reps: 3 }) },
      { id: S2, state: state({ state: 'review', stability: 21, reps: 5, suspended: true }) },
      { id: S3, state: state({}) },
    ]);
    expect(carried?.from).toBe(S2);
    expect(carried?.state).toMatchObject({ stability: 21, reps: 5, suspended: false });
    expect(carriedState([{ id: S3, state: state({}) }])).toBeNull();
  });

  it('as a snapshot event the replay starts from, with answers after it on top', () => {
    const carried = carriedState([
      {
        id: S1,
        state: state({
          state: 'review',
          stability: 21,
          difficulty: 5,
          reps: 5,
          lastReview: T0 - DAY,
          due: T0 + 20 * DAY,
        }),
      },
    ])!;
    const snap = ev({ kind: 'snapshot', state: carried.state }, T0);
    expect(replayCard([snap], scheduler)!.state).toEqual(carried.state);
    const later = replayCard([snap, answer(3, T0 + 21 * DAY, S2)], scheduler)!.state;
    expect(later.reps).toBe(6);
    expect(later.stability).toBeGreaterThan(21);
  });
});

describe('"known already" and "ignore", replayed', () => {
  it('known schedules the word as a review with a long first interval', () => {
    const fold = replayCard([ev({ kind: 'known' }, T0)], scheduler)!;
    expect(fold.state.state).toBe('review');
    expect(fold.state.stability).toBeGreaterThanOrEqual(KNOWN_STABILITY_DAYS);
    expect(fold.state.due).toBe(T0 + KNOWN_STABILITY_DAYS * DAY);
    expect(wordStatus(fold.state, false)).toBe('known');
    // A later Again brings it back into learning: known is a schedule, not a hiding place.
    const after = replayCard([ev({ kind: 'known' }, T0), answer(1, T0 + 60 * DAY)], scheduler)!;
    expect(after.state.state).toBe('relearning');
  });

  it('ignore suspends the word; unsuspend or known lifts it; undo takes it back', () => {
    const ignore = ev({ kind: 'ignore' }, T0);
    const events = [answer(3, T0 - DAY, S1), ignore];
    const fold = replayCard(events, scheduler)!;
    expect(fold.state.suspended).toBe(true);
    expect(isIgnored(events)).toBe(true);
    expect(wordStatus(fold.state, isIgnored(events))).toBe('ignored');
    const lifted = [...events, ev({ kind: 'known' }, T0 + 1)];
    expect(replayCard(lifted, scheduler)!.state.suspended).toBe(false);
    expect(isIgnored(lifted)).toBe(false);
    const undone = [...events, ev({ kind: 'undo', target: ignore.id }, T0 + 2)];
    expect(replayCard(undone, scheduler)!.state.suspended).toBe(false);
    expect(isIgnored(undone)).toBe(false);
    expect(wordStatus(replayCard(undone, scheduler)!.state, false)).toBe('learning');
    expect(wordStatus(undefined, false)).toBe('new');
  });
});

describe('the article a noun is shown with', () => {
  it('is der/die/das in German and il/lo/la/l\u2019 by the first sounds in Italian', () => {
    expect(definiteArticle('de', 'Krieg', 'm')).toBe('der');
    expect(definiteArticle('de', 'Stadt', 'f')).toBe('die');
    expect(definiteArticle('de', 'Haus', 'n')).toBe('das');
    expect(definiteArticle('it', 'libro', 'm')).toBe('il');
    expect(definiteArticle('it', 'studente', 'm')).toBe('lo');
    expect(definiteArticle('it', 'zio', 'm')).toBe('lo');
    expect(definiteArticle('it', 'anno', 'm')).toBe("l'");
    expect(definiteArticle('it', 'casa', 'f')).toBe('la');
    expect(definiteArticle('it', 'isola', 'f')).toBe("l'");
    expect(definiteArticle('it', 'casa', undefined)).toBeUndefined();
    expect(definiteArticle('en', 'house', 'n')).toBeUndefined();
  });
});

describe('the plural a noun is shown with', () => {
  it('is the plain plural the library has it in: Länder, not the dative Ländern; none when only singular', () => {
    const c = (answer: string, number?: string, pos = 'noun') => ({
      answer,
      pos,
      ...(number ? { number } : {}),
    });
    expect(pluralSeen([c('Land', 'sg'), c('Ländern', 'pl'), c('Länder', 'pl')])).toBe('Länder');
    expect(pluralSeen([c('armi', 'pl'), c('arma', 'sg')])).toBe('armi');
    expect(pluralSeen([c('Krieg', 'sg'), c('Krieges')])).toBeUndefined();
    expect(pluralSeen([c('großen', 'pl', 'adj')])).toBeUndefined();
  });
});
