import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  normalizeAnswer,
  proposeGrade,
  transliterate,
  typoBudget,
  verdictTag,
  type Verdict,
} from './check';

const right = (how: 'exact' | 'case' | 'transliteration'): Verdict => ({ kind: 'right', how });
const accent = (expected: string): Verdict => ({ kind: 'almost', how: 'accent', expected });
const wrong = (why: 'other-form' | 'different' | 'empty'): Verdict => ({ kind: 'wrong', why });
const isTypo = (v: Verdict) => v.kind === 'almost' && v.how === 'typo';

describe('normalizeAnswer', () => {
  it('composes, unifies apostrophes, collapses and trims spaces', () => {
    expect(normalizeAnswer('  dell’\u00a0 anno ')).toBe("dell' anno");
    expect(normalizeAnswer('perche`')).toBe("perche'");
    expect(normalizeAnswer('citta´')).toBe("citta'");
    expect(normalizeAnswer('l\u02bcanno')).toBe("l'anno");
    expect(normalizeAnswer('ka\u0308mpfen')).toBe('kämpfen');
  });
});

describe('checkAnswer: right', () => {
  it('exact, after normalising', () => {
    expect(checkAnswer('Waffen', 'Waffen', 'de')).toEqual(right('exact'));
    expect(checkAnswer('  Waffen ', 'Waffen', 'de')).toEqual(right('exact'));
    expect(checkAnswer('dell’anno', "dell'anno", 'it')).toEqual(right('exact'));
    expect(checkAnswer('Ka\u0308mpfe', 'Kämpfe', 'de')).toEqual(right('exact'));
  });

  it('case', () => {
    expect(checkAnswer('waffen', 'Waffen', 'de')).toEqual(right('case'));
    expect(checkAnswer('GOVERNO', 'governo', 'it')).toEqual(right('case'));
    // Case never needs the typo budget, even for a short word.
    expect(checkAnswer('arm', 'Arm', 'de')).toEqual(right('case'));
  });

  it('German transliteration ä/ae ö/oe ü/ue ß/ss, both ways', () => {
    expect(checkAnswer('Strasse', 'Straße', 'de')).toEqual(right('transliteration'));
    expect(checkAnswer('Unterstuetzung', 'Unterstützung', 'de')).toEqual(right('transliteration'));
    expect(checkAnswer('Einfluß', 'Einfluss', 'de')).toEqual(right('transliteration'));
    expect(checkAnswer('Einfluss', 'Einfluß', 'de')).toEqual(right('transliteration'));
    expect(checkAnswer('OEL', 'Öl', 'de')).toEqual(right('transliteration'));
  });

  it('an alternative answer counts like the expected one', () => {
    expect(checkAnswer('kriege', 'Krieg', 'de', { alternatives: ['Kriege'] })).toEqual(
      right('case'),
    );
    // The best verdict over all targets wins.
    expect(checkAnswer('Kriege', 'Krieg', 'de', { alternatives: ['Kriege'] })).toEqual(
      right('exact'),
    );
  });
});

describe('checkAnswer: almost, accent', () => {
  it.each([
    ['perche', 'perché', 'it'],
    ['perchè', 'perché', 'it'],
    ["perche'", 'perché', 'it'],
    ["citta'", 'città', 'it'],
    ['citta`', 'città', 'it'],
    ['e', 'è', 'it'],
    ['kampfen', 'kämpfen', 'de'],
    ['Unterstutzung', 'Unterstützung', 'de'],
  ] as const)('%s for %s', (typed, expected, lang) => {
    expect(checkAnswer(typed, expected, lang)).toEqual(accent(expected));
  });

  it('in German a dropped umlaut that makes another real word is wrong, not an accent slip', () => {
    expect(checkAnswer('wurde', 'würde', 'de', { neighbours: ['wurde'] })).toEqual({
      kind: 'wrong',
      why: 'other-form',
    });
    expect(checkAnswer('schon', 'schön', 'de', { neighbours: ['schon'] })).toEqual({
      kind: 'wrong',
      why: 'other-form',
    });
    // Not a word: still only a missing umlaut.
    expect(checkAnswer('kampfen', 'kämpfen', 'de', { neighbours: ['kämpft'] }).kind).toBe('almost');
  });

  it('an accent-only difference stays "almost" even if the bare form is a word', () => {
    expect(checkAnswer('e', 'è', 'it', { neighbours: ['e'] })).toEqual(accent('è'));
  });

  it('reads a final vowel + apostrophe as an accent only in Italian', () => {
    expect(checkAnswer("cafe'", 'café', 'en')).not.toEqual(accent('café'));
  });
});

