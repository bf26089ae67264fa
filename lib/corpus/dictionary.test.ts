import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GERMAN_GENDER_FIXES, italianGenderFix } from './dictionary';
import { dictionaryFromFiles, lexiconFilePath } from './lexicon-file';

// The committed German lexicon, as the build and the Worker read it.
const dict = dictionaryFromFiles({
  de: readFileSync(join(__dirname, '..', '..', 'public', lexiconFilePath('de')), 'utf8'),
});
const noun = (form: string) => dict.analyse('de', form).find((a) => a.pos === 'noun');

describe('German noun readings the tables get wrong (issue 10, second round)', () => {
  it('reads a common noun’s plural before a homograph lemma', () => {
    // BBC "Einige russische [Muslime]": Muslim's plural, not the old feminine Muslime.
    expect(noun('Muslime')).toMatchObject({ lemma: 'Muslim', gender: 'm', number: 'pl' });
    // CNN "einfache [Fragen] des Zugangs", BBC "sich [Sorgen] machen": not das Fragen, das Sorgen.
    expect(noun('Fragen')).toMatchObject({ lemma: 'Frage', gender: 'f', number: 'pl' });
    expect(noun('Sorgen')).toMatchObject({ lemma: 'Sorge', gender: 'f', number: 'pl' });
    // New: a noun that is no plural of another keeps its reading (das Essen).
    expect(noun('Essen')).toMatchObject({ lemma: 'Essen', gender: 'n', number: 'sg' });
  });

  it('gives Ebene, Moment and Teil the gender of their common sense', () => {
    // CNN "auf diplomatischer [Ebene]", BBC "im [Moment]", BBC "zum [Teil]".
    expect(noun('Ebene')).toMatchObject({ gender: 'f', number: 'sg' });
    expect(noun('Ebenen')).toMatchObject({ gender: 'f', number: 'pl' });
    expect(noun('Moment')).toMatchObject({ gender: 'm' });
    expect(noun('Teil')).toMatchObject({ gender: 'm' });
    // New: a noun the list does not name keeps the tables' gender (die Situation).
    expect(noun('Situation')).toMatchObject({ gender: 'f' });
    expect([...GERMAN_GENDER_FIXES.keys()]).toEqual(['Ebene', 'Moment', 'Teil']);
  });
});

// Loaded once for the issue-10 (third round) cases below.
const both = dictionaryFromFiles({
  de: readFileSync(join(__dirname, '..', '..', 'public', lexiconFilePath('de')), 'utf8'),
  it: readFileSync(join(__dirname, '..', '..', 'public', lexiconFilePath('it')), 'utf8'),
});
const vocabNoun = (lang: 'de' | 'it', text: string) =>
  both.vocabulary(lang).find((v) => v.text === text && v.info.pos === 'noun');

describe('Italian genders and nominalised adjectives (issue 10, third round)', () => {
  it('makes nouns in -zione and -sione feminine', () => {
    // BBC "mostra queste armi in [azione]": Morph-it had it masculine.
    const itNoun = (form: string) => both.analyse('it', form).find((a) => a.pos === 'noun');
    expect(itNoun('azione')).toMatchObject({ lemma: 'azione', gender: 'f', number: 'sg' });
    expect(itNoun('azioni')).toMatchObject({ gender: 'f', number: 'pl' });
    // New: missione, and a masculine -one noun that is no -zione (milione) is left alone.
    expect(itNoun('missione')).toMatchObject({ gender: 'f' });
    expect(itNoun('milione')).toMatchObject({ gender: 'm' });
    expect(italianGenderFix('posizione')).toBe('f');
    expect(italianGenderFix('milione')).toBeUndefined();
  });

  it('offers no adjective as a noun in the vocabulary', () => {
    // CNN "su semplici questioni": semplici was offered for the nouns minimi and argomenti.
    expect(vocabNoun('it', 'semplici')).toBeUndefined();
    expect(vocabNoun('it', 'semplice')).toBeUndefined();
    // BBC "im Nahen Osten": die Mittleren was offered for a noun.
    expect(vocabNoun('de', 'Mittleren')).toBeUndefined();
    // New: plain nouns stay, Arme (Arm) too, though arme is an adjective.
    expect(vocabNoun('it', 'guerra')).toBeDefined();
    expect(vocabNoun('de', 'Arme')).toMatchObject({ info: { lemma: 'Arm' } });
  });
});
