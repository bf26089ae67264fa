import { describe, expect, it } from 'vitest';
import {
  describeSlot,
  germanFiniteClass,
  italianVerbClass,
  glossSynonyms,
  italianInitial,
  listedSynonyms,
  slotContext,
  startsWithVowelSound,
  type Knows,
  type SlotToken,
} from './agreement';
import { explainDistractors, type DistractorSource } from './cloze';
import type { WordInfo } from './lexicon';
import { tokenize } from './tokenize';
import type { Lang } from './types';

const noun = (
  lemma: string,
  gender: 'm' | 'f' | 'n',
  number: 'sg' | 'pl',
  rank?: number,
): WordInfo => ({
  lemma,
  pos: 'noun',
  gender,
  number,
  ...(rank ? { rank } : {}),
});
const adj = (lemma: string, rank?: number): WordInfo => ({
  lemma,
  pos: 'adj',
  ...(rank ? { rank } : {}),
});
const verb = (lemma: string, rank?: number): WordInfo => ({
  lemma,
  pos: 'verb',
  ...(rank ? { rank } : {}),
});
const item = (text: string, info: WordInfo, articleId = 'bbc'): DistractorSource => ({
  text,
  info,
  articleId,
});

/** A German dictionary of the forms these tests need, as `Lexicon.lookup` reads bare forms. */
const DE_FORMS: Record<string, WordInfo> = {
  Krieg: noun('Krieg', 'm', 'sg'),
  Krieges: noun('Krieg', 'm', 'sg'),
  Angriff: noun('Angriff', 'm', 'sg'),
  Angriffs: noun('Angriff', 'm', 'sg'),
  Angriffe: noun('Angriff', 'm', 'pl'),
  Frühling: noun('Frühling', 'm', 'sg'),
  Frühlings: noun('Frühling', 'm', 'sg'),
  Einfluss: noun('Einfluss', 'm', 'sg'),
  Einflusses: noun('Einfluss', 'm', 'sg'),
  Volk: noun('Volk', 'n', 'sg'),
  Volkes: noun('Volk', 'n', 'sg'),
  Situation: noun('Situation', 'f', 'sg'),
  Land: noun('Land', 'n', 'sg'),
  Länder: noun('Land', 'n', 'pl'),
  Ländern: noun('Land', 'n', 'pl'),
  Jahre: noun('Jahr', 'n', 'pl'),
  Jahren: noun('Jahr', 'n', 'pl'),
  Ziele: noun('Ziel', 'n', 'pl'),
  Zielen: noun('Ziel', 'n', 'pl'),
  Gebiete: noun('Gebiet', 'n', 'pl'),
  Gebieten: noun('Gebiet', 'n', 'pl'),
  Muskel: noun('Muskel', 'm', 'sg'),
  Muskeln: noun('Muskel', 'm', 'pl'),
  Ende: noun('Ende', 'n', 'sg'),
  Endes: noun('Ende', 'n', 'sg'),
  Jahr: noun('Jahr', 'n', 'sg'),
  Jahres: noun('Jahr', 'n', 'sg'),
  Herr: noun('Herr', 'm', 'sg'),
  Herrn: noun('Herr', 'm', 'sg'),
  Präsident: noun('Präsident', 'm', 'sg'),
  Präsidenten: noun('Präsident', 'm', 'pl'),
  Direktor: noun('Direktor', 'm', 'sg'),
  Direktors: noun('Direktor', 'm', 'sg'),
  Russen: noun('Russe', 'm', 'pl'),
  Kürze: noun('Kürze', 'f', 'sg'),
  Anspruch: noun('Anspruch', 'm', 'sg'),
  Anspruchs: noun('Anspruch', 'm', 'sg'),
  Verdacht: noun('Verdacht', 'm', 'sg'),
  Verdachts: noun('Verdacht', 'm', 'sg'),
  Scheitern: noun('Scheitern', 'n', 'sg'),
  Scheiterns: noun('Scheitern', 'n', 'sg'),
  scheitern: verb('scheitern'),
  syrische: adj('syrisch'),
  russische: adj('russisch'),
  russischen: adj('russisch'),
  wichtigsten: adj('wichtig'),
  schlimmsten: adj('schlimm'),
  kam: verb('kommen'),
  kommen: verb('kommen'),
  nahm: verb('nehmen'),
  herkam: verb('daherkommen'),
  kehren: verb('kehren'),
  zurückkehren: verb('zurückkehren'),
  gekehrt: verb('kehren'),
  Wunder: noun('Wunder', 'n', 'sg'),
  Wundern: noun('Wunder', 'n', 'pl'),
  Mittel: noun('Mittel', 'n', 'sg'),
  Mitteln: noun('Mittel', 'n', 'pl'),
  Ansichten: noun('Ansicht', 'f', 'pl'),
  Interessen: noun('Interesse', 'n', 'pl'),
  ging: verb('gehen'),
  zurückgehen: verb('zurückgehen'),
  zurückkommen: verb('zurückkommen'),
  überging: verb('vorübergehen'),
  verlor: verb('verlieren'),
  drang: verb('dringen'),
};
const knowsDe: Knows = (form) => DE_FORMS[form];

