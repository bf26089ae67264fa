import { describe, expect, it } from 'vitest';
import type { AnalyzedToken } from './cards';
import { fragmentReason, mendQuotes, quoteMarks, unmatchedQuotes } from './fragments';
import type { Pos } from './lexicon';
import { segmentDocument } from './segment';
import { tokenize } from './tokenize';
import type { Lang } from './types';

/** Tokens with a part of speech: `verbs` are verbs, the rest nouns (enough for these rules). */
function analysed(text: string, lang: Lang, verbs: readonly string[] = []): AnalyzedToken[] {
  return tokenize(text, lang).map((token) => {
    const pos: Pos = token.kind !== 'word' ? 'other' : verbs.includes(token.text) ? 'verb' : 'noun';
    return { token, info: { lemma: token.norm, pos } };
  });
}

function reason(text: string, lang: Lang, verbs: readonly string[] = []) {
  return fragmentReason(text, analysed(text, lang, verbs), lang);
}

function mend(text: string, lang: Lang): string[] {
  return mendQuotes(segmentDocument(text, lang), text.split('\n')).map((s) => s.text);
}

describe('quoteMarks', () => {
  it('reads the German, Italian and English conventions', () => {
    const roles = (t: string) => quoteMarks(t).map((q) => `${q.mark}${q.role}`);
    expect(roles('„Ich glaube nicht, dass sie wirklich an Assad glauben.“')).toEqual([
      '„open',
      '“close',
    ]);
    expect(roles('Er sagte: »Wir kommen.« Dann ging er.')).toEqual(['»open', '«close']);
    expect(roles('il mantra occidentale «Assad deve andarsene» dimostra')).toEqual([
      '«open',
      '»close',
    ]);
    expect(roles('“Putin ha iniziato a pensare”, dice Richard Reeve.')).toEqual([
      '“open',
      '”close',
    ]);
    expect(roles('The Western mantra that “Assad must go” demonstrates')).toEqual([
      '“open',
      '”close',
    ]);
    expect(roles('Sie nannte es ‚Theater‘.')).toEqual(['‚open', '‘close']);
    expect(roles('He called it ‘theatre’, nothing more.')).toEqual(['‘open', '’close']);
    expect(roles('He said "no" twice.')).toEqual(['"open', '"close']);
  });

  it('takes apostrophes for apostrophes', () => {
    expect(unmatchedQuotes('But for now, Russia isn’t dropping its support.')).toEqual([]);
    expect(unmatchedQuotes('dopo il crollo dell’Unione Sovietica negli anni ’90')).toEqual([]);
    expect(unmatchedQuotes('several billion dollars’ worth of arms sales')).toEqual([]);
    expect(unmatchedQuotes("It's basically a theatre, isn't it?")).toEqual([]);
  });

  it('finds the marks left without a partner', () => {
    expect(unmatchedQuotes('Sie wollen sie töten.“').map((q) => q.index)).toEqual([21]);
    expect(unmatchedQuotes('Vogliono ucciderli.”').map((q) => q.role)).toEqual(['close']);
    expect(unmatchedQuotes('“They don’t want them in Russia.').map((q) => q.role)).toEqual([
      'open',
    ]);
    expect(
      unmatchedQuotes('Prof Light dice: “Assad stava vincendo la guerra senza.').map(
        (q) => q.index,
      ),
    ).toEqual([17]);
    expect(unmatchedQuotes('Sie sagt, dass „der Nahe Osten näher steht“.')).toEqual([]);
  });
});

