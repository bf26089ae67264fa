import { describe, expect, it } from 'vitest';
import { isGermanFixedPhraseVerb } from './idiom';
import { tokenize } from './tokenize';

function check(text: string, word: string, lemma: string): boolean {
  const tokens = tokenize(text, 'de');
  const index = tokens.findIndex((t) => t.text === word);
  expect(index).toBeGreaterThanOrEqual(0);
  return isGermanFixedPhraseVerb(tokens, index, lemma);
}

describe('German fixed phrases (issue 10, third round)', () => {
  it('finds the light verb of daran liegen and als … dastehen (from the articles)', () => {
    expect(
      check(
        'Sie vermutet, dass dies zum Teil daran liegen könnte, dass man sich Sorgen macht.',
        'liegen',
        'liegen',
      ),
    ).toBe(true);
    expect(
      check(
        'Oder war es bloß ein diplomatischer Coup, um an der Seite der USA als Friedensvermittler dazustehen?',
        'dazustehen',
        'dastehen',
      ),
    ).toBe(true);
  });

  it('finds es geht um, and leaves a full verb or a light verb without a phrase alone', () => {
    expect(check('Es geht um die Zukunft des Landes.', 'geht', 'gehen')).toBe(true);
    expect(check('Sie wollen sie töten.', 'töten', 'töten')).toBe(false);
    expect(check('Die Stadt liegen am Fluss.', 'liegen', 'liegen')).toBe(false);
    // A pronominal adverb in another clause does not make the phrase.
    expect(check('Er denkt daran, dass die Truppen gehen.', 'gehen', 'gehen')).toBe(false);
  });
});