/** The tokens of a sentence with the readings the test gives by word (others: function words). */
function sentence(text: string, lang: Lang, readings: Record<string, WordInfo> = {}): SlotToken[] {
  return tokenize(text, lang).map((token) => ({
    token,
    info: readings[token.text] ?? {
      lemma: token.norm,
      pos: token.kind === 'word' ? 'func' : 'other',
    },
  }));
}

/** Distractors for the word `answer` of `text`, with the slot read from the sentence. */
function choose(
  lang: Lang,
  text: string,
  answer: string,
  readings: Record<string, WordInfo>,
  pool: DistractorSource[],
  knows?: Knows,
  n = 3,
) {
  const tokens = sentence(text, lang, readings);
  const i = tokens.findIndex((t) => t.token.text === answer);
  return explainDistractors(
    { text: tokens[i]!.token.text, info: tokens[i]!.info },
    pool,
    'bbc',
    n,
    {
      lang,
      context: slotContext(tokens, i),
      ...(knows ? { knows } : {}),
    },
  );
}

describe('German nouns take the case and number of the slot', () => {
  it('offers genitive forms after des (des Kalten [Krieges] → Angriffs, Frühlings)', () => {
    const pool = [
      item('Angriff', noun('Angriff', 'm', 'sg', 3000)),
      item('Frühling', noun('Frühling', 'm', 'sg', 3500)),
      item('Volk', noun('Volk', 'n', 'sg', 2000)),
      item('Situation', noun('Situation', 'f', 'sg', 2500)),
      item('Einfluss', noun('Einfluss', 'm', 'sg', 2600)),
    ];
    const out = choose(
      'de',
      'in die Zeit des Kalten Krieges zurück',
      'Krieges',
      {
        Kalten: { lemma: 'Kalten', pos: 'propn' },
        Krieges: noun('Krieg', 'm', 'sg', 2643),
        Zeit: noun('Zeit', 'f', 'sg'),
      },
      pool,
      knowsDe,
      4,
    );
    expect([...out.options].sort()).toEqual(['Angriffs', 'Einflusses', 'Frühlings', 'Volkes']);
    expect(out.options).not.toContain('Angriff');
    expect(out.checks.every((c) => c === 'inflected')).toBe(true);
    // Feminine nouns have no genitive after des: die Situation is out.
    expect(out.rejected['case-number']).toBe(1);
  });

  it('offers dative plurals for a dative plural ([Ländern] → Jahren, not Jahre)', () => {
    const pool = [
      item('Jahre', noun('Jahr', 'n', 'pl', 100)),
      item('Zielen', noun('Ziel', 'n', 'pl', 900)),
      item('Muskeln', noun('Muskel', 'm', 'pl', 5490)),
      item('Situation', noun('Situation', 'f', 'sg', 2500)),
    ];
    const out = choose(
      'de',
      'Eine Reihe von Ländern versucht',
      'Ländern',
      { Ländern: noun('Land', 'n', 'pl', 2182) },
      pool,
      knowsDe,
    );
    expect([...out.options].sort()).toEqual(['Jahren', 'Muskeln', 'Zielen']);
    expect(out.options).not.toContain('Jahre');
  });

  it('offers a plural that reads alike in every case when nothing shows the case (Militärische [Muskeln])', () => {
    // Muskel is singular, so Muskeln is no dative of its own: any case, and Ziele/Zielen differ.
    const pool = [
      item('Zielen', noun('Ziel', 'n', 'pl', 900)),
      item('Gebieten', noun('Gebiet', 'n', 'pl', 900)),
      item('Russen', noun('Russe', 'm', 'pl', 900)),
    ];
    const out = choose(
      'de',
      'Militärische Muskeln spielen lassen',
      'Muskeln',
      { Muskeln: noun('Muskel', 'm', 'pl', 5490) },
      pool,
      knowsDe,
    );
    expect(out.options).toEqual(['Russen']);
    expect(out.rejected['no-form']).toBe(2);
  });

  it('offers nominative plurals after die ([die] Ziele → Gebiete, not the pool’s Gebieten)', () => {
    const pool = [
      item('Gebieten', noun('Gebiet', 'n', 'pl', 900)),
      item('Jahren', noun('Jahr', 'n', 'pl', 100)),
    ];
    const out = choose(
      'de',
      'auf die Ziele in Syrien',
      'Ziele',
      { Ziele: noun('Ziel', 'n', 'pl', 1000) },
      pool,
      knowsDe,
    );
    expect([...out.options].sort()).toEqual(['Gebiete', 'Jahre']);
  });

  it('needs a form that fits every case the article leaves open (ein [Ende] aushandeln)', () => {
    const pool = [
      item('Herr', noun('Herr', 'm', 'sg', 300)),
      item('Jahr', noun('Jahr', 'n', 'sg', 100)),
    ];
    const out = choose(
      'de',
      'Wenn man ein Ende des Konflikts aushandeln wollte',
      'Ende',
      { Ende: noun('Ende', 'n', 'sg', 200) },
      pool,
      knowsDe,
    );
    // ein Herr is nominative only; the blank may be accusative (einen Herrn).
    expect(out.options).toEqual(['Jahr']);
  });

  it('takes a weak noun after vom as the singular it is (vom syrischen [Präsidenten])', () => {
    const pool = [
      item('Direktor', noun('Direktor', 'm', 'sg', 2000)),
      item('Russen', noun('Russe', 'm', 'pl', 3000)),
      item('Volk', noun('Volk', 'n', 'sg', 2000)),
    ];
    const out = choose(
      'de',
      'sich vom syrischen Präsidenten zu distanzieren',
      'Präsidenten',
      { syrischen: adj('syrisch'), Präsidenten: noun('Präsident', 'm', 'pl', 1604) },
      pool,
      knowsDe,
    );
    expect([...out.options].sort()).toEqual(['Direktor', 'Volk']);
  });

  it('keeps the gender after a bare preposition, where no article shows it (in [Anspruch])', () => {
    const pool = [
      item('Kürze', noun('Kürze', 'f', 'sg', 5000)),
      item('Verdacht', noun('Verdacht', 'm', 'sg', 5000)),
    ];
    const out = choose(
      'de',
      'der für sich in Anspruch nimmt',
      'Anspruch',
      { Anspruch: noun('Anspruch', 'm', 'sg', 4000) },
      pool,
      knowsDe,
    );
    expect(out.options).toEqual(['Verdacht']);
  });

  it('offers no nominalised infinitive for a plain noun (im [Moment] is no place for Scheitern)', () => {
    const pool = [
      item('Scheitern', noun('Scheitern', 'n', 'sg', 5000)),
      item('Jahr', noun('Jahr', 'n', 'sg', 100)),
    ];
    const out = choose(
      'de',
      'Aber im Ende',
      'Ende',
      { Ende: noun('Ende', 'n', 'sg', 200) },
      pool,
      knowsDe,
    );
    expect(out.options).toEqual(['Jahr']);
  });
});