describe('mendQuotes', () => {
  it('joins the sentences of one quotation into one unit (BBC line 40, all three languages)', () => {
    expect(mend('„Sie wollen sie nicht in Russland haben. Sie wollen sie töten.“', 'de')).toEqual([
      '„Sie wollen sie nicht in Russland haben. Sie wollen sie töten.“',
    ]);
    expect(mend('“Non li vogliono in Russia. Vogliono ucciderli.”', 'it')).toEqual([
      '“Non li vogliono in Russia. Vogliono ucciderli.”',
    ]);
    expect(mend('“They don’t want them in Russia. They want to kill them.”', 'en')).toEqual([
      '“They don’t want them in Russia. They want to kill them.”',
    ]);
  });

  it('keeps a quotation and the sentence after it apart', () => {
    expect(mend('Er sagte: „Wir kommen. Morgen früh.“ Dann ging er nach Hause.', 'de')).toEqual([
      'Er sagte: „Wir kommen. Morgen früh.“',
      'Dann ging er nach Hause.',
    ]);
    expect(mend('«Siamo pronti» ha detto. Il voto è domani.', 'it')).toEqual([
      '«Siamo pronti» ha detto.',
      'Il voto è domani.',
    ]);
  });

  it('trims the opening mark of a quotation that runs on into the next paragraph (BBC line 29)', () => {
    expect(
      mend(
        '„Das gibt den Militärs echte Kriegserfahrung – und es sendet eine Botschaft an den Rest der Welt.\n„Außerdem zeigt es potenziellen Kunden diese Waffen in Aktion.“',
        'de',
      ),
    ).toEqual([
      'Das gibt den Militärs echte Kriegserfahrung – und es sendet eine Botschaft an den Rest der Welt.',
      '„Außerdem zeigt es potenziellen Kunden diese Waffen in Aktion.“',
    ]);
    expect(
      mend(
        '“It’s probably quite embarrassing for the Russians that the Syrians have used chemical weapons.',
        'en',
      ),
    ).toEqual([
      'It’s probably quite embarrassing for the Russians that the Syrians have used chemical weapons.',
    ]);
  });

  it('never joins across lines, and trims a closing mark left alone', () => {
    expect(mend('„Wir kommen.\nMorgen sind wir da.“', 'de')).toEqual([
      'Wir kommen.',
      'Morgen sind wir da.',
    ]);
    expect(mend('Lo ha detto lui.» Poi è uscito.', 'it')).toEqual([
      'Lo ha detto lui.',
      'Poi è uscito.',
    ]);
  });

  it('leaves a quotation of more than four sentences split, trimming its ends', () => {
    const speech = '“One. Two is here. Three is here. Four is here. Five is here.”';
    const out = mend(speech, 'en');
    expect(out).toHaveLength(5);
    expect(out[0]).toBe('One.');
    expect(out[4]).toBe('Five is here.');
  });

  it('records what it repaired', () => {
    const text =
      '„Sie wollen sie nicht in Russland haben. Sie wollen sie töten.“\n„Weiter geht es.';
    const repairs = mendQuotes(segmentDocument(text, 'de'), text.split('\n')).map(
      (s) => s.repairs ?? [],
    );
    expect(repairs).toEqual([['quote:joined'], ['quote:trimmed']]);
  });
});

