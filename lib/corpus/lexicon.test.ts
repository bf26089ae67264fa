import { describe, expect, it } from 'vitest';
import { isFunctionWord } from './function-words';
import { echoedInOtherSides } from './lexicon';
import { analyse, fakeLexicon } from './lexicon.fixture';
import type { Lang } from './types';

function readings(sentence: string, lang: Lang, otherSides: readonly string[] = []) {
  const { tokens, infos } = analyse(fakeLexicon(), sentence, lang, otherSides);
  return Object.fromEntries(tokens.map((t, i) => [t.text, infos[i]!]));
}

describe('function words', () => {
  it('lists contracted prepositions, auxiliaries and negation', () => {
    for (const w of ['im', 'vom', 'zum', 'zur', 'wurde', 'muss', 'nicht', 'auch']) {
      expect(isFunctionWord(w, 'de'), w).toBe(true);
    }
    for (const w of ["dell'", "nell'", 'della', 'nel', 'ha', 'non', 'anche']) {
      expect(isFunctionWord(w, 'it'), w).toBe(true);
    }
    for (const w of ['not', 'also', 'the', 'would', "isn't"])
      expect(isFunctionWord(w, 'en'), w).toBe(true);
  });

  it('leaves content words to the lexicon, unlike stopword lists', () => {
    for (const w of ['jahr', 'menschen', 'zeit', 'sagte'])
      expect(isFunctionWord(w, 'de'), w).toBe(false);
    for (const w of ['anni', 'paese', 'persone']) expect(isFunctionWord(w, 'it'), w).toBe(false);
  });
});

describe('lookup', () => {
  it('tags numbers, function words and names in a German sentence', () => {
    const r = readings(
      'Im Jahr 2000 wurde Wladimir Putin Präsident von Russland und Baschar al-Assad Präsident von Syrien.',
      'de',
    );
    expect(r['Im']?.pos).toBe('func');
    expect(r['2000']?.pos).toBe('num');
    expect(r['wurde']?.pos).toBe('func');
    for (const name of ['Wladimir', 'Putin', 'Russland', 'Baschar', 'al-Assad', 'Syrien']) {
      expect(r[name]?.pos, name).toBe('propn');
    }
    expect(r['Jahr']).toEqual({
      lemma: 'Jahr',
      pos: 'noun',
      gender: 'n',
      number: 'sg',
      rank: 50,
      certainty: 'sure',
      evidence: 'dictionary',
    });
    expect(r['Präsident']).toMatchObject({ lemma: 'Präsident', pos: 'noun', gender: 'm' });
  });

  it('reads a capitalised adjective and its noun as a name (Kalten Krieges)', () => {
    const r = readings('Die Zeit des Kalten Krieges.', 'de');
    expect(r['Kalten']?.pos).toBe('propn');
    expect(r['Krieges']).toMatchObject({ pos: 'propn', evidence: 'name head' });
    // A sentence's first word is capitalised anyway: Krieg there is a plain noun.
    expect(readings('Kalten Krieges wegen.', 'de')['Krieges']).toMatchObject({
      lemma: 'Krieg',
      pos: 'noun',
    });
  });

  it('falls back to the lemma rank and guesses adverbs among unknown lower-case words', () => {
    const r = readings('Die Geschichte reicht mindestens bis in die Zeit zurück.', 'de');
    expect(r['reicht']).toMatchObject({
      lemma: 'reichen',
      pos: 'verb',
      rank: 710,
      certainty: 'sure',
    });
    expect(r['mindestens']).toMatchObject({
      lemma: 'mindestens',
      pos: 'adv',
      rank: 2038,
      certainty: 'guess',
    });
  });

  it('spots a dictionary word used as a name through the translations (Light)', () => {
    const alone = readings('Das sagt Margot Light.', 'de');
    expect(alone['Light']?.pos).toBe('noun');
    const aligned = readings('Das sagt Margot Light.', 'de', [
      'Lo dice Margot Light.',
      'So says Margot Light.',
    ]);
    expect(aligned['Light']?.pos).toBe('propn');
  });

  it('uses context in Italian: articles, participles, post-nominal adjectives', () => {
    const r = readings(
      'Questo arriva dopo che un sospetto attacco chimico ha ucciso 80 persone siriane in una città tenuta dai ribelli anti-Assad la scorsa settimana.',
      'it',
    );
    expect(r['sospetto']?.pos).toBe('adj');
    expect(r['attacco']).toMatchObject({ lemma: 'attacco', pos: 'noun', gender: 'm' });
    expect(r['chimico']?.pos).toBe('adj');
    expect(r['ucciso']).toMatchObject({ lemma: 'uccidere', pos: 'verb' });
    expect(r['siriane']).toMatchObject({ lemma: 'siriano', pos: 'adj' });
    expect(r['città']).toMatchObject({ pos: 'noun', number: 'sg' });
    expect(r['tenuta']).toMatchObject({ lemma: 'tenere', pos: 'verb' });
    expect(r['ribelli']).toMatchObject({
      lemma: 'ribelle',
      pos: 'noun',
      gender: 'm',
      number: 'pl',
    });
    expect(r['anti-Assad']?.pos).toBe('propn');
    expect(r['scorsa']?.pos).toBe('adj');
    expect(r['80']?.pos).toBe('num');
  });

  it('treats capitalised words inside an Italian sentence as names', () => {
    const r = readings("Il crollo dell'Unione Sovietica negli anni '90.", 'it');
    expect(r['Unione']).toMatchObject({ lemma: 'Unione', pos: 'propn' });
    expect(r["dell'"]?.pos).toBe('func');
  });
});

describe('echoedInOtherSides', () => {
  it('needs three letters and a capital on both sides', () => {
    expect(echoedInOtherSides('Assad', ['Il presidente Assad'], false)).toBe(true);
    expect(echoedInOtherSides('Assad', ['il presidente assad'], false)).toBe(false);
    expect(echoedInOtherSides('IS', ['lo Stato Islamico (IS)'], false)).toBe(false);
  });

  it('asks more of words the dictionary knows (German nouns, first words)', () => {
    // "Moment" starts the English sentence: no evidence that the German noun is a name.
    expect(echoedInOtherSides('Moment', ['Moment by moment.', 'Al momento.'], true)).toBe(false);
    expect(echoedInOtherSides('Light', ['says Margot Light', 'dice Margot Light'], true)).toBe(
      true,
    );
  });
});
