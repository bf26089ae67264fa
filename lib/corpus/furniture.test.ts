import { describe, expect, it } from 'vitest';
import { cleanTexts, lineFurniture, repeats, stripAgencyPrefix, textFurniture } from './furniture';

describe('lineFurniture', () => {
  it('keeps the rules of clean.ts for the seed articles', () => {
    expect(lineFurniture('01:51 - Source: CNN')).toBe('timestamp');
    expect(lineFurniture('01:51 - Quelle: CNN')).toBe('timestamp');
    expect(lineFurniture('CNN  — ')).toBe('dateline');
    expect(lineFurniture('Sarah Lain')).toBe('byline');
    expect(lineFurniture('.')).toBe('no-letters');
    expect(
      lineFurniture('Trovaci su Instagram a BBCNewsbeat e seguici su Snapchat, cerca bbc_newsbeat'),
    ).toBe('social');
    expect(lineFurniture('   ')).toBeNull();
  });

  it("finds highlights headers and editor's notes in de, it and en", () => {
    expect(lineFurniture('Story highlights')).toBe('highlights');
    expect(lineFurniture('Das Wichtigste in Kürze')).toBe('highlights');
    expect(lineFurniture('I punti chiave')).toBe('highlights');
    expect(lineFurniture('Auf einen Blick:')).toBe('highlights');
    expect(lineFurniture('In sintesi')).toBe('highlights');
    expect(lineFurniture('Key points')).toBe('highlights');
    expect(
      lineFurniture(
        'Editor’s Note: Sarah Lain is a research fellow in Russia and Eurasia studies at the Royal United Services Institute in London. The opinions expressed in this article are those of the author.',
      ),
    ).toBe('editor-note');
    expect(lineFurniture('Anmerkung der Redaktion: Sarah Lain ist Research Fellow am RUSI.')).toBe(
      'editor-note',
    );
    expect(lineFurniture('Nota della redazione: Sarah Lain è ricercatrice presso il RUSI.')).toBe(
      'editor-note',
    );
    expect(lineFurniture('N.d.R.: il testo è stato aggiornato.')).toBe('editor-note');
    expect(lineFurniture('Die in diesem Artikel geäußerten Ansichten sind die der Autorin.')).toBe(
      'disclaimer',
    );
    expect(lineFurniture('Le opinioni espresse in questo articolo sono quelle dell’autrice.')).toBe(
      'disclaimer',
    );
    expect(
      lineFurniture('The views expressed in this commentary are solely those of the author.'),
    ).toBe('disclaimer');
  });

  it('finds bylines, but not sentences that start like one', () => {
    expect(lineFurniture('By Jane Doe')).toBe('byline');
    expect(lineFurniture('By Jane Doe and John Roe, CNN')).toBe('byline');
    expect(lineFurniture('Von Hans Müller, Berlin')).toBe('byline');
    expect(lineFurniture('di Mario Rossi')).toBe('byline');
    expect(lineFurniture('Di Giulia Bianchi, inviata a Mosca')).toBe('byline');
    expect(lineFurniture('Autorin: Anna Schmidt')).toBe('byline');
    expect(lineFurniture('By Monday, the deal was done.')).toBeNull();
    expect(lineFurniture('Von Berlin aus gesehen ist das klar.')).toBeNull();
    expect(lineFurniture('Di recente il governo ha deciso di cambiare rotta.')).toBeNull();
    expect(lineFurniture('Di Maio ha detto che il governo resta.')).toBeNull();
  });

  it('finds timestamps in the three languages', () => {
    expect(lineFurniture('Updated 12:03 GMT (20:03 HKT) October 4, 2016')).toBe('timestamp');
    expect(lineFurniture('Published 5 hours ago')).toBe('timestamp');
    expect(lineFurniture('Last updated on October 4, 2016 at 12:03 p.m. ET')).toBe('timestamp');
    expect(lineFurniture('Aktualisiert am 03.10.2016, 12:03 Uhr')).toBe('timestamp');
    expect(lineFurniture('Stand: 03.10.2016 12:03 Uhr')).toBe('timestamp');
    expect(lineFurniture('Veröffentlicht am 4. Oktober 2016')).toBe('timestamp');
    expect(lineFurniture('Aggiornato il 4 ottobre 2016 alle 12:03')).toBe('timestamp');
    expect(lineFurniture('Pubblicato: lunedì 3 ottobre 2016')).toBe('timestamp');
    expect(lineFurniture('Updated figures show a rise of 5 percent.')).toBeNull();
    expect(lineFurniture('Im Jahr 2000 wurde Wladimir Putin Präsident von Russland.')).toBeNull();
  });

  it('finds captions, credits, read-more links, prompts and share buttons', () => {
    expect(lineFurniture('Image caption Russian jets at Hmeimim air base')).toBe('caption');
    expect(lineFurniture('Video shows the convoy after the attack.')).toBeNull();
    expect(lineFurniture('Image caption: Russian jets at Hmeimim air base')).toBe('caption');
    expect(lineFurniture('Bildunterschrift: Russische Kampfjets in Syrien')).toBe('caption');
    expect(lineFurniture('Foto: AFP/Getty Images')).toBe('caption');
    expect(lineFurniture('Didascalia: jet russi in Siria')).toBe('caption');
    expect(lineFurniture('AFP/Getty Images')).toBe('caption');
    expect(lineFurniture('© Reuters')).toBe('caption');
    expect(lineFurniture('(dpa)')).toBe('agency');
    expect(lineFurniture('Read more: Why Russia backs Assad')).toBe('read-more');
    expect(lineFurniture('READ MORE')).toBe('read-more');
    expect(lineFurniture('Lesen Sie auch: Was Putin in Syrien will')).toBe('read-more');
    expect(lineFurniture('Mehr zum Thema')).toBe('read-more');
    expect(lineFurniture('Leggi anche: Cosa vuole Putin in Siria')).toBe('read-more');
    expect(lineFurniture('More than 80 people died in the attack.')).toBeNull();
    expect(lineFurniture('Sign up for our daily newsletter')).toBe('prompt');
    expect(lineFurniture('Jetzt den Newsletter abonnieren!')).toBe('prompt');
    expect(lineFurniture('Iscriviti alla nostra newsletter')).toBe('prompt');
    expect(lineFurniture('We use cookies to improve your experience.')).toBe('prompt');
    expect(lineFurniture('Wir verwenden Cookies, um unsere Website zu verbessern.')).toBe('prompt');
    expect(lineFurniture('Questo sito utilizza i cookie.')).toBe('prompt');
    expect(lineFurniture('Anzeige')).toBe('prompt');
    expect(lineFurniture('Share this article')).toBe('share');
    expect(lineFurniture('Share Tweet Email')).toBe('share');
    expect(lineFurniture('Artikel teilen')).toBe('share');
    expect(lineFurniture('Condividi questo articolo')).toBe('share');
    expect(lineFurniture('Share prices fell sharply on Monday.')).toBeNull();
  });

  it('keeps sentences and headings of the articles', () => {
    for (const line of [
      'Wer ist in den Konflikt verwickelt?',
      'Die Rolle des Arabischen Frühlings',
      'Il ruolo della primavera araba',
      'Flexing military muscle',
      'Trump wrote on Twitter that talks were over.',
      'Die wichtigsten Seiten im syrischen Konflikt sind:',
      '- der so genannte Islamische Staat (IS)',
    ])
      expect(lineFurniture(line)).toBeNull();
  });
});

