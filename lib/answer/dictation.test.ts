import { describe, expect, it } from 'vitest';
import { dictationTag, dictationWords, gradeDictation } from './dictation';

const kinds = (typed: string, sentence: string, lang: 'de' | 'it' | 'en') =>
  gradeDictation(typed, sentence, lang).words.map((w) => w.kind);

describe('dictationWords', () => {
  it('drops punctuation, keeps internal apostrophes and hyphens', () => {
    expect(dictationWords('„Das ist gut“, sagte er.', 'de')).toEqual([
      'Das',
      'ist',
      'gut',
      'sagte',
      'er',
    ]);
    expect(dictationWords("Don't stop the E-Mail!", 'en')).toEqual([
      "Don't",
      'stop',
      'the',
      'E-Mail',
    ]);
  });

  it('splits Italian elisions after the apostrophe', () => {
    expect(dictationWords("L’anno dell'Unione.", 'it')).toEqual(["L'", 'anno', "dell'", 'Unione']);
    expect(dictationWords("l' anno", 'it')).toEqual(["l'", 'anno']);
  });
});

describe('gradeDictation', () => {
  it('German: case, punctuation and ae/oe/ue are ignored; a full match proposes Good', () => {
    const r = gradeDictation(
      'die regierung muss handeln und wuerde es tun',
      'Die Regierung muss handeln, und würde es tun.',
      'de',
    );
    expect(r.words.every((w) => w.kind === 'right')).toBe(true);
    expect(r.share).toBe(1);
    expect(r.proposed).toBe(3);
    expect(dictationTag(r)).toBe('dictation:8/8');
  });

  it('German: a missing word, a typo and a wrong word each in their place', () => {
    expect(kinds('Die Regirung hat handeln', 'Die Regierung muss jetzt handeln.', 'de')).toEqual([
      'right',
      'almost',
      'wrong',
      'missing',
      'right',
    ]);
  });

  it('Italian: a missing accent is almost; a split elision lines up', () => {
    const r = gradeDictation("l' anno e stato difficile", "L'anno è stato difficile.", 'it');
    expect(r.words.map((w) => w.kind)).toEqual(['right', 'right', 'almost', 'right', 'right']);
    expect(r.share).toBeCloseTo(4.5 / 5);
    expect(r.proposed).toBe(2);
  });

  it('English: an extra word is marked extra and counts against the share', () => {
    const r = gradeDictation('The the minister said no', 'The minister said no.', 'en');
    expect(r.words.map((w) => w.kind)).toEqual(['right', 'extra', 'right', 'right', 'right']);
    expect(r.share).toBeCloseTo(4 / 5);
    expect(r.proposed).toBe(2);
    expect(dictationTag(r)).toBe('dictation:4/4');
  });

  it('English: British and American spellings are both right', () => {
    expect(gradeDictation('the theater opened', 'The theatre opened.', 'en').proposed).toBe(3);
  });

  it('proposes Again below three quarters, and for an empty answer', () => {
    expect(gradeDictation('The said', 'The minister said no.', 'en').proposed).toBe(1);
    const empty = gradeDictation('', 'The minister said no.', 'en');
    expect(empty.words.map((w) => w.kind)).toEqual(['missing', 'missing', 'missing', 'missing']);
    expect(empty.share).toBe(0);
    expect(empty.proposed).toBe(1);
  });

  it('an unrelated word is not forced onto a sentence word when a gap fits better', () => {
    expect(kinds('Er kommt morgen heute', 'Er kommt heute', 'de')).toEqual([
      'right',
      'right',
      'extra',
      'right',
    ]);
  });
});