describe('checkAnswer: almost, typo', () => {
  it('Waffn for Waffen, with a diff to highlight', () => {
    expect(checkAnswer('Waffn', 'Waffen', 'de')).toEqual({
      kind: 'almost',
      how: 'typo',
      diff: [
        { op: 'same', expected: 'Waff', typed: 'Waff' },
        { op: 'delete', expected: 'e', typed: '' },
        { op: 'same', expected: 'n', typed: 'n' },
      ],
    });
  });

  it('Untertsützung: a swap of neighbours is one slip', () => {
    expect(checkAnswer('Untertsützung', 'Unterstützung', 'de')).toEqual({
      kind: 'almost',
      how: 'typo',
      diff: [
        { op: 'same', expected: 'Unter', typed: 'Unter' },
        { op: 'swap', expected: 'st', typed: 'ts' },
        { op: 'same', expected: 'ützung', typed: 'ützung' },
      ],
    });
  });

  it.each([
    ['govenro', 'governo', 'it'],
    ['Zusamenbruch', 'Zusammenbruch', 'de'],
    ['zusamenbruhc', 'Zusammenbruch', 'de'],
    ['crolo', 'crollo', 'it'],
    ['Lsut', 'Lust', 'de'],
    ['Kanflikd', 'Konflikt', 'de'],
  ] as const)('%s for %s', (typed, expected, lang) => {
    expect(isTypo(checkAnswer(typed, expected, lang))).toBe(true);
  });

  it('keeps the learner’s capitals in the diff', () => {
    const v = checkAnswer('waffn', 'Waffen', 'de');
    expect(v.kind === 'almost' && v.how === 'typo' && v.diff[0]).toEqual({
      op: 'same',
      expected: 'Waff',
      typed: 'waff',
    });
  });

  it('counts slips on the ue spelling when the learner has no umlaut keys', () => {
    const v = checkAnswer('Unterstuetzng', 'Unterstützung', 'de');
    expect(v.kind === 'almost' && v.how === 'typo' && v.diff).toEqual([
      { op: 'same', expected: 'Unterstuetz', typed: 'Unterstuetz' },
      { op: 'delete', expected: 'u', typed: '' },
      { op: 'same', expected: 'ng', typed: 'ng' },
    ]);
  });

  it('without a neighbour list, another form within budget reads as a typo', () => {
    expect(isTypo(checkAnswer('Waffe', 'Waffen', 'de'))).toBe(true);
  });
});

describe('checkAnswer: wrong', () => {
  it('Waffe for Waffen is another form, not a typo', () => {
    expect(checkAnswer('Waffe', 'Waffen', 'de', { neighbours: ['Waffe'] })).toEqual(
      wrong('other-form'),
    );
    expect(checkAnswer('waffe', 'Waffen', 'de', { neighbours: ['Waffe'] })).toEqual(
      wrong('other-form'),
    );
  });

  it('ribelle for ribelli', () => {
    expect(checkAnswer('ribelle', 'ribelli', 'it', { neighbours: ['ribelle', 'ribella'] })).toEqual(
      wrong('other-form'),
    );
  });

  it('a neighbour beyond the typo budget is still "other-form"', () => {
    expect(checkAnswer('kämpft', 'kämpfen', 'de', { neighbours: ['kämpft'] })).toEqual(
      wrong('other-form'),
    );
  });

  it('a three-letter word has no typo budget', () => {
    expect(checkAnswer('arn', 'arm', 'de')).toEqual(wrong('different'));
    expect(checkAnswer('am', 'arm', 'de')).toEqual(wrong('different'));
  });

  it('beyond the budget', () => {
    expect(checkAnswer('guvernu', 'governo', 'it')).toEqual(wrong('different'));
    expect(checkAnswer('Zusmenbrch', 'Zusammenbruch', 'de')).toEqual(wrong('different'));
  });

  it('a completely different word', () => {
    expect(checkAnswer('Regierung', 'Waffen', 'de')).toEqual(wrong('different'));
    expect(checkAnswer('guerra', 'crollo', 'it')).toEqual(wrong('different'));
  });

  it('empty input', () => {
    expect(checkAnswer('', 'Waffen', 'de')).toEqual(wrong('empty'));
    expect(checkAnswer('  \t ', 'Waffen', 'de')).toEqual(wrong('empty'));
  });
});

describe('typoBudget', () => {
  it('is 0 up to 3 letters, 1 up to 7, then 2', () => {
    expect(['Arm', 'Lust', 'governo', 'Konflikt'].map(typoBudget)).toEqual([0, 1, 1, 2]);
    // Only letters count.
    expect(typoBudget("dell'")).toBe(1);
    expect(typoBudget("l'a")).toBe(0);
  });
});

describe('transliterate', () => {
  it('keeps case', () => {
    expect(transliterate('Ärger über Öl, Straße, GROẞ')).toBe('Aerger ueber Oel, Strasse, GROSS');
  });
});

describe('proposeGrade and verdictTag', () => {
  it('maps wrong → Again, almost → Hard, right → Good', () => {
    expect(proposeGrade(wrong('different'))).toBe(1);
    expect(proposeGrade(accent('è'))).toBe(2);
    expect(proposeGrade({ kind: 'almost', how: 'typo', diff: [] })).toBe(2);
    expect(proposeGrade(right('transliteration'))).toBe(3);
  });

  it('tags verdicts for the review log', () => {
    expect(verdictTag(right('case'))).toBe('right:case');
    expect(verdictTag(accent('è'))).toBe('almost:accent');
    expect(verdictTag(wrong('other-form'))).toBe('wrong:other-form');
  });
});