describe('German adjectives and verbs', () => {
  it('gives an adjective the answer’s ending (die [syrische] Regierung → russische)', () => {
    const pool = [item('russischen', adj('russisch', 900))];
    const out = choose(
      'de',
      'die syrische Regierung',
      'syrische',
      { syrische: adj('syrisch', 1000) },
      pool,
      knowsDe,
    );
    expect(out.options).toEqual(['russische']);
    expect(out.checks).toEqual(['inflected']);
  });

  it('offers a superlative only as found (not russischsten for [wichtigsten])', () => {
    const pool = [
      item('russischen', adj('russisch', 900)),
      item('schlimmsten', adj('schlimm', 900)),
    ];
    const out = choose(
      'de',
      'Die wichtigsten Seiten',
      'wichtigsten',
      { wichtigsten: adj('wichtig', 500) },
      pool,
      knowsDe,
    );
    expect(out.options).toEqual(['schlimmsten']);
  });

  it('offers no joined separable form in second position (Wie [kam] … → not herkam)', () => {
    const pool = [item('herkam', verb('daherkommen', 9000)), item('nahm', verb('nehmen', 200))];
    const out = choose(
      'de',
      'Wie kam Russland zu seinem Engagement',
      'kam',
      { kam: verb('kommen', 150) },
      pool,
      knowsDe,
    );
    expect(out.options).toEqual(['nahm']);
    expect(out.rejected.separable).toBe(1);
  });

  it('keeps a zu-infinitive with zu-infinitives and a finite verb free of participles', () => {
    const pool = [
      item('schlossen', verb('schließen', 900)),
      item('auszusetzen', verb('aussetzen', 5000)),
      item('gedacht', verb('denken', 300)),
      item('geschieht', verb('geschehen', 2000)),
    ];
    const zu = choose(
      'de',
      'als Friedensvermittler dazustehen',
      'dazustehen',
      { dazustehen: verb('dastehen', 9000) },
      pool,
      knowsDe,
    );
    expect(zu.options).toEqual(['auszusetzen']);
    const finite = choose(
      'de',
      'Wie sieht es aus',
      'sieht',
      { sieht: verb('sehen', 200) },
      pool,
      knowsDe,
    );
    // schlossen is finite but a past plural: not a stand-in for the present third person.
    expect(finite.options).toEqual(['geschieht']);
  });

  it('lets a joined answer have joined distractors (dass sie [zurückkehren])', () => {
    const pool = [
      item('herkommen', verb('herkommen', 9000)),
      item('herkam', verb('daherkommen', 9000)),
    ];
    const out = choose(
      'de',
      'dass sie zurückkehren',
      'zurückkehren',
      { zurückkehren: verb('zurückkehren', 5000) },
      pool,
      knowsDe,
    );
    // herkam is joined too, but a past singular.
    expect(out.options).toEqual(['herkommen']);
  });
});

