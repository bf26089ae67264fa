import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  normalizeAnswer,
  proposeGrade,
  transliterate,
  typoBudget,
  verdictTag,
  spellingVariants,
  type Verdict,
} from './check';

const right = (how: 'exact' | 'case' | 'transliteration' | 'variant'): Verdict => ({
  kind: 'right',
  how,
});
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
});

describe('checkAnswer: spelling variants', () => {
  it('takes the German genitive with -s or -es (Kriegs for Krieges, BBC)', () => {
    expect(checkAnswer('Kriegs', 'Krieges', 'de', { neighbours: ['Kriegs', 'Kriege'] })).toEqual(
      right('variant'),
    );
    expect(checkAnswer('Landes', 'Lands', 'de')).toEqual(right('variant'));
    expect(checkAnswer('einflusses', 'Einflusses', 'de')).not.toEqual(right('variant'));
  });

  it('does not take a nominative in -s for a genitive (Kurs is not Kurses)', () => {
    expect(checkAnswer('Kurses', 'Kurs', 'de', { neighbours: ['Kurses'] })).toEqual(
      wrong('other-form'),
    );
    expect(checkAnswer('gutes', 'guts', 'de')).not.toEqual(right('variant'));
  });

  it('takes Duden variants (Webseite for Website, CNN) and British or American English', () => {
    expect(checkAnswer('Webseite', 'Website', 'de')).toEqual(right('variant'));
    expect(checkAnswer('Websites', 'Webseiten', 'de')).toEqual(right('variant'));
    expect(checkAnswer('Foto', 'Photo', 'de')).toEqual(right('variant'));
    expect(checkAnswer('theater', 'theatre', 'en')).toEqual(right('variant'));
    expect(checkAnswer('defense', 'defence', 'en')).toEqual(right('variant'));
    expect(checkAnswer('organized', 'organised', 'en')).toEqual(right('variant'));
    expect(checkAnswer('colour', 'color', 'en')).toEqual(right('variant'));
    expect(checkAnswer('behavior', 'behaviour', 'en')).toEqual(right('variant'));
    expect(checkAnswer('for', 'four', 'en')).not.toEqual(right('variant'));
  });

  it('lists the variants of a word', () => {
    expect(spellingVariants('Krieges', 'de')).toEqual(['kriegs']);
    expect(spellingVariants('Webseite', 'de')).toEqual(['website']);
    expect(spellingVariants('Hauses', 'de')).toEqual([]);
    expect(spellingVariants('guerra', 'it')).toEqual([]);
  });
});

describe('checkAnswer: synonyms', () => {
  const synonym = (alternative: string): Verdict => ({ kind: 'synonym', alternative });

  it('calls a typed alternative a synonym (CNN: Abmachung for Vereinbarung)', () => {
    const opts = { alternatives: ['Abmachung', 'Einigung'] };
    expect(checkAnswer('Abmachung', 'Vereinbarung', 'de', opts)).toEqual(synonym('Abmachung'));
    expect(checkAnswer('einigung', 'Vereinbarung', 'de', opts)).toEqual(synonym('Einigung'));
  });

  it('in every language, with the same spelling tolerance', () => {
    expect(
      checkAnswer('verschiedenen', 'unterschiedlichen', 'de', {
        alternatives: ['verschiedenen'],
      }),
    ).toEqual(synonym('verschiedenen'));
    expect(checkAnswer('Groesse', 'Ausmaß', 'de', { alternatives: ['Größe'] })).toEqual(
      synonym('Größe'),
    );
    expect(checkAnswer('veramente', 'davvero', 'it', { alternatives: ['veramente'] })).toEqual(
      synonym('veramente'),
    );
    expect(checkAnswer('Area', 'region', 'en', { alternatives: ['area'] })).toEqual(
      synonym('area'),
    );
  });

  it('prefers the expected answer, and a synonym over a neighbour', () => {
    expect(checkAnswer('Krieg', 'Krieg', 'de', { alternatives: ['Kriege'] })).toEqual(
      right('exact'),
    );
    expect(
      checkAnswer('Staaten', 'Ländern', 'de', {
        alternatives: ['Staaten'],
        neighbours: ['Staaten'],
      }),
    ).toEqual(synonym('Staaten'));
  });

  it('does not take a slip in a synonym for the synonym', () => {
    expect(checkAnswer('Abmachnug', 'Vereinbarung', 'de', { alternatives: ['Abmachung'] })).toEqual(
      wrong('different'),
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

  it('proposes Good or, by the setting, Hard for a synonym, never Again', () => {
    const v: Verdict = { kind: 'synonym', alternative: 'Abmachung' };
    expect(proposeGrade(v)).toBe(3);
    expect(proposeGrade(v, { synonym: 2 })).toBe(2);
    expect(proposeGrade(v, { synonym: 3 })).toBe(3);
    expect(verdictTag(v)).toBe('synonym');
  });

  it('tags verdicts for the review log', () => {
    expect(verdictTag(right('case'))).toBe('right:case');
    expect(verdictTag(accent('è'))).toBe('almost:accent');
    expect(verdictTag(wrong('other-form'))).toBe('wrong:other-form');
  });
});
