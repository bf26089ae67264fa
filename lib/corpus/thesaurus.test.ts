import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createThesaurus,
  decodeThesaurus,
  encodeThesaurus,
  mythesPos,
  readMythes,
  restrictThesaurus,
  thesaurusFilePath,
  ThesaurusFileError,
  type Thesaurus,
} from './thesaurus';
import type { Lang } from './types';

// Lines in the three Debian formats: OpenThesaurus (no part of speech, Oberbegriff), the
// Italian thesaurus (s.m./agg./avv.), WordNet (generic/similar terms, antonyms).
const GERMAN = `UTF-8
waffe|1
-|Kampfgerät|Waffe|Schießeisen (ugs.)|Objekt (Oberbegriff)
bombe|1
-|Bombe|Sprengkörper|Objekt (Oberbegriff)
abmachung|1
-|Abmachung|Vereinbarung|gegenseitiges Einvernehmen
jahr|1
-|Jahr|Zeitangabe (Oberbegriff)
`;
const ITALIAN = `UTF-8
davvero|1
(avv.)|veramente|realmente|sul serio
arma|2
(s.f.)|esercito|milizia
(s.f.)|insegna|stemma
truppa|1
(s.f.)|esercito|soldati
`;
const ENGLISH = `UTF-8
weapon|2
(noun)|arm|weapon system|instrument (generic term)
(noun)|artillery|persuasion (generic term)
missile|1
(noun)|projectile|weapon (generic term)|rocket (generic term)
gun|1
(noun)|weapon (generic term)
big|1
(adj)|large|huge (similar term)|small (antonym)
`;

const known = (words: string) => {
  const set = new Set(words.split(' ').map((w) => w.toLowerCase()));
  return (w: string) => set.has(w.toLowerCase());
};

function build(lang: Lang, text: string, words: string): Thesaurus {
  const data = restrictThesaurus(readMythes(text), known(words), {
    lang,
    source: 'test',
    license: 'test',
  });
  return createThesaurus(decodeThesaurus(encodeThesaurus(data)));
}

describe('readMythes', () => {
  it('reads markers: generic, near, antonyms dropped, register notes stripped, phrases out', () => {
    const [weapon, , , big] = readMythes(ENGLISH);
    expect(weapon!.senses[0]).toEqual({
      pos: 'noun',
      words: ['arm'],
      near: [],
      generic: ['instrument'],
    });
    expect(big!.senses[0]).toEqual({ pos: 'adj', words: ['large'], near: ['huge'], generic: [] });
    const [waffe] = readMythes(GERMAN);
    expect(waffe!.senses[0]!.words).toEqual(['Kampfgerät', 'Waffe', 'Schießeisen']);
    expect(waffe!.senses[0]!.pos).toBeUndefined();
    const davvero = readMythes(ITALIAN)[0]!;
    // "sul serio" is two words: no answer to a one-word blank.
    expect(davvero.senses[0]).toEqual({
      pos: 'adv',
      words: ['veramente', 'realmente'],
      near: [],
      generic: [],
    });
  });

  it('maps the part-of-speech fields', () => {
    expect(
      ['(noun)', '(s.m.)', '(s.f.)', '(agg. Avvilito)', '(v.)', '(avv.)', '-', '(cong.)'].map(
        mythesPos,
      ),
    ).toEqual(['noun', 'noun', 'noun', 'adj', 'verb', 'adv', undefined, undefined]);
  });
});

describe('the file', () => {
  it('round-trips and keeps only known words, a head word as the synonyms spell it', () => {
    const data = restrictThesaurus(readMythes(GERMAN), known('waffe kampfgerät bombe jahr'), {
      lang: 'de',
      source: 'OpenThesaurus',
      license: 'LGPL-2.1+',
    });
    const text = encodeThesaurus(data);
    expect(text.split('\n')[0]).toBe('triglot-thesaurus\t1\tde');
    expect(decodeThesaurus(text)).toEqual(data);
    expect(data.senses.some((s) => s.words.includes('Schießeisen'))).toBe(false);
    // Abmachung is not known; Jahr's sense has one word and a class of one: nothing to say.
    expect([...data.heads.keys()]).toEqual(['waffe', 'bombe']);
    expect(data.senses[0]!.words).toEqual(['Kampfgerät', 'Waffe']);
    // Objekt names two kept senses, so it stays as their shared class.
    expect(data.senses[1]!.generic).toEqual(['Objekt']);
  });

  it('throws on damaged, truncated or newer files', () => {
    const text = encodeThesaurus(
      restrictThesaurus(readMythes(ENGLISH), known('weapon arm missile gun'), {
        lang: 'en',
        source: 's',
        license: 'l',
      }),
    );
    const code = (t: string) => {
      try {
        decodeThesaurus(t);
        return 'ok';
      } catch (e) {
        return e instanceof ThesaurusFileError ? e.code : 'other';
      }
    };
    expect(code(text)).toBe('ok');
    expect(code(text.slice(0, -5))).toBe('THESAURUS_FORMAT');
    expect(code(text.replace('\t1\ten', '\t2\ten'))).toBe('THESAURUS_VERSION');
    expect(code(text.replace(/\n[^\n]*\n$/, '\n'))).toBe('THESAURUS_FORMAT');
    // Head words out of order.
    expect(code(text.replace('\nweapon\t', '\naaa\t'))).toBe('THESAURUS_FORMAT');
  });
});

