import { describe, expect, it } from 'vitest';
import { isHeading, segmentDocument, splitSentences } from './segment';

describe('splitSentences: abbreviations ICU splits after', () => {
  it.each([
    ['de', 'Prof. Light sagt: „Assad hat den Krieg gewonnen.“'],
    ['de', 'Dr. Müller, z. B. im Jahr 2011, sagte u. a. Folgendes.'],
    ['de', 'Ca. 400.000 Menschen flohen, 5,6 Mio. Menschen sind betroffen.'],
    ['de', 'Es kamen ca. 400 Menschen, vgl. S. 12 und Nr. 5.'],
    ['de', 'Die Kosten von 2 Mrd. Euro trägt St. Gallen.'],
    ['de', 'Er schrieb es z.B. im Brief an Hr. Meier.'],
    ['it', 'Il prof. Light è arrivato.'],
    ['it', 'Il Sig. Rossi e il Prof. Verdi parlano con il dott. Bianchi.'],
    ['it', 'Lo dice la Sig.ra Rossi a pag. 5.'],
    ['en', 'Mr. Putin met Dr. Light yesterday.'],
    ['en', 'The U.S. Army left, e.g. from Tartus.'],
    ['en', 'George W. Bush spoke.'],
  ] as const)('%s: %s stays one sentence', (lang, text) => {
    expect(splitSentences(text, lang)).toEqual([text]);
  });

  it('splits after an abbreviation that ends the sentence before a sentence opener', () => {
    expect(splitSentences('Die Kosten betragen 5 Mio. Das ist viel.', 'de')).toEqual([
      'Die Kosten betragen 5 Mio.',
      'Das ist viel.',
    ]);
    expect(splitSentences('Sanctions hit the U.S. The talks ended.', 'en')).toEqual([
      'Sanctions hit the U.S.',
      'The talks ended.',
    ]);
    expect(splitSentences('Apples, pears, etc. The end.', 'en')).toEqual([
      'Apples, pears, etc.',
      'The end.',
    ]);
  });

  it('keeps `usw. sind` and `Nr. 5` together', () => {
    expect(splitSentences('Äpfel, Birnen usw. sind gesund. Nr. 5 ist gut.', 'de')).toEqual([
      'Äpfel, Birnen usw. sind gesund.',
      'Nr. 5 ist gut.',
    ]);
  });
});

describe('splitSentences: German ordinals', () => {
  it('keeps dates and ordinals after a preposition or article', () => {
    expect(splitSentences('Es begann am 15. März 2011 in Daraa.', 'de')).toEqual([
      'Es begann am 15. März 2011 in Daraa.',
    ]);
    expect(splitSentences('Im 2. Weltkrieg war es anders.', 'de')).toEqual([
      'Im 2. Weltkrieg war es anders.',
    ]);
    expect(splitSentences('Er kam am Montag, 15. März, an.', 'de')).toEqual([
      'Er kam am Montag, 15. März, an.',
    ]);
  });

  it('still splits when the number ends the sentence', () => {
    expect(splitSentences('Das war der 15. Der 16. kam danach.', 'de')).toEqual([
      'Das war der 15.',
      'Der 16. kam danach.',
    ]);
  });
});

describe('splitSentences: quotes', () => {
  it('joins a quoted question to the lower-case rest of its sentence', () => {
    expect(splitSentences('„Warum?“ fragte er. Dann ging er.', 'de')).toEqual([
      '„Warum?“ fragte er.',
      'Dann ging er.',
    ]);
    expect(splitSentences('«Perché?» chiese lui.', 'it')).toEqual(['«Perché?» chiese lui.']);
    expect(splitSentences('“Why?” he asked. “Go!” she said.', 'en')).toEqual([
      '“Why?” he asked.',
      '“Go!” she said.',
    ]);
  });

  it('splits after a closing quote when a new sentence follows', () => {
    expect(splitSentences('Er sagte: „Wir gehen.“ Dann gingen sie.', 'de')).toEqual([
      'Er sagte: „Wir gehen.“',
      'Dann gingen sie.',
    ]);
  });

  it('attaches a segment of closing punctuation to the sentence before it', () => {
    expect(splitSentences('Er ging. “', 'de')).toEqual(['Er ging. “']);
  });
});

describe('splitSentences: plain text', () => {
  it('splits two ordinary sentences and keeps the text as written', () => {
    const line = 'In der Theorie ist Russland da,  um den IS zu bekämpfen. Aber sie greifen an.';
    expect(splitSentences(line, 'de')).toEqual([
      'In der Theorie ist Russland da,  um den IS zu bekämpfen.',
      'Aber sie greifen an.',
    ]);
    expect(splitSentences('Non li vogliono in Russia. Vogliono ucciderli.', 'it')).toHaveLength(2);
  });

  it('keeps elisions, dashes and decades inside one sentence', () => {
    const text = 'L’Unione Sovietica – negli anni ’90 – ha perso influenza.';
    expect(splitSentences(text, 'it')).toEqual([text]);
  });

  it('returns nothing for blank input', () => {
    expect(splitSentences('', 'de')).toEqual([]);
    expect(splitSentences('   ', 'en')).toEqual([]);
  });
});

describe('segmentDocument', () => {
  it('splits by line, skips blank lines and records the source line', () => {
    const text = 'Titel ohne Punkt\r\n\r\nErster Satz. Zweiter Satz.\n   \nDritter Satz.';
    expect(segmentDocument(text, 'de')).toEqual([
      { text: 'Titel ohne Punkt', line: 0 },
      { text: 'Erster Satz.', line: 2 },
      { text: 'Zweiter Satz.', line: 2 },
      { text: 'Dritter Satz.', line: 4 },
    ]);
  });

  it('never merges across lines', () => {
    expect(segmentDocument('Es sagte Prof.\nLight dazu.', 'de').map((s) => s.line)).toEqual([0, 1]);
  });
});

describe('isHeading', () => {
  it.each([
    'Die Rolle des Arabischen Frühlings',
    'Militärische Muskeln spielen lassen',
    'Il ruolo della primavera araba',
    'Russia’s role on the world stage',
  ])('%s is a heading', (line) => {
    expect(isHeading(line)).toBe(true);
  });

  it.each([
    'Wer ist in den Konflikt verwickelt?',
    'Die wichtigsten Seiten im syrischen Konflikt sind:',
    '„Sie werden nicht tun, was wir ihnen sagen.“',
    '- der so genannte Islamische Staat (IS)',
    'Trovaci su Instagram a BBCNewsbeat e seguici su Snapchat, cerca bbc_newsbeat e altro ancora',
    '',
    '.',
  ])('%s is not a heading', (line) => {
    expect(isHeading(line)).toBe(false);
  });
});