describe('stripAgencyPrefix', () => {
  it('cuts an agency dateline run into the first sentence', () => {
    expect(stripAgencyPrefix('Berlin (dpa) - Die Bundesregierung hat reagiert.')).toBe(
      'Die Bundesregierung hat reagiert.',
    );
    expect(stripAgencyPrefix('WASHINGTON (CNN) — The US suspended talks.')).toBe(
      'The US suspended talks.',
    );
    expect(stripAgencyPrefix('Roma, 4 ottobre (ANSA) – Il governo ha deciso.')).toBe(
      'Il governo ha deciso.',
    );
    expect(stripAgencyPrefix('Die Partei (AfD) - so heißt es - wächst.')).toBe(
      'Die Partei (AfD) - so heißt es - wächst.',
    );
  });
});

describe('repeats', () => {
  it('matches a highlight bullet to the body sentence it repeats, speaker prefix aside', () => {
    const body =
      'Russia is angry that the US has not fulfilled its side of the bargain of separating out terrorist groups from the “moderate” opposition. The delineation of territory was set as a priority.';
    expect(
      repeats('Lain: Russia is angry that the US has not fulfilled its side of the bargain', body),
    ).toBe(true);
    expect(
      repeats(
        'Lain: la Russia è irritata perché gli Stati Uniti non hanno rispettato la loro parte dell’accordo',
        'La Russia è irritata perché gli Stati Uniti non hanno rispettato la loro parte dell’accordo, che prevedeva di separare i gruppi terroristici.',
      ),
    ).toBe(true);
    // The CNN title and "So what does Russia actually want to happen?" share words but not a sentence.
    expect(
      repeats(
        'What does Russia actually want in Syria?',
        'So what does Russia actually want to happen?',
      ),
    ).toBe(false);
    expect(repeats('Russland will den Krieg', 'Russland will den Krieg gewinnen.')).toBe(false);
  });
});