describe('German verb slots: participle, infinitive or the finite form of the answer', () => {
  const verbs = (...pairs: [string, string][]) =>
    pairs.map(([text, lemma]) => item(text, verb(lemma, 1000)));
  // Finite forms of every kind, participles with and without ge-, infinitives, imperatives.
  const pool = verbs(
    ['gewonnen', 'gewinnen'],
    ['gegangen', 'gehen'],
    ['zurückgekehrt', 'zurückkehren'],
    ['kontrolliert', 'kontrollieren'],
    ['begannen', 'beginnen'],
    ['schlossen', 'ausschließen'],
    ['nahm', 'nehmen'],
    ['nimm', 'nehmen'],
    ['sieh', 'sehen'],
    ['bricht', 'brechen'],
    ['stecken', 'feststecken'],
    ['testen', 'testen'],
    ['zurückkehren', 'zurückkehren'],
    ['sagte', 'sagen'],
    ['liegen', 'auseinanderliegen'],
  );
  const options = (text: string, answer: string, lemma: string) =>
    [
      ...choose('de', text, answer, { [answer]: verb(lemma, 1000) }, pool, knowsDe, 20).options,
    ].sort();

  it('gives a participle slot participles (hat … [verweigert], CNN; hat … [gewonnen], BBC)', () => {
    // Not gewonnen as an option: an inseparable verb's -en form may be a past plural (begannen).
    const expected = ['gegangen', 'kontrolliert', 'zurückgekehrt'];
    expect(options('Russland hat die Erlaubnis verweigert.', 'verweigert', 'verweigern')).toEqual(
      expected,
    );
    expect(options('Assad hat den Krieg gewonnen.', 'gewonnen', 'gewinnen')).toEqual(expected);
    // Before its auxiliary in a subordinate clause: dass die Waffen [verkauft] wurden.
    expect(options('dass die Waffen verkauft wurden', 'verkauft', 'verkaufen')).toEqual(expected);
  });

  it('reads verkauft as finite where no auxiliary stands (Russland [verkauft] Waffen)', () => {
    expect(options('Russland verkauft Waffen an Syrien.', 'verkauft', 'verkaufen')).toEqual([
      'bricht',
      'kontrolliert',
    ]);
  });

  it('gives an infinitive slot infinitives (… testen konnte, BBC; mit der man rechnen muss)', () => {
    // Not stecken or liegen: infinitive-like, but stems of feststecken and auseinanderliegen.
    expect(
      options('dass Russland die Fähigkeiten wirklich testen konnte', 'testen', 'testen'),
    ).toEqual(['zurückkehren']);
    expect(options('mit der man rechnen muss', 'rechnen', 'rechnen')).toEqual([
      'testen',
      'zurückkehren',
    ]);
    expect(options('Er will das Land verlassen.', 'verlassen', 'verlassen')).toEqual([
      'testen',
      'zurückkehren',
    ]);
    // After zu a joined verb takes zu inside (zurückzukehren): not zurückkehren.
    expect(options('Es ist schwer, das Land zu verlassen.', 'verlassen', 'verlassen')).toEqual([
      'testen',
    ]);
  });

  it('gives a finite slot the same tense, person and number, and no imperatives', () => {
    // Die Beziehungen [begannen] sich … zu verstärken (BBC): past plural.
    expect(options('Die Beziehungen begannen sich zu verstärken.', 'begannen', 'beginnen')).toEqual(
      ['schlossen'],
    );
    // Wie [kam] Russland … (BBC): past singular; nimm and sieh are imperatives.
    expect(options('Wie kam Russland zu seinem Engagement', 'kam', 'kommen')).toEqual([
      'nahm',
      'sagte',
    ]);
    // Aber in der Praxis [greifen] sie … an (BBC): present plural, separable stems as well.
    expect(
      options('Aber in der Praxis greifen sie auch Rebellen an.', 'greifen', 'angreifen'),
    ).toEqual(['liegen', 'stecken', 'testen']);
    expect(options('Er sagte, es sei vorbei.', 'sagte', 'sagen')).toEqual(['nahm']);
  });
});

describe('germanFiniteClass', () => {
  it('reads tense, person and number from the ending against the lemma', () => {
    const cases: [string, string, string][] = [
      ['sagt', 'sagen', 'pres.3sg'],
      ['sieht', 'sehen', 'pres.3sg'],
      ['hält', 'halten', 'pres.3sg'],
      ['geschieht', 'geschehen', 'pres.3sg'],
      ['greift', 'angreifen', 'pres.3sg'],
      ['hat', 'haben', 'pres.3sg'],
      ['sagen', 'sagen', 'pres.pl'],
      ['liegen', 'auseinanderliegen', 'pres.pl'],
      ['sagte', 'sagen', 'past.sg'],
      ['hielt', 'halten', 'past.sg'],
      ['ging', 'gehen', 'past.sg'],
      ['griff', 'angreifen', 'past.sg'],
      ['gingen', 'gehen', 'past.pl'],
      ['arbeiteten', 'arbeiten', 'past.pl'],
      ['sagst', 'sagen', '2sg'],
      ['wäre', 'sein', 'subj.sg'],
      ['sieh', 'sehen', 'imp'],
      ['nimm', 'nehmen', 'imp'],
      ['sag', 'sagen', 'imp'],
    ];
    expect(cases.map(([t, l]) => [t, l, germanFiniteClass(t, l)])).toEqual(cases);
  });
});

