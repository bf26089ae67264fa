import { describe, expect, it } from 'vitest';
import { glossFromEntries, glossFromEntry, parseEntry, parseTeiEntry, senseHead } from './glossary';

// Entries verbatim from Debian's dict-freedict-deu-eng 2022.04.21 (FreeDict deu-eng
// 1.9-fd1, from the Ding dictionary; GPL-3.0 / AGPL-3.0).
const WAFFE_UGS =
  'Waffe /vˈafə/ <fem, n, sg>\n [ugs.] gun <n>\n      "mit vorgehaltener Waffe"  - at gunpoint\n      "jdn. mit einer Waffe bedrohen"  - hold sb. at gunpoint\n      "von der Waffe Gebrauch machen"  - use one\'s gun\n      "Die Waffe ging versehentlich los."  - The gun went off by accident.\n      "Ich sah, dass er eine Waffe trug."  - I could see he was carrying a gun.\n   Synonyms: {Schusswaffe}, {Schießwaffe}, {Schießgerät}\n\n see: {Schusswaffen}, {Schießwaffen}, {Waffen}, {Schießgeräte}, {Du wolltest hier leben. Es hat dich niemand gezwungen.}\n\n';
const WAFFE_MIL =
  'Waffe /vˈafə/ <fem, n, sg>\n [mil.] weapon <n>\n         Note: individually and collectively, arm <n>\n         Note: category and fig., typically in plural\n      "absolute/relative Waffen"  - absolute/relative weapons\n      "Waffe mit großer Reichweite"  - longe-range weapon\n      "Waffen zur U-Boot-Bekämpfung"  - anti-submarine weapons\n      "Waffe mit Brandwirkung"  - incendiary weapon\n      "Waffe mit Splitterwirkung"  - fragmentation weapon\n      "Waffen mit verzögerter Zündung"  - time-delay weapons\n      "Waffen der zweiten Generation"  - second generation weapons\n      "eine Waffe tragen"  - carry a weapon, pack a weapon, be packing (heat)\n      "eine Waffe unter dem Sakko tragen"  - be packing a weapon under your jacket\n      "in Waffen stehen"  - be under arms\n      "unter Waffen stehen"  - be under arms\n      "zu den Waffen rufen"  - call to arms\n      "die Waffen strecken"  - lay down one\'s arms\n      "jdn. mit den eigenen Waffen schlagen"  - defeat sb. with his own arguments\n      "etw. als Waffe benutzen"  - use sth. as a weapon\n      "eine neue Waffe im Kampf gegen die Kriminalität"  - a new crime weapon, a new weapon against crime\n see: {Waffen}, {biologische Waffen}, {Dienstwaffe}, {Seitenwaffe}, {Faustfeuerwaffen}, {Fernwaffe}, {Handfeuerwaffen}, {Handwaffen}, {hochentwickelte Waffen}, {Jagdwaffe}, {Kleinwaffen}, {konventionelle Waffen}, {Kriegswaffen}, {leichte Waffen}, {Magazinwaffen}, {Nebenwaffen}, {präzisionsgelenkte Waffen}, {Präzisionswaffen}, {Seitenwaffe}, {strategische Offensivwaffen}, {taktische Waffen}, {tragbare Waffen}, {U-Boot-Abwehrwaffen}, {Brandwaffe}, {Waffen ausmustern}\n\n';
const UNTERSTUETZUNG =
  'Unterstützung /ˌʊntɜʃtˈytsʊŋ/ <fem, n, sg>\nbacking <n>, support <n>, buy-in <n>\n         Note: from sb.\n      "sich von jdm. Rückendeckung/Unterstützung holen"  - get buy-in from sb.\n   Synonym: {Rückendeckung}\n\n         Note: von jdm.\n';
const BEVOELKERUNG =
  'Bevölkerung /bəfˈœlkərˌʊŋ/ (Bev. /bˈeːf/) <fem, n, sg>\npopulation <n>pop.,  /pˈoːp/\n see: {abnehmende Bevölkerung}, {überalterte Bevölkerung}, {die Wohnbevölkerung}, {die Zuwanderungsbevölkerung eines Landes}\n\n';
const LAND = [
  'Land /lˈant/ <neut, n, sg>\n [Dt.]  [Ös.]  [pol.] federal state <n>, Land <n>\n   Synonym: {Bundesland}\n\n see: {Bundesländer}, {Länder}\n\n',
  'Land /lˈant/ <neut, n, sg>\nland <n>\n      "zu Land und zu Wasser"  - by land and by sea\n      "das Land der unbegrenzten Möglichkeiten"  - the land of opportunity\n      "das gelobte Land"  - the promised land\n      "das Land der Verheißung"  - the promised land\n   Synonyms: {Festland}, {fester Boden}\n\n',
  'Land /lˈant/ <neut, n, sg>\ncountry <n>\n         Note: in the international community\n      "außer Landes gehen"  - leave the country\n   Synonym: {Staat}\n\n see: {Länder}, {Lande}, {Staaten}, {Urlaubsland}, {Reiseland}\n\n',
  'Land /lˈant/ <neut, n, sg>\nterra <n>\n',
  'Land /lˈant/ <neut, n, sg>\ncountryside <n>\n      "die Landschaft um Chemnitz"  - the countryside around Chemnitz\n      "auf dem Lande"  - in the countryside\n   Synonym: {idyllische Landschaft}\n\n',
  'Land /lˈant/ <neut, n, sg>\n [naut.] dry land <n>\n         Note: as opposed to the high seas\n      "wieder festes Land unter den Füßen haben"  - be back on dry land\n      "Bald war Land in Sicht."  - Soon dry land was in sight.\n   Synonym: {festes Land}\n\n see: {das rettende Ufer erreichen}\n\n         Note: im Gegensatz zu hoher See\n',
];