describe('lookups', () => {
  const en = build('en', ENGLISH, 'weapon arm missile gun big large huge small projectile');
  const de = build('de', GERMAN, 'waffe kampfgerät bombe sprengkörper abmachung vereinbarung jahr');
  const it_ = build(
    'it',
    ITALIAN,
    'davvero veramente realmente arma esercito milizia insegna stemma truppa soldati',
  );

  it('tells synonyms, near terms, co-hyponyms and related words apart', () => {
    expect(en.relation('weapon', 'arm', 'noun')).toBe('synonym');
    expect(en.relation('big', 'huge', 'adj')).toBe('near');
    // A hyponym (missile is a weapon) and a co-hyponym (gun, missile: both weapons).
    expect(en.relation('weapon', 'missile', 'noun')).toBe('co-hyponym');
    expect(en.relation('gun', 'missile', 'noun')).toBe('co-hyponym');
    expect(de.relation('Waffe', 'Bombe')).toBe('co-hyponym');
    expect(de.relation('Abmachung', 'Vereinbarung')).toBe('synonym');
    // arma and truppa share esercito.
    expect(it_.relation('arma', 'truppa', 'noun')).toBe('related');
    expect(it_.relation('davvero', 'arma', 'adv')).toBeUndefined();
    // An antonym is no synonym (small would be a fair wrong option for big).
    expect(en.relation('big', 'small', 'adj')).toBeUndefined();
  });

  it('gives the main sense’s synonyms and the kin', () => {
    expect(en.mainSynonyms('weapon', 'noun')).toEqual(['arm']);
    expect(it_.mainSynonyms('davvero', 'adv')).toEqual(['realmente', 'veramente']);
    expect(it_.mainSynonyms('davvero', 'noun')).toEqual([]);
    // Under weapon: missile (and its synonym projectile), gun.
    expect([...en.kin('weapon', 'noun')].sort()).toEqual(['gun', 'missile', 'projectile']);
  });
});

describe('the committed files', () => {
  const root = join(__dirname, '..', '..', 'public');
  const load = (lang: Lang) =>
    createThesaurus(decodeThesaurus(readFileSync(join(root, thesaurusFilePath(lang)), 'utf8')));
  const [de, it_, en] = (['de', 'it', 'en'] as const).map(load);

  it('know the synonyms the linguist found in both articles', () => {
    expect(de!.relation('Abmachung', 'Vereinbarung')).toBe('synonym');
    expect(de!.relation('äußerst', 'extrem')).toBe('synonym');
    expect(it_!.relation('davvero', 'veramente', 'adv')).toBe('synonym');
    expect(en!.relation('weapon', 'arm', 'noun')).toBe('synonym');
  });

  it('relate words of one kind, and not words of another', () => {
    expect(en!.relation('weapon', 'missile', 'noun')).toBe('co-hyponym');
    expect(en!.relation('weapon', 'relation', 'noun')).toBeUndefined();
    expect(en!.relation('weapon', 'view', 'noun')).toBeUndefined();
    expect(de!.relation('Waffe', 'Jahr')).toBeUndefined();
    expect(it_!.relation('arma', 'esercito', 'noun')).toBe('synonym');
  });
});