describe('Italian verb slots: the answer’s kind, tense and person', () => {
  const pool = (
    [
      ['riesce', 'riuscire'],
      ['prendere', 'prendere'],
      ['possano', 'potere'],
      ['verranno', 'venire'],
      ['trovavano', 'trovare'],
      ['dissero', 'dire'],
      ['volesse', 'volere'],
      ['indusse', 'indurre'],
      ['suggerisce', 'suggerire'],
      ['portarli', 'portare'],
      ['mostrare', 'mostrare'],
      ['diventata', 'diventare'],
      ['ridotto', 'ridurre'],
      ['chiedendo', 'chiedere'],
    ] as const
  ).map(([text, lemma]) => item(text, verb(lemma, 1000)));
  const options = (text: string, answer: string, lemma: string) =>
    [
      ...choose('it', text, answer, { [answer]: verb(lemma, 1000) }, pool, undefined, 20).options,
    ].sort();

  it('keeps a finite verb with the same tense and person (BBC: dice, faranno; new)', () => {
    // "Russia", dice la professoressa Light: present third person, not prendere.
    expect(options('Lo dice la professoressa Light.', 'dice', 'dire')).toEqual([
      'riesce',
      'suggerisce',
    ]);
    expect(options('Non faranno quello che diciamo.', 'faranno', 'fare')).toEqual(['verranno']);
    // Imperfect subjunctive (CNN avviasse): volesse, not the past indusse.
    expect(options('se la Russia avviasse un negoziato', 'avviasse', 'avviare')).toEqual([
      'volesse',
    ]);
    expect(options('Gli Stati Uniti immaginavano la pace.', 'immaginavano', 'immaginare')).toEqual([
      'trovavano',
    ]);
  });

  it('keeps infinitives, gerunds and participles apart (ucciderli, tenuta, chiedendo)', () => {
    expect(options('Vogliono ucciderli.', 'ucciderli', 'uccidere')).toEqual(['portarli']);
    expect(options('Per cercare di combattere il terrorismo', 'combattere', 'combattere')).toEqual([
      'mostrare',
      'prendere',
    ]);
    expect(options('la città è stata tenuta dai ribelli', 'tenuta', 'tenere')).toEqual([
      'diventata',
    ]);
    expect(options('Ha coinvolto la Russia.', 'coinvolto', 'coinvolgere')).toEqual(['ridotto']);
    expect(options('lasciando la Siria', 'lasciando', 'lasciare')).toEqual(['chiedendo']);
  });
});

describe('italianVerbClass', () => {
  it('reads tense and person from regular endings and irregular stems', () => {
    const cases: [string, string, string][] = [
      ['attacca', 'attaccare', 'pres.3sg'],
      ['suggerisce', 'suggerire', 'pres.3sg'],
      ['considerano', 'considerare', 'pres.3pl'],
      ['riprendano', 'riprendere', 'subj.3pl'],
      ['infiltrino', 'infiltrarsi', 'subj.3pl'],
      ['prevedeva', 'prevedere', 'impf.3sg'],
      ['faranno', 'fare', 'fut.3pl'],
      ['vedremo', 'vedere', 'fut.1pl'],
      ['potessero', 'potere', 'isubj.3pl'],
      ['dissero', 'dire', 'pass.3pl'],
      ['indusse', 'indurre', 'pass.3sg'],
      ['credo', 'credere', 'pres.1sg'],
      ['sfidarla', 'sfidare', 'inf+la'],
      ['disposta', 'disporre', 'part.a'],
      ['controllati', 'controllare', 'part.i'],
    ];
    expect(cases.map(([t, l]) => [t, l, italianVerbClass(t, l)])).toEqual(cases);
  });
});