describe('parseEntry', () => {
  it('reads the headline and the translation lines only', () => {
    const e = parseEntry(WAFFE_MIL);
    expect(e.headword).toBe('Waffe');
    expect(e.tags).toEqual(['fem', 'n', 'sg']);
    expect(e.examples).toBe(16);
    expect(e.senses).toEqual([{ text: 'weapon', labels: ['mil.'] }]);
  });

  it('applies labels before the first translation to the whole line', () => {
    expect(parseEntry(LAND[0]!).senses).toEqual([
      { text: 'federal state', labels: ['Dt.', 'Ös.', 'pol.'] },
      { text: 'Land', labels: ['Dt.', 'Ös.', 'pol.'] },
    ]);
  });

  it('takes the headword before the IPA and any abbreviation', () => {
    expect(parseEntry(BEVOELKERUNG).headword).toBe('Bevölkerung');
  });
});

describe('glossFromEntry', () => {
  it('cleans IPA, tags, labels, notes, examples and abbreviations away', () => {
    expect(glossFromEntry(WAFFE_MIL)).toBe('weapon');
    expect(glossFromEntry(WAFFE_UGS)).toBe('gun');
    expect(glossFromEntry(UNTERSTUETZUNG)).toBe('backing; support; buy-in');
    expect(glossFromEntry(BEVOELKERUNG)).toBe('population');
  });

  it('keeps at most three senses and 80 characters', () => {
    const long = `Wort /vˈɔɾt/ <neut, n, sg>\n${'a very long translation that goes on, '.repeat(4)}end\n`;
    const gloss = glossFromEntry(long);
    expect(gloss.length).toBeLessThanOrEqual(80);
    expect(gloss.split('; ').length).toBeLessThanOrEqual(3);
    const single = `Wort <neut, n, sg>\n${'x'.repeat(120)}\n`;
    expect(glossFromEntry(single)).toHaveLength(80);
  });
});

describe('glossFromEntries', () => {
  const rank = (w: string) => ({ country: 396, land: 773, gun: 1500, weapon: 2900 })[w];

  it('puts unmarked senses with examples first (weapon before colloquial gun)', () => {
    expect(glossFromEntries([WAFFE_UGS, WAFFE_MIL].map(parseEntry), rank)).toBe('weapon; gun');
  });

  it('puts senses shared by more entries first, regional ones last (Land)', () => {
    expect(glossFromEntries(LAND.map(parseEntry), rank)).toBe('land; country; countryside');
  });

  it('finds what a translation is about', () => {
    expect(senseHead('dry land')).toBe('land');
    expect(senseHead('accuse sb.')).toBe('accuse');
    expect(senseHead('distance yourself from sb./sth.')).toBe('yourself');
  });
});

describe('parseTeiEntry (FreeDict ita-eng, eng-ita)', () => {
  it('reads numbered and plain translation lines, without IPA or numbers', () => {
    const accordo = parseTeiEntry(
      'accordo /akːˈɔrdo/\n1. accord, accordance, agreement\n2. chord\n5. consent, permission\n',
    );
    expect(accordo.headword).toBe('accordo');
    expect(accordo.senses.map((s) => s.text)).toEqual([
      'accord',
      'accordance',
      'agreement',
      'chord',
      'consent',
      'permission',
    ]);
    expect(parseTeiEntry('guerra /ɡwˈɛrɾa/\nwar\n').senses).toEqual([{ text: 'war', labels: [] }]);
    // eng-ita, read backwards by the glossary build: Italian phrases stay whole.
    expect(
      parseTeiEntry('bath /bˈaθ/\n1. vasca da bagno\n2. bagno\n').senses.map((s) => s.text),
    ).toEqual(['vasca da bagno', 'bagno']);
  });

  it('ranks a sense both dictionaries give first (accordo: agreement)', () => {
    const own = parseTeiEntry('accordo /akːˈɔrdo/\n1. accord, agreement\n2. chord\n');
    const back = {
      headword: 'accordo',
      examples: 0,
      tags: [],
      senses: [{ text: 'agreement', labels: [] }],
    };
    const rank = (w: string) => ({ agreement: 800, accord: 5000, chord: 9000 })[w];
    expect(glossFromEntries([own, back], rank)).toBe('agreement; accord; chord');
  });
});
