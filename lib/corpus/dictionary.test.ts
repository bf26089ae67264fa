import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GERMAN_GENDER_FIXES } from './dictionary';
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