describe('Italian options fit the article in view', () => {
  it("wants a feminine vowel-initial word after un' (un'[inevitabile] offers no diplomatico, siriano)", () => {
    const pool = [
      item('diplomatico', adj('diplomatico', 3000)),
      item('siriano', adj('siriano', 3000)),
      item('ovvio', adj('ovvio', 3000)),
      item('enorme', adj('enorme', 3000)),
      item('importante', adj('importante', 3000)),
      item('ampia', adj('ampio', 3000)),
    ];
    const out = choose(
      'it',
      "è un'inevitabile guerra",
      'inevitabile',
      { inevitabile: adj('inevitabile', 6703) },
      pool,
      undefined,
      5,
    );
    expect([...out.options].sort()).toEqual(['ampia', 'enorme', 'importante']);
    expect(out.rejected['article-form']).toBe(2);
    expect(out.rejected.agreement).toBe(1);
  });

  it('wants a vowel or s+consonant after gli, a plain consonant after i', () => {
    const pool = [
      item('ribelli', noun('ribelle', 'm', 'pl', 2200)),
      item('obiettivi', noun('obiettivo', 'm', 'pl', 2000)),
      item('studi', noun('studio', 'm', 'pl', 2000)),
    ];
    const gli = choose(
      'it',
      'pensando agli interessi della Siria',
      'interessi',
      { interessi: noun('interesse', 'm', 'pl', 900) },
      pool,
    );
    expect([...gli.options].sort()).toEqual(['obiettivi', 'studi']);
    const i = choose(
      'it',
      'i legami russi',
      'legami',
      { legami: noun('legame', 'm', 'pl', 3000) },
      pool,
    );
    expect(i.options).toEqual(['ribelli']);
  });

  it('wants s+consonant or z after lo (allo [stallo])', () => {
    const pool = [
      item('strumento', noun('strumento', 'm', 'sg', 2000)),
      item('ostacolo', noun('ostacolo', 'm', 'sg', 2000)),
    ];
    const out = choose(
      'it',
      'sono tornati allo stallo diplomatico',
      'stallo',
      { stallo: noun('stallo', 'm', 'sg', 9000) },
      pool,
    );
    expect(out.options).toEqual(['strumento']);
  });

  it('makes an adjective agree with the noun before it (armi [chimiche] → russe, not russi)', () => {
    const pool = [
      item('russi', adj('russo', 800)),
      item('russe', adj('russo', 800)),
      item('potenziali', adj('potenziale', 2000)),
    ];
    const out = choose(
      'it',
      'usare armi chimiche',
      'chimiche',
      { armi: noun('arma', 'f', 'pl', 822), chimiche: adj('chimico', 3000) },
      pool,
    );
    expect([...out.options].sort()).toEqual(['potenziali', 'russe']);
  });

  it('classes initials as the article sees them', () => {
    expect(
      ['inevitabile', 'hotel', 'stallo', 'zona', 'gnomo', 'psicologo', 'guerra'].map(
        italianInitial,
      ),
    ).toEqual(['vowel', 'vowel', 'impure', 'impure', 'impure', 'impure', 'consonant']);
  });
});

