import { describe, expect, it } from 'vitest';
import type { LookupContext, WordInfo } from '@/lib/corpus/lexicon';
import { tokenize } from '@/lib/corpus/tokenize';
import type { Lang } from '@/lib/corpus/types';
import { loadLexicon, rankScales } from './build-lexicon';

// The research's test words (corpus-nlp.md §3), looked up in their BBC sentences.
function lookup(sentence: string, lang: Lang, word: string, otherSides: string[] = []): WordInfo {
  const lexicon = loadLexicon();
  const tokens = tokenize(sentence, lang);
  const i = tokens.findIndex((t) => t.text === word);
  expect(i, `${word} in "${sentence}"`).toBeGreaterThanOrEqual(0);
  const ctx: LookupContext = {
    lang,
    prev: tokens[i - 1],
    next: tokens[i + 1],
    sentenceStart: tokens.slice(0, i).every((t) => t.kind === 'punct'),
    otherSides,
  };
  return lexicon.lookup(tokens[i]!, ctx);
}

const DE_1 =
  'Eine Reihe von Ländern versucht Russland unter Druck zu setzen, sich vom syrischen Präsidenten Bashar al-Assad zu distanzieren.';
const DE_2 =
  'Die Geschichte reicht mindestens bis in die Zeit des Kalten Krieges zurück, als die Sowjetunion in den 1970er Jahren in Syrien an Einfluss gewann und Hilfe und Waffen lieferte.';
const IT_1 =
  'Questo arriva dopo che un sospetto attacco chimico ha ucciso 80 persone siriane in una città tenuta dai ribelli anti-Assad la scorsa settimana.';

describe('loadLexicon (real dictionaries)', () => {
  it('lemmatises German nouns with gender and number', () => {
    expect(lookup(DE_1, 'de', 'Ländern')).toMatchObject({
      lemma: 'Land',
      pos: 'noun',
      gender: 'n',
      number: 'pl',
    });
    expect(lookup(DE_2, 'de', 'Waffen')).toMatchObject({
      lemma: 'Waffe',
      pos: 'noun',
      gender: 'f',
      number: 'pl',
    });
    expect(lookup(DE_2, 'de', 'Einfluss')).toMatchObject({
      lemma: 'Einfluss',
      gender: 'm',
      number: 'sg',
    });
  });

  it('lemmatises German adjectives and verbs, and reads compounds by their head', () => {
    expect(lookup(DE_1, 'de', 'syrischen')).toMatchObject({ lemma: 'syrisch', pos: 'adj' });
    expect(lookup(DE_1, 'de', 'versucht')).toMatchObject({ lemma: 'versuchen', pos: 'verb' });
    expect(lookup(DE_2, 'de', 'gewann')).toMatchObject({ lemma: 'gewinnen', pos: 'verb' });
    expect(lookup('Er sprach mit einer Denkfabrik.', 'de', 'Denkfabrik')).toMatchObject({
      lemma: 'Denkfabrik',
      pos: 'noun',
      gender: 'f',
    });
  });

  it('keeps German names out of the nouns', () => {
    for (const name of ['Russland', 'Bashar', 'al-Assad'])
      expect(lookup(DE_1, 'de', name).pos, name).toBe('propn');
    expect(lookup(DE_2, 'de', 'Syrien').pos).toBe('propn');
    expect(lookup(DE_2, 'de', 'Kalten').pos).toBe('propn');
  });

  it('lemmatises Italian nouns and participles', () => {
    expect(lookup(IT_1, 'it', 'ribelli')).toMatchObject({
      lemma: 'ribelle',
      pos: 'noun',
      gender: 'm',
      number: 'pl',
    });
    expect(lookup(IT_1, 'it', 'persone')).toMatchObject({
      lemma: 'persona',
      gender: 'f',
      number: 'pl',
    });
    expect(lookup(IT_1, 'it', 'ucciso')).toMatchObject({ lemma: 'uccidere', pos: 'verb' });
    expect(lookup('La sua influenza è stata ridotta.', 'it', 'ridotta')).toMatchObject({
      lemma: 'ridurre',
      pos: 'verb',
    });
    expect(lookup('Sono gruppi sostenuti dalla Russia.', 'it', 'sostenuti')).toMatchObject({
      lemma: 'sostenere',
      pos: 'verb',
    });
    expect(lookup('La Russia sta cercando alleati.', 'it', 'cercando')).toMatchObject({
      lemma: 'cercare',
    });
  });

  it("reads Unione in dell'Unione Sovietica as a name, and unione as a noun", () => {
    const sentence =
      "Dopo il crollo dell'Unione Sovietica negli anni '90 la sua influenza diminuì.";
    expect(lookup(sentence, 'it', 'Unione')).toMatchObject({ lemma: 'Unione', pos: 'propn' });
    expect(lookup("Un'unione di stati.", 'it', 'unione')).toMatchObject({
      lemma: 'unione',
      pos: 'noun',
      gender: 'f',
    });
  });

  it('ranks the research words, news words higher than in subtitles alone', () => {
    const krieg = lookup('Der Krieg dauert an.', 'de', 'Krieg');
    const guerra = lookup('La guerra continua.', 'it', 'guerra');
    expect(krieg.rank).toBeGreaterThan(0);
    expect(krieg.rank).toBeLessThanOrEqual(695);
    expect(guerra.rank).toBeGreaterThan(0);
    expect(guerra.rank).toBeLessThanOrEqual(532);
    // Konflikt is rank 8638 in the subtitles list but 2181 in Wikipedia's.
    expect(lookup('Der Konflikt dauert an.', 'de', 'Konflikt').rank).toBeLessThan(8638);
    // syrischen is missing from the form lists but its lemma is ranked.
    expect(lookup(DE_1, 'de', 'syrischen').rank).toBeGreaterThan(0);
    expect(rankScales().de['zxcvbn-de-wikipedia']).toBeGreaterThan(1);
  });

  it('analyses English modestly: suffixes and the frequency list', () => {
    const sentence = 'A number of countries are trying to pressure Russia.';
    expect(lookup(sentence, 'en', 'countries')).toMatchObject({
      lemma: 'country',
      pos: 'noun',
      number: 'pl',
    });
    expect(lookup(sentence, 'en', 'trying')).toMatchObject({ lemma: 'try', pos: 'verb' });
    expect(lookup(sentence, 'en', 'pressure').pos).toBe('verb');
    expect(lookup(sentence, 'en', 'Russia').pos).toBe('propn');
  });

  it('offers word lists and a ranked vocabulary for distractors', () => {
    const lexicon = loadLexicon();
    expect(lexicon.wordList('de')).toContain('Ländern');
    expect(lexicon.wordList('it')).toContain('ribelli');
    const vocabulary = lexicon.vocabulary('de');
    expect(vocabulary.length).toBeGreaterThan(5000);
    const waffen = vocabulary.find((v) => v.text === 'Waffen');
    expect(waffen?.info).toMatchObject({ lemma: 'Waffe', pos: 'noun', gender: 'f', number: 'pl' });
    expect(vocabulary.every((v) => v.info.pos !== 'func' && v.info.pos !== 'propn')).toBe(true);
  });
});