const CNN_EN = [
  'What does Russia actually want in Syria?',
  '',
  '01:51 - Source: CNN',
  'US suspends talks with Russia over Syria',
  '',
  'Story highlights',
  '',
  'Lain: Russia is angry that the US has not fulfilled its side of the bargain',
  '',
  'Russia wants to fight the conflict in Syria on its own terms',
  '',
  'CNN  — ',
  '',
  'Russia and the US have returned to diplomatic stalemate on Syria, proving that even when agreement in principle has been reached, such agreement is far from any guarantee of implementation.',
  'Russia is angry that the US has not fulfilled its side of the bargain of separating out terrorist groups from the “moderate” opposition.',
  'Russia wants to fight the conflict in Syria on its own terms, which are at odds with those of the US.',
];

describe('textFurniture', () => {
  it('drops the CNN video caption, summary box and its bullets, and keeps the body', () => {
    expect(textFurniture(CNN_EN)).toEqual([
      null,
      null,
      'timestamp',
      'caption',
      null,
      'highlights',
      null,
      'highlights',
      null,
      'highlights',
      null,
      'dateline',
      null,
      null,
      null,
      null,
    ]);
  });

  it('ends a summary box at the first body paragraph', () => {
    const de = [
      'Das Wichtigste in Kürze',
      'Die Regierung tritt zurück',
      'Neuwahlen im Frühjahr',
      'Die Regierung in Rom ist am Montag nach langem Streit über den Haushalt zurückgetreten, wie der Ministerpräsident mitteilte.',
    ];
    expect(textFurniture(de)).toEqual(['highlights', 'highlights', 'highlights', null]);
  });

  it('drops a bullet or pull quote repeating a longer line without a header (it)', () => {
    const it = [
      'Il governo cade dopo tre mesi di trattative',
      'Il governo cade dopo tre mesi di trattative, ha detto il presidente della Repubblica in una nota.',
      'Il presidente ha convocato i partiti per martedì.',
    ];
    expect(textFurniture(it)).toEqual(['duplicate', null, null]);
  });
});

describe('cleanTexts', () => {
  it('blanks furniture lines and keeps the line numbers', () => {
    const { texts, dropped } = cleanTexts({ en: CNN_EN.join('\n') });
    const lines = texts.en!.split('\n');
    expect(lines).toHaveLength(CNN_EN.length);
    expect(lines[3]).toBe('');
    expect(lines[13]).toBe(CNN_EN[13]);
    expect(dropped.map((d) => [d.line, d.rule])).toEqual([
      [2, 'timestamp'],
      [3, 'caption'],
      [5, 'highlights'],
      [7, 'highlights'],
      [9, 'highlights'],
      [11, 'dateline'],
    ]);
  });

  it('drops a line in every language of line-aligned texts when one language finds it furniture', () => {
    const { texts, dropped } = cleanTexts({
      de: 'Überblick\nDie Regierung ist zurückgetreten.\nZweiter Satz hier.',
      it: 'Panoramica\nIl governo si è dimesso.\nSeconda frase qui.\n.',
      en: 'Highlights\nThe government has resigned.\nSecond sentence here.',
    });
    expect(texts.de!.split('\n')[0]).toBe('');
    expect(texts.it!.split('\n')[0]).toBe('');
    expect(dropped.filter((d) => d.line === 0).map((d) => [d.lang, d.rule, d.via])).toEqual([
      ['de', 'highlights', 'en'],
      ['it', 'highlights', 'en'],
      ['en', 'highlights', undefined],
    ]);
    expect(texts.it!.split('\n')[3]).toBe('');
  });

  it('does not carry a drop over to a text with other lines', () => {
    const { texts } = cleanTexts({
      de: 'Überblick\nDie Regierung ist zurückgetreten.',
      en: 'Highlights\nThe government has resigned.\nA third line.',
    });
    expect(texts.de!.split('\n')[0]).toBe('Überblick');
    expect(texts.en!.split('\n')[0]).toBe('');
  });

  it('cuts agency datelines in place', () => {
    const { texts, cut } = cleanTexts({ de: 'Titel\nBerlin (dpa) - Die Regierung hat reagiert.' });
    expect(texts.de).toBe('Titel\nDie Regierung hat reagiert.');
    expect(cut).toEqual([{ lang: 'de', line: 1 }]);
  });
});
