/**
 * Word facts in context on the shipped lexicon files and the English tagger, as the
 * corpus build and the import Worker use them: sentences of both articles and new ones.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexiconFiles } from '@/scripts/lexicon/lexicon-files';
import { chooseClozes } from './cloze';
import { glossInContext } from './glossary';
import { certaintyCounts, type Lexicon, type WordInfo } from './lexicon';
import { analyzeArticle, analyzeSentence } from './pipeline';
import { articleId, type Lang } from './types';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexiconFiles(process.cwd());
}, 60_000);

function facts(
  sentence: string,
  lang: Lang,
  otherSides: readonly string[] = [],
): Record<string, WordInfo> {
  const out: Record<string, WordInfo> = {};
  for (const { token, info } of analyzeSentence(lexicon, sentence, lang, otherSides)) {
    out[token.text] ??= info;
  }
  return out;
}

function clozed(sentence: string, lang: Lang, otherSides: readonly string[] = []): string[] {
  const analyzed = analyzeSentence(lexicon, sentence, lang, otherSides);
  return chooseClozes(
    analyzed.map((a) => a.token),
    analyzed.map((a) => a.info),
    { max: Infinity },
  ).map((i) => analyzed[i]!.token.text);
}

describe('English facts from the tagger', () => {
  it('reads verbs after a subject and an auxiliary as verbs (BBC)', () => {
    const r = facts(
      'She also says that “the Middle East is closer to Russia than it is to us or the US”.',
      'en',
    );
    expect(r['says']).toMatchObject({ lemma: 'say', pos: 'verb', certainty: 'sure' });
    const g = facts(
      'Some Russian Muslims have gone to Syria to fight for IS and other anti-Assad forces.',
      'en',
    );
    expect(g['gone']).toMatchObject({ lemma: 'go', pos: 'verb' });
    expect(g['forces']).toMatchObject({ lemma: 'force', pos: 'noun', number: 'pl' });
  });

  it('keeps a name at the start of a sentence out of the clozes (CNN)', () => {
    const sentence = 'Russia is angry that the US has not fulfilled its part of the deal.';
    expect(facts(sentence, 'en')['Russia']?.pos).toBe('propn');
    expect(clozed(sentence, 'en')).not.toContain('Russia');
  });

  it('undoes inflection only, not spelling (theatre, became, dramatically)', () => {
    const r = facts('It’s basically a theatre, and support became stronger dramatically.', 'en');
    expect(r['theatre']).toMatchObject({ lemma: 'theatre', pos: 'noun', number: 'sg' });
    expect(r['became']).toMatchObject({ lemma: 'become', pos: 'verb' });
    expect(r['dramatically']).toMatchObject({ lemma: 'dramatically', pos: 'adv' });
  });

  it('tags a sentence of its own', () => {
    const r = facts('The committee quickly approved the new budget on Monday.', 'en');
    expect(r['approved']).toMatchObject({ lemma: 'approve', pos: 'verb', certainty: 'sure' });
    expect(r['quickly']).toMatchObject({ pos: 'adv' });
    expect(r['budget']).toMatchObject({ lemma: 'budget', pos: 'noun', number: 'sg' });
    expect(r['Monday']?.pos).toBe('propn');
  });
});

describe('English tag slips fixed by rule (english-tagger.ts)', () => {
  it('reads a participle after a degree word or before a noun as an adjective (BBC, CNN)', () => {
    const bbc = facts(
      'The first thing to say is that the situation is extremely complicated; it’s not as simple as one side against another.',
      'en',
    );
    expect(bbc['complicated']).toMatchObject({ lemma: 'complicated', pos: 'adj' });
    expect(
      facts('“They are very worried about them coming back to Russia.”', 'en')['worried'],
    ).toMatchObject({ lemma: 'worried', pos: 'adj' });
    const cnn = facts(
      'What exactly happened with the attacked humanitarian convoy is not completely clear.',
      'en',
    );
    expect(cnn['attacked']).toMatchObject({ lemma: 'attacked', pos: 'adj' });
    expect(
      facts(
        'Russia has really been able to test the capabilities of its newly expanded military.',
        'en',
      )['expanded'],
    ).toMatchObject({ pos: 'adj' });
    // New: a participle in a verb phrase stays a verb.
    const verbs = facts(
      'But in practice they are also attacking other rebels, backed by the West.',
      'en',
    );
    expect(verbs['attacking']).toMatchObject({ lemma: 'attack', pos: 'verb' });
    expect(verbs['backed']).toMatchObject({ lemma: 'back', pos: 'verb' });
  });

  it('fixes intent, likely, earlier and closer by their context (CNN, BBC, new)', () => {
    const intent = facts(
      'With sanctions on the table, Russia will now be more intent than ever on not losing ground.',
      'en',
    );
    expect(intent['intent']).toMatchObject({ lemma: 'intent', pos: 'adj' });
    expect(
      facts('It will most likely be up to the US to open the door.', 'en')['likely'],
    ).toMatchObject({
      pos: 'adv',
    });
    expect(
      facts(
        'Russia’s ties with Syria began to strengthen because of their earlier Cold War relationship.',
        'en',
      )['earlier'],
    ).toMatchObject({ lemma: 'early', pos: 'adj' });
    expect(
      facts('She says that the Middle East is closer to Russia than it is to us.', 'en')['closer'],
    ).toMatchObject({ lemma: 'close', pos: 'adj' });
    // New: the noun intent keeps its tag; likely before a noun stays an adjective.
    expect(facts('The intent of the law was clear.', 'en')['intent']).toMatchObject({
      pos: 'noun',
    });
    expect(facts('The likely outcome is a long war.', 'en')['likely']).toMatchObject({
      pos: 'adj',
    });
  });

  it('reads the military as a noun and wishes to as a verb (BBC, CNN, new)', () => {
    const military = facts('In the mid-2000s Putin began to build up the Russian military.', 'en')[
      'military'
    ];
    expect(military).toMatchObject({ lemma: 'military', pos: 'noun' });
    // Before a noun it stays the adjective (BBC "a capable, modern military player").
    expect(facts('Russia is a modern military player.', 'en')['military']).toMatchObject({
      pos: 'adj',
    });
    const wishes = facts(
      'Russia has picked up on the West’s hypocrisy and wishes to challenge it.',
      'en',
    )['wishes'];
    expect(wishes).toMatchObject({ lemma: 'wish', pos: 'verb' });
    // New: a possessive before it keeps the noun (his plans to build a wall).
    expect(facts('They know his plans to build a wall.', 'en')['plans']).toMatchObject({
      pos: 'noun',
    });
  });

  it('leaves according to, mid- and arms sales out of the slips (BBC, CNN)', () => {
    const s = 'Those customers, according to Richard Reeve, could include future governments.';
    expect(clozed(s, 'en')).not.toContain('according');
    expect(clozed('In the mid-2000s Putin began to build up the army.', 'en')).not.toContain('mid');
    const arms = facts('Russia had several billion dollars’ worth of arms sales to Libya.', 'en');
    expect(arms['arms']).toMatchObject({ lemma: 'arms', pos: 'noun' });
    expect(facts('Russia’s role on the world stage', 'en')['world']).toMatchObject({ pos: 'noun' });
    // New: a body's arms stay arm.
    expect(facts('She raised her arms above her head.', 'en')['arms']).toMatchObject({
      lemma: 'arm',
    });
  });
});

describe('German separable verbs', () => {
  it('joins the clause-final particle to the lemma and never blanks the particle (BBC)', () => {
    const s =
      'Aber in der Praxis greifen sie auch andere Anti-Assad-Rebellen an, von denen einige auch vom Westen unterstützt werden.';
    const r = facts(s, 'de');
    expect(r['greifen']).toMatchObject({
      lemma: 'angreifen',
      pos: 'verb',
      certainty: 'sure',
      separable: { particle: 'an', joined: false },
    });
    const z = facts(
      'Aber nach dem Zusammenbruch der Sowjetunion in den 1990er Jahren ging ihr Einfluss in Syrien zurück.',
      'de',
    );
    expect(z['ging']).toMatchObject({
      lemma: 'zurückgehen',
      separable: { particle: 'zurück', joined: false },
    });
    expect(z['zurück']).toMatchObject({ pos: 'func' });
  });

  it('does not blank a particle alone (CNN: liegen … auseinander)', () => {
    const s =
      'Die Vorstellungen beider Seiten darüber, wie in Syrien Krieg zu führen sei, liegen zu weit auseinander – mit der Folge, dass die USA die Verbindungen gekappt haben.';
    expect(clozed(s, 'de')).not.toContain('auseinander');
    // The tables lack auseinanderliegen: the lemma is built, and not sure enough to blank.
    expect(facts(s, 'de')['liegen']).toMatchObject({
      lemma: 'auseinanderliegen',
      certainty: 'likely',
    });
    expect(facts(s, 'de')['auseinander']).toMatchObject({
      pos: 'func',
      evidence: 'particle of auseinanderliegen',
    });
  });

  it('reads joined forms in a subordinate clause, and says the particle is joined', () => {
    const r = facts('Er fragte, warum sie so spät herkam und was sie ansieht.', 'de');
    expect(r['herkam']).toMatchObject({
      lemma: 'herkommen',
      separable: { particle: 'her', joined: true },
    });
    expect(r['ansieht']).toMatchObject({
      lemma: 'ansehen',
      separable: { particle: 'an', joined: true },
    });
    const z = facts(
      '„Sie sind sehr besorgt darüber, dass sie nach Russland zurückkehren“, sagt Prof. Light.',
      'de',
    );
    expect(z['zurückkehren']).toMatchObject({
      lemma: 'zurückkehren',
      separable: { particle: 'zurück', joined: true },
    });
  });

  it('keeps a plain verb plain when no particle closes the clause', () => {
    const r = facts('Die Kinder greifen nach dem Ball.', 'de');
    expect(r['greifen']).toMatchObject({ lemma: 'greifen', pos: 'verb' });
    expect(r['greifen']?.separable).toBeUndefined();
  });
});

describe('German lemmas and classes', () => {
  it('tells adjectives from participles and superlative adverbs from adjectives', () => {
    expect(
      facts('„Sie sind sehr besorgt darüber“, sagt Prof. Light.', 'de')['besorgt'],
    ).toMatchObject({
      lemma: 'besorgt',
      pos: 'adj',
    });
    expect(facts('Das ist noch längst keine Garantie.', 'de')['längst']).toMatchObject({
      lemma: 'längst',
      pos: 'adv',
    });
    expect(facts('Die Situation ist äußerst kompliziert.', 'de')['äußerst']).toMatchObject({
      lemma: 'äußerst',
      pos: 'adv',
    });
  });

  it('reads an uninflected adjective that modifies a verb as an adverb (wirklich, eigentlich)', () => {
    const de = (text: string, word: string) => facts(text, 'de')[word];
    expect(de('„Ich glaube nicht, dass sie wirklich an Assad glauben.', 'wirklich')).toMatchObject({
      lemma: 'wirklich',
      pos: 'adv',
    });
    expect(de('Was will Russland also eigentlich erreichen?', 'eigentlich')).toMatchObject({
      lemma: 'eigentlich',
      pos: 'adv',
    });
    expect(de('Was will Russland in Syrien eigentlich?', 'eigentlich')).toMatchObject({
      pos: 'adv',
    });
    // Our own: the same word predicative, after a degree word, or before its noun stays an adjective.
    expect(de('Die Gefahr ist wirklich.', 'wirklich')).toMatchObject({ pos: 'adj' });
    expect(de('Das Problem wurde endlich klar.', 'klar')).toMatchObject({ pos: 'adj' });
    expect(de('Die Lage ist besonders schwierig und ernst.', 'schwierig')).toMatchObject({
      pos: 'adj',
    });
    expect(de('Der wirkliche Grund bleibt offen.', 'wirkliche')).toMatchObject({ pos: 'adj' });
  });

  it('lemmatises an inflected comparative of its own meaning to itself (früheren → früher)', () => {
    expect(
      facts('Die Beziehungen begannen aufgrund ihrer früheren Beziehungen zu wachsen.', 'de')[
        'früheren'
      ],
    ).toMatchObject({ lemma: 'früher', pos: 'adj' });
    // Our own: später "later" likewise; a plain comparative keeps its positive.
    expect(facts('Bei einem späteren Treffen kam es zum Streit.', 'de')['späteren']).toMatchObject({
      lemma: 'später',
      pos: 'adj',
    });
    expect(facts('Sie fordern einen größeren Einfluss.', 'de')['größeren']).toMatchObject({
      lemma: 'groß',
      pos: 'adj',
    });
  });

  it('reads an inflected first word before a noun as the adjective (Militärische Muskeln)', () => {
    expect(facts('Militärische Muskeln spielen lassen', 'de')['Militärische']).toMatchObject({
      lemma: 'militärisch',
      pos: 'adj',
    });
  });
});

describe('names are not clozed', () => {
  it('leaves out every word of a German adjective + noun name', () => {
    const s = 'Der sogenannte Islamische Staat kämpft seit dem Kalten Krieg nicht im Nahen Osten.';
    const c = clozed(s, 'de');
    for (const w of ['Islamische', 'Staat', 'Kalten', 'Krieg', 'Nahen', 'Osten'])
      expect(c, w).not.toContain(w);
    expect(c).toContain('kämpft');
  });

  it('leaves out Italian and English capitalised names mid-sentence', () => {
    expect(clozed('La Russia combatte lo Stato Islamico in Medio Oriente.', 'it')).toEqual([
      'combatte',
    ]);
    expect(clozed('Russia fights the Islamic State in the Middle East.', 'en')).toEqual(['fights']);
  });
});

describe('Italian facts', () => {
  it('reads a participle after a degree word as an adjective (BBC)', () => {
    expect(
      facts('Sono sicuro che sono estremamente dispiaciuti per questo.', 'it')['dispiaciuti'],
    ).toMatchObject({
      lemma: 'dispiaciuto',
      pos: 'adj',
      certainty: 'sure',
    });
  });

  it('does not blank a participle that could be either, nor an invariable noun of unknown number', () => {
    const c = clozed('Non hanno avuto un rapporto stretto, ma di lunedì parlano.', 'it');
    expect(c).not.toContain('stretto');
    expect(c).not.toContain('lunedì');
    expect(c).toContain('rapporto');
    expect(facts('Le città sono grandi.', 'it')['città']).toMatchObject({
      number: 'pl',
      certainty: 'sure',
    });
  });
});

describe('certainty', () => {
  it('counts content facts per language and certainty', () => {
    const words = [
      ...analyzeSentence(
        lexicon,
        'Die Geschichte reicht mindestens bis in die Zeit zurück.',
        'de',
        [],
      ),
    ].map(({ info }) => ({ lang: 'de' as const, info }));
    const counts = certaintyCounts(words);
    expect(counts.de.guess).toBeGreaterThanOrEqual(1); // mindestens
    expect(counts.de.sure).toBeGreaterThanOrEqual(3); // Geschichte, reicht, Zeit
    expect(counts.it).toEqual({ sure: 0, likely: 0, guess: 0 });
  });
});

describe('glossInContext', () => {
  it('puts first the sense the English sentence uses', () => {
    const stored = 'fall; crash; tumble; plunge; topple; overthrow sb.';
    expect(glossInContext(stored)).toBe('fall; crash; tumble');
    expect(glossInContext(stored, new Set(['libya', 'overthrew', 'ruler']))).toBe(
      'overthrow sb.; fall; crash',
    );
    expect(glossInContext(stored, new Set(['ceasefire']))).toBe('fall; crash; tumble');
  });
});

describe('number from the determiner in view', () => {
  it('reads a weak noun after dem or vom as singular (BBC, CNN)', () => {
    const r = facts(
      'Sie wollen sich vom syrischen Präsidenten Bashar al-Assad distanzieren.',
      'de',
    );
    expect(r['Präsidenten']).toMatchObject({ lemma: 'Präsident', number: 'sg' });
    expect(facts('Die Präsidenten trafen sich.', 'de')['Präsidenten']).toMatchObject({
      number: 'pl',
    });
  });

  it('does not blank an Italian word that may be a noun or an adjective before a noun', () => {
    expect(clozed('I punti chiave', 'it')).not.toContain('punti');
  });
});

describe('the distractor pool keeps sure readings only (issue 10, third round)', () => {
  it('leaves out words whose class in their sentence is a guess', () => {
    // CNN "su semplici questioni" read semplici as a noun (likely), BBC "direttore del
    // programma" as an adjective (likely): both were offered as options of that class.
    const analyzed = analyzeArticle(
      {
        id: articleId('pool-test'),
        meta: {
          title: { de: 'Test', it: 'Prova', en: 'Test' },
          outlet: 'test',
          original: 'it',
          madeForTriglot: [],
          license: 'test',
          attribution: 'test',
        },
        texts: {
          it: 'Le reazioni della Russia su semplici questioni di accesso sono state frustranti.\nDice Richard Reeve, direttore del programma di sicurezza sostenibile.',
        },
        pivot: 'it',
      },
      lexicon,
    );
    const texts = analyzed.words.map((w) => w.text);
    expect(texts).not.toContain('semplici');
    expect(texts).not.toContain('direttore');
    // New: the sure words of the same sentences stay (programma, sicurezza).
    expect(texts).toEqual(expect.arrayContaining(['programma', 'sicurezza']));
    for (const w of analyzed.words) expect(w.info.certainty ?? 'sure').toBe('sure');
  });
});