describe('English a/an, verb forms and synonyms', () => {
  it('offers grading words before an adjective, and none where the adverb modifies a verb', () => {
    const adv = (lemma: string, rank = 2000): WordInfo => ({ lemma, pos: 'adv', rank });
    const pool = [
      item('very', adv('very')),
      item('highly', adv('highly')),
      item('earlier', adv('earlier')),
      item('firmly', adv('firmly')),
      item('quite', adv('quite')),
      item('openly', adv('openly')),
    ];
    const grading = choose(
      'en',
      'the situation is extremely complicated',
      'extremely',
      { extremely: adv('extremely'), complicated: adj('complicated') },
      pool,
    );
    expect(grading.options).not.toContain('earlier');
    expect(grading.rejected.degree).toBeGreaterThan(0);
    const verbal = choose(
      'en',
      'his government strongly denies it',
      'strongly',
      { strongly: adv('strongly'), denies: verb('deny') },
      pool,
      undefined,
      6,
    );
    expect([...verbal.options].sort()).toEqual(['earlier', 'firmly', 'openly']);
  });

  it('offers a vowel sound after an ([an] arms reduction → no claims)', () => {
    const pool = [
      item('claims', noun('claim', 'f', 'pl', 2000)),
      item('issues', noun('issue', 'f', 'pl', 2000)),
      item('opinions', noun('opinion', 'f', 'pl', 2000)),
      item('unions', noun('union', 'f', 'pl', 2000)),
    ];
    const out = choose(
      'en',
      'suspending an arms reduction agreement',
      'arms',
      { arms: noun('arm', 'f', 'pl', 1500) },
      pool,
    );
    expect([...out.options].sort()).toEqual(['issues', 'opinions']);
    expect(out.rejected['a-an']).toBe(2);
  });

  it('checks the sound for a participle after a too (a [suspected] attack → not expanded)', () => {
    const pool = [
      item('expanded', verb('expand', 2000)),
      item('renewed', verb('renew', 2000)),
      item('backed', verb('back', 2000)),
    ];
    const out = choose(
      'en',
      'after a suspected chemical attack',
      'suspected',
      { suspected: verb('suspect', 3000) },
      pool,
    );
    expect([...out.options].sort()).toEqual(['backed', 'renewed']);
  });

  it('knows the sound, not the letter', () => {
    expect(['hour', 'honest', 'inevitable', 'umbrella'].every(startsWithVowelSound)).toBe(true);
    expect(['unique', 'European', 'one', 'useful', 'house'].some(startsWithVowelSound)).toBe(false);
  });

  it('keeps the verb form: a participle after have, no past tense (have [gone] → not went)', () => {
    const pool = [
      item('went', verb('went', 300)),
      item('taken', verb('take', 300)),
      item('killed', verb('kill', 900)),
      item('saying', verb('say', 300)),
      item('says', verb('say', 300)),
    ];
    const out = choose(
      'en',
      'Some Russian Muslims have gone to Syria',
      'gone',
      { gone: verb('go', 200) },
      pool,
    );
    expect([...out.options].sort()).toEqual(['killed', 'taken']);
    expect(out.rejected['verb-form']).toBe(3);
  });

  it('never offers another reporting verb for one (he [adds] → not says)', () => {
    const pool = [
      item('says', verb('say', 100)),
      item('sends', verb('send', 900)),
      item('tells', verb('tell', 300)),
    ];
    const out = choose('en', 'in the pipeline, he adds.', 'adds', { adds: verb('add', 800) }, pool);
    expect(out.options).toEqual(['sends']);
    expect(out.rejected.synonym).toBe(2);
  });

  it('knows listed synonyms by lemma in every language (weapons/arms, Abmachung/Vereinbarung, davvero/veramente)', () => {
    expect(
      listedSynonyms('en', { text: 'weapons', lemma: 'weapon' }, { text: 'arms', lemma: 'arm' }),
    ).toBe(true);
    expect(
      listedSynonyms(
        'de',
        { text: 'Abmachung', lemma: 'Abmachung' },
        { text: 'Vereinbarung', lemma: 'Vereinbarung' },
      ),
    ).toBe(true);
    expect(
      listedSynonyms(
        'it',
        { text: 'davvero', lemma: 'davvero' },
        { text: 'veramente', lemma: 'veramente' },
      ),
    ).toBe(true);
    expect(
      listedSynonyms(
        'en',
        { text: 'weapons', lemma: 'weapon' },
        { text: 'groups', lemma: 'group' },
      ),
    ).toBe(false);
  });

  it('drops aid and [weapons] → arms, and guns by the German side’s gloss', () => {
    const pool = [
      item('arms', noun('arm', 'f', 'pl', 900)),
      item('guns', noun('gun', 'f', 'pl', 900)),
      item('troops', noun('troop', 'f', 'pl', 900)),
    ];
    const synonyms = glossSynonyms(
      { text: 'weapons', lemma: 'weapon' },
      ['hilfe', 'und', 'waffe'],
      (l) => (l === 'waffe' ? 'weapon; gun' : l === 'hilfe' ? 'help; aid' : undefined),
    );
    expect(synonyms).toEqual(['gun']);
    const tokens = sentence('aid and weapons', 'en', { weapons: noun('weapon', 'f', 'pl', 800) });
    const out = explainDistractors({ text: 'weapons', info: tokens[2]!.info }, pool, 'bbc', 3, {
      lang: 'en',
      context: slotContext(tokens, 2),
      synonyms,
    });
    expect(out.options).toEqual(['troops']);
  });
});

describe('describeSlot', () => {
  it('checks nothing it cannot read (no article, no lexicon)', () => {
    const tokens = sentence('Krieg', 'de', { Krieg: noun('Krieg', 'm', 'sg') });
    const slot = describeSlot(
      'de',
      { text: 'Krieg', info: tokens[0]!.info },
      slotContext(tokens, 0),
      undefined,
    );
    expect(slot.fit({ text: 'Angriff', info: noun('Angriff', 'm', 'sg') })).toEqual({
      text: 'Angriff',
      check: 'unchecked',
    });
  });
});