describe('senses filtered by part of speech (issue 10, third round)', () => {
  // WordNet's line for an adjective's domain lists the domain's nouns unmarked.
  const WORDNET = `UTF-8
military|2
(adj)|discipline|field|study (related term)
(adj)|martial (similar term)|warlike (similar term)
discipline|1
(noun)|field|study|subject
field|1
(noun)|discipline|study
study|2
(noun)|discipline|field
(verb)|learn|read
martial|1
(adj)|warlike (similar term)
warlike|1
(adj)|martial (similar term)
humanitarian|2
(adj)|doctrine|philosophy|ism (related term)
(noun)|benefactor (generic term)
doctrine|1
(noun)|philosophy|ism
philosophy|1
(noun)|doctrine
big|1
(adj)|large|huge (similar term)
large|1
(adj)|big|huge (similar term)
`;
  const words =
    'military discipline field study martial warlike humanitarian doctrine philosophy ' +
    'big large huge benefactor learn read';

  it('lists no noun under an adjective sense: military, humanitarian (from the articles)', () => {
    const en = build('en', WORDNET, words);
    const adj = (w: string) => en.senses(w, 'adj').flatMap((s) => [...s.words, ...s.near]);
    expect(adj('military')).not.toContain('discipline');
    expect(adj('military')).not.toContain('field');
    expect(adj('military')).not.toContain('study');
    expect(adj('military')).toContain('martial');
    expect(adj('humanitarian')).not.toContain('doctrine');
    expect(en.relation('discipline', 'field', 'noun')).toBe('synonym');
  });

  it('keeps an adjective’s adjectives and words the thesaurus has no entry for (big: large, huge)', () => {
    const en = build('en', WORDNET, words);
    expect(en.relation('big', 'large', 'adj')).toBe('synonym');
    expect(en.senses('big', 'adj').flatMap((s) => s.near)).toContain('huge');
  });

  it('leaves the committed English file with no domain noun under military or humanitarian', () => {
    const en = createThesaurus(
      decodeThesaurus(
        readFileSync(join(__dirname, '..', '..', 'public', thesaurusFilePath('en')), 'utf8'),
      ),
    );
    const adj = (w: string) => en.senses(w, 'adj').flatMap((s) => [...s.words, ...s.near]);
    for (const noun of ['discipline', 'field', 'study'])
      expect(adj('military')).not.toContain(noun);
    expect(adj('humanitarian')).not.toContain('doctrine');
  });
});

describe('the committed files, read in the main sense (issue 10, second round)', () => {
  const root = join(__dirname, '..', '..', 'public');
  const en = createThesaurus(
    decodeThesaurus(readFileSync(join(root, thesaurusFilePath('en')), 'utf8')),
  );

  it('relates weapons to missiles and guns, not to what "a means of persuasion" is kin to', () => {
    // BBC "chemical [weapons]" was offered opinions, suggestions and patents.
    expect(en.relation('weapon', 'gun', 'noun')).toBe('co-hyponym');
    for (const w of ['opinion', 'suggestion', 'patent', 'license']) {
      expect(en.relation('weapon', w, 'noun')).toBeUndefined();
    }
    // BBC "Russia's [ties] with Syria": friendship and partnership, not nails and threads.
    expect(en.relation('tie', 'friendship', 'noun')).toBe('co-hyponym');
    expect(en.relation('tie', 'nail', 'noun')).toBeUndefined();
    // New: a target as an aim is no directory or atlas ("reference" is a book too).
    expect(en.relation('target', 'atlas', 'noun')).toBeUndefined();
  });

  it('calls a verb’s troponyms and hypernyms near: they fit where it does (says / adds)', () => {
    expect(en.relation('say', 'add', 'verb')).toBe('near');
    expect(en.relation('say', 'explain', 'verb')).toBe('near');
    // New: he [fought] → struggle is a way of fighting? No: a co-hyponym is still an option.
    expect(en.relation('say', 'swim', 'verb')).toBeUndefined();
  });
});

describe('German kin in the main sense (issue 10, second round)', () => {
  const de = createThesaurus(
    decodeThesaurus(
      readFileSync(join(__dirname, '..', '..', 'public', thesaurusFilePath('de')), 'utf8'),
    ),
  );

  it('hangs no hyponym of another sense under a word of several senses', () => {
    // BBC "die [Reaktion] des Westens" was offered Oxidation, Verbrennung; CNN "auf
    // diplomatischer [Ebene]" Hochebene, Hochland, Plateau.
    expect(de.relation('Reaktion', 'Oxidation', 'noun')).toBeUndefined();
    expect(de.relation('Ebene', 'Hochebene', 'noun')).toBeUndefined();
    // Kin of the main sense stay: BBC "in den syrischen [Krieg]", "die [Fähigkeiten]".
    expect(de.relation('Krieg', 'Einmarsch', 'noun')).toBe('co-hyponym');
    expect(de.relation('Fähigkeit', 'Eigenschaft', 'noun')).toBe('co-hyponym');
    // BBC "Einige russische [Muslime]" was offered Parasiten: both filed under Gläubiger,
    // the believer and the creditor.
    expect(de.relation('Muslim', 'Parasit', 'noun')).toBeUndefined();
  });
});