describe('fragmentReason', () => {
  it('finds the cut-off Italian sentence of the BBC article, not its translations', () => {
    expect(
      reason('Prof Light dice: “Assad stava vincendo la guerra senza.', 'it', [
        'stava',
        'vincendo',
      ]),
    ).toBe('fragment:cut-off');
    expect(
      reason('Prof. Light sagt: „Assad hat den Krieg auch ohne diese Waffen gewonnen.“', 'de'),
    ).toBeNull();
    expect(
      reason('Prof Light says: “Assad was winning the war even without these weapons.”', 'en'),
    ).toBeNull();
  });

  it('finds sentences cut off after an article, conjunction or preposition', () => {
    expect(reason('Der Minister unterschrieb den Vertrag mit der.', 'de')).toBe('fragment:cut-off');
    expect(reason('Il ministro ha parlato a lungo della.', 'it')).toBe('fragment:cut-off');
    expect(reason('The minister signed the treaty and.', 'en')).toBe('fragment:cut-off');
    expect(reason('She said: “We will win this war without.', 'en')).toBe('fragment:cut-off');
    expect(reason('Er sagte: „Wir greifen morgen an und.', 'de')).toBe('fragment:cut-off');
    expect(reason('Der Minister sagte,', 'de')).toBe('fragment:cut-off');
  });

  it('keeps sentences that may end in a particle or preposition', () => {
    expect(reason('Aber in der Praxis greifen sie auch andere Rebellen an.', 'de')).toBeNull();
    expect(reason('Er kommt morgen mit.', 'de')).toBeNull();
    expect(reason('What are they fighting for?', 'en')).toBeNull();
    expect(reason('Sono tutti contro.', 'it')).toBeNull();
    expect(reason('Die wichtigsten Seiten im syrischen Konflikt sind:', 'de')).toBeNull();
  });

  it('leaves out the BBC list items that are noun phrases, in all three languages', () => {
    expect(
      reason(
        '- die offizielle syrische Armee von Präsident Assad (die von Russland militärisch unterstützt wird)',
        'de',
        ['unterstützt'],
      ),
    ).toBe('fragment:list-item');
    expect(reason('- der so genannte Islamische Staat (IS)', 'de')).toBe('fragment:list-item');
    expect(
      reason(
        '- L’esercito ufficiale siriano del presidente Assad (che riceve l’appoggio militare della Russia)',
        'it',
        ['riceve'],
      ),
    ).toBe('fragment:list-item');
    expect(reason('- Il cosiddetto Stato Islamico (IS)', 'it')).toBe('fragment:list-item');
    expect(
      reason(
        '- President Assad’s official Syrian army (which is backed militarily by Russia)',
        'en',
        ['backed'],
      ),
    ).toBe('fragment:list-item');
    expect(reason('- the so-called Islamic State (IS)', 'en')).toBe('fragment:list-item');
  });

  it('keeps the BBC list item that is a clause', () => {
    expect(
      reason(
        '- andere syrische Rebellen: Das sind viele verschiedene Gruppen mit unterschiedlichen Zielen, darunter einige Gruppen, die von al-Qaida unterstützt werden',
        'de',
      ),
    ).toBeNull();
    expect(
      reason(
        '- Altri ribelli siriani: questi sono un sacco di gruppi diversi con obiettivi diversi',
        'it',
      ),
    ).toBeNull();
    expect(
      reason(
        '- other Syrian rebels: these are lots of different groups with different aims, including some groups backed by al-Qaeda',
        'en',
        ['backed'],
      ),
    ).toBeNull();
  });

  it('reads list items of its own: finite verbs make a clause, relative clauses and infinitives do not', () => {
    expect(reason('- Die Regierung tritt zurück', 'de', ['tritt'])).toBeNull();
    expect(reason('- Die Rebellen greifen die Stadt an', 'de', ['greifen'])).toBeNull();
    expect(reason('- höhere Steuern für Reiche', 'de')).toBe('fragment:list-item');
    expect(reason('- um gegen den IS zu kämpfen', 'de', ['kämpfen'])).toBe('fragment:list-item');
    expect(reason('- Gespräche wieder aufnehmen', 'de', ['aufnehmen'])).toBe('fragment:list-item');
    expect(reason('- Il governo cade', 'it', ['cade'])).toBeNull();
    expect(reason('- aumentare le tasse sui più ricchi', 'it', ['aumentare'])).toBe(
      'fragment:list-item',
    );
    expect(reason('- gruppi che sono sostenuti dall’Occidente', 'it', ['sostenuti'])).toBe(
      'fragment:list-item',
    );
    expect(reason('- The government falls', 'en', ['falls'])).toBeNull();
    expect(reason('- groups that are backed by the West', 'en', ['backed'])).toBe(
      'fragment:list-item',
    );
    expect(reason('1. Higher taxes for the rich', 'en')).toBe('fragment:list-item');
  });

  it('names a quote mark still unmatched inside a sentence', () => {
    expect(reason('Er sagte: „Wir kommen morgen und bleiben lange.', 'de')).toBe('quote:dangling');
    expect(reason('Ha detto: «Restiamo qui per sempre.', 'it')).toBe('quote:dangling');
    expect(
      reason('„Sie wollen sie nicht in Russland haben. Sie wollen sie töten.“', 'de'),
    ).toBeNull();
  });
});