describe('issue 10, a teacher’s second round: verb forms and titles that grammar gives away', () => {
  it('gives a simple past no participle-only form (BBC "the Arab Spring [began]": not fallen, given)', () => {
    const pool = [
      item('fallen', verb('fall', 2000)),
      item('given', verb('give', 2000)),
      item('reached', verb('reach', 2000)),
      item('rose', verb('rise', 2000)),
    ];
    const began = choose(
      'en',
      'when the Arab Spring began in 2011',
      'began',
      { began: verb('begin', 1500) },
      pool,
    );
    expect([...began.options].sort()).toEqual(['reached', 'rose']);
    expect(began.rejected['verb-form']).toBe(2);
    // After have the participle is what the slot wants (BBC "have [gone]"; new: has [given]).
    const given = choose(
      'en',
      'the war has given them a reason',
      'given',
      { given: verb('give', 1500) },
      [item('fallen', verb('fall', 2000)), item('reached', verb('reach', 2000))],
    );
    expect([...given.options].sort()).toEqual(['fallen', 'reached']);
  });

  it('keeps linking verbs with linking verbs (BBC "Putin [became] president": not began, led)', () => {
    const pool = [
      item('began', verb('begin', 1000)),
      item('led', verb('lead', 1000)),
      item('remained', verb('remain', 1500)),
      item('seemed', verb('seem', 1500)),
    ];
    const became = choose(
      'en',
      'In 2000 Putin became president of Russia',
      'became',
      { became: verb('become', 900) },
      pool,
    );
    expect([...became.options].sort()).toEqual(['remained', 'seemed']);
    // BBC "when the Arab Spring [began]": a linking verb needs what began lacks.
    const began = choose(
      'en',
      'when the Arab Spring began in 2011',
      'began',
      { began: verb('begin', 1000) },
      [...pool, item('became', verb('become', 900))],
    );
    expect(began.options).toEqual(['led']);
    // New: "it [seems] so" (and CNN "cannot [seem] to find"): the vocabulary lacks those
    // forms of linking verbs, so the others stay.
    const seems = choose('en', 'it seems so', 'seems', { seems: verb('seem', 700) }, [
      item('shows', verb('show', 800)),
    ]);
    expect(seems.options).toEqual(['shows']);
  });

  it('gives an Italian finite verb no four-letter infinitive (BBC "[dice] il Prof Light": not fare)', () => {
    const pool = [
      item('fare', verb('fare', 100)),
      item('dare', verb('dare', 300)),
      item('riesce', verb('riuscire', 1000)),
    ];
    const out = choose(
      'it',
      'Questi clienti, dice Richard Reeve',
      'dice',
      { dice: verb('dire', 90) },
      pool,
    );
    expect(out.options).toEqual(['riesce']);
    // New: a four-letter infinitive is still an infinitive's option (per fare la pace → dare).
    const inf = choose('it', 'per fare la pace', 'fare', { fare: verb('fare', 100) }, pool);
    expect(inf.options).toEqual(['dare']);
  });

  it('offers no title cut before a name for an Italian noun (BBC "il [presidente] Putin": not signor)', () => {
    const pool = [
      item('signor', noun('signore', 'm', 'sg', 500)),
      item('governo', noun('governo', 'm', 'sg', 600)),
      item('dottor', noun('dottore', 'm', 'sg', 700)),
    ];
    const out = choose(
      'it',
      'il presidente Putin ha iniziato',
      'presidente',
      { presidente: noun('presidente', 'm', 'sg', 400) },
      pool,
    );
    expect(out.options).toEqual(['governo']);
    // New: a cut title answering is met by its like (il [signor] Reeve → dottor).
    const title = choose(
      'it',
      'dice il signor Reeve',
      'signor',
      { signor: noun('signore', 'm', 'sg', 500) },
      [item('dottor', noun('dottore', 'm', 'sg', 700))],
    );
    expect(title.options).toEqual(['dottor']);
  });
});

describe('options that grammar gives away (issue 10, third round)', () => {
  it('offers no -n plural whose case the dictionary cannot tell outside a dative slot', () => {
    // BBC „an die [Interessen] Syriens“: Wundern is a dative plural, die wants nom/acc.
    const pool = [
      item('Wundern', noun('Wunder', 'n', 'pl', 6452)),
      item('Mitteln', noun('Mittel', 'n', 'pl', 3000)),
      item('Ansichten', noun('Ansicht', 'f', 'pl', 5000)),
    ];
    const readings = { Interessen: noun('Interesse', 'n', 'pl', 900) };
    const out = choose(
      'de',
      'Sie haben nicht an die Interessen gedacht',
      'Interessen',
      readings,
      pool,
      knowsDe,
    );
    expect(out.options).toEqual(['Ansichten']);
    expect(out.rejected['case-number']).toBe(2);
    // New: in a dative slot the same forms are right (mit den [Ländern]).
    const dative = choose(
      'de',
      'Eine Reihe von Ländern versucht',
      'Ländern',
      { Ländern: noun('Land', 'n', 'pl', 2182) },
      pool,
      knowsDe,
    );
    expect([...dative.options].sort()).toEqual(['Ansichten', 'Mitteln', 'Wundern']);
  });

  it('offers only verbs that take the clause’s particle for a split separable verb', () => {
    // BBC „[ging] ihr Einfluss in Syrien zurück“: überging (vorübergehen) takes no zurück.
    const pool = [
      item('überging', verb('vorübergehen', 29000)),
      item('drang', verb('dringen', 9000)),
      item('kam', verb('kommen', 150)),
    ];
    const split: WordInfo = {
      ...verb('zurückgehen', 900),
      separable: { particle: 'zurück', joined: false },
    };
    const out = choose(
      'de',
      'Aber dann ging ihr Einfluss in Syrien zurück.',
      'ging',
      { ging: split },
      pool,
      knowsDe,
    );
    expect(out.options).toEqual(['kam']);
    expect(out.rejected.separable).toBe(2);
    // New: a verb with a prefix of its own (verlor) cannot take zurück either.
    const own = choose(
      'de',
      'Dann ging er zurück.',
      'ging',
      { ging: split },
      [item('verlor', verb('verlieren', 800)), item('kam', verb('kommen', 150))],
      knowsDe,
    );
    expect(own.options).toEqual(['kam']);
  });
});
