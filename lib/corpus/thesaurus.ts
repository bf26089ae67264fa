import { CodedError } from '@/lib/errors';
import type { ContentPos } from './lexicon';
import type { Lang } from './types';
/**
 * A thesaurus per language (public/lexicon/<lang>.thes, `npm run thesaurus`): synonym sets,
 * near terms and generic terms from LibreOffice's MyThes thesauri (OpenThesaurus for German,
 * the Italian thesaurus of the OpenOffice community, WordNet for English), restricted to words
 * the lexicon and frequency lists know. Pure, for the Node build and the import Worker alike.
 *
 *   triglot-thesaurus	1	de
 *   source	OpenThesaurus (Debian mythes-de 20160424-4)
 *   license	LGPL-2.1+ …
 *   senses	2
 *   words	3
 *
 *   -	Abmachung|Vereinbarung		Übereinkunft
 *   -	Truppe|Armee		Organisation
 *   abmachung	0
 *   truppe	1
 *   vereinbarung	0
 *
 * A sense line is `pos⇥words⇥near⇥generic` (pos n/v/a/r or - for none; lists split by `|`, near
 * terms are WordNet's similar/related terms: never a wrong option, not accepted as right
 * either); a word line is a lower-cased head word and its senses in the thesaurus's order
 * (base 36). Senses are shared by all their head words, so a synonym set is stored once.
 */

export type ThesaurusFileErrorCode = 'THESAURUS_FORMAT' | 'THESAURUS_VERSION';

export class ThesaurusFileError extends CodedError<ThesaurusFileErrorCode> {
  override readonly name = 'ThesaurusFileError';
}

export const THESAURUS_MAGIC = 'triglot-thesaurus';
export const THESAURUS_VERSION = 1;

export const thesaurusFilePath = (lang: Lang) => `lexicon/${lang}.thes`;

export interface ThesaurusSense {
  readonly pos?: ContentPos;
  /** The synonym set, head word included, as written (German nouns capitalised). */
  readonly words: readonly string[];
  /** Similar or related terms: near in meaning, so never offered as wrong. */
  readonly near: readonly string[];
  /** Generic terms (Oberbegriff, WordNet's hypernyms): what co-hyponyms share. */
  readonly generic: readonly string[];
}

export interface ThesaurusMeta {
  readonly lang: Lang;
  readonly source: string;
  readonly license: string;
  readonly url?: string;
}

export interface ThesaurusData {
  readonly meta: ThesaurusMeta;
  readonly senses: readonly ThesaurusSense[];
  /** Lower-cased head word → its senses (indices into `senses`), in the thesaurus's order. */
  readonly heads: ReadonlyMap<string, readonly number[]>;
}

const POS_CODE: Readonly<Record<ContentPos, string>> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };
const CODE_POS: Readonly<Record<string, ContentPos>> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

// toLowerCase, not toLocaleLowerCase: the same for de/it/en and many times faster here.
const key = (word: string) => word.toLowerCase();

// ---------------------------------------------------------------------------------------------
// Reading the MyThes source (build time).

/** MyThes part-of-speech fields: `(noun)`, `(s.m.)`, `(agg. Avvilito)`, `-` (German has none). */
export function mythesPos(field: string): ContentPos | undefined {
  const f = field
    .replace(/^\(|\)$/g, '')
    .trim()
    .toLowerCase();
  if (/^(noun|s\.\s?[mf]|s\.)/.test(f)) return 'noun';
  if (/^(verb|v\.)/.test(f)) return 'verb';
  if (/^(adj|agg)/.test(f)) return 'adj';
  if (/^(adv|avv)/.test(f)) return 'adv';
  return undefined;
}

export interface MythesEntry {
  readonly head: string;
  readonly senses: readonly ThesaurusSense[];
}

/** One-word terms only: a blank holds one word, and a phrase is no typed answer. */
const ONE_WORD = /^[\p{L}][\p{L}\p{M}'’-]*$/u;

/**
 * The entries of a MyThes `.dat` text (`word|n`, then n lines `(pos)|term|term…`), markers read:
 * `(generic term)` / `(Oberbegriff)` → generic, `(similar term)` / `(related term)` → near,
 * `(antonym)` dropped, register notes (`(ugs.)`, `(geh.)`) stripped. Terms of more than one
 * word are dropped, except as generic terms (they only name a class).
 */
export function readMythes(text: string): MythesEntry[] {
  const lines = text.split('\n');
  const out: MythesEntry[] = [];
  // The first line names the encoding (UTF-8 for all three Debian thesauri).
  for (let i = 1; i < lines.length;) {
    const line = lines[i++]!;
    const bar = line.lastIndexOf('|');
    if (bar <= 0) continue;
    const head = line.slice(0, bar);
    const count = Number(line.slice(bar + 1));
    if (!Number.isInteger(count) || count <= 0) continue;
    const senses: ThesaurusSense[] = [];
    for (let k = 0; k < count && i < lines.length; k++) {
      const [posField = '', ...terms] = lines[i++]!.split('|');
      const words: string[] = [];
      const near: string[] = [];
      const generic: string[] = [];
      for (const raw of terms) {
        const markers = [...raw.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!);
        const term = raw.replace(/\s*\([^)]*\)/g, '').trim();
        if (term === '' || term.includes('...')) continue;
        if (markers.includes('generic term') || markers.includes('Oberbegriff')) {
          generic.push(term);
        } else if (markers.includes('antonym') || markers.includes('Unterbegriff')) {
          continue;
        } else if (!ONE_WORD.test(term)) {
          continue;
        } else if (markers.includes('similar term') || markers.includes('related term')) {
          near.push(term);
        } else words.push(term);
      }
      const pos = mythesPos(posField);
      senses.push({ ...(pos ? { pos } : {}), words, near, generic });
    }
    out.push({ head, senses });
  }
  return out;
}

/**
 * The thesaurus restricted to `known` words: a sense keeps its known words (the head word
 * counts as a member), its near terms that are known, and its generic terms that are known or
 * shared by two kept senses (others name no class a distractor could come from). A word whose
 * own entries give it parts of speech but not the sense's is dropped from it. A sense left
 * with one word and nothing else says nothing and goes; so does a head word without senses.
 */
export function restrictThesaurus(
  entries: readonly MythesEntry[],
  known: (word: string) => boolean,
  meta: ThesaurusMeta,
): ThesaurusData {
  type Draft = { pos?: ContentPos; words: string[]; near: string[]; generic: string[] };
  const drafts: { head: string; senses: Draft[] }[] = [];
  const genericUse = new Map<string, number>();
  // WordNet writes an adjective's domain (military → discipline, field, study) as unmarked
  // members of an adjective sense; the thesaurus's own entries say those words are nouns.
  // Only WordNet's parts of speech are fine-grained enough to trust: the Italian thesaurus
  // labels a word noun or adjective by its senses, not by what it can be.
  const headPos = new Map<string, Set<ContentPos>>();
  for (const { head, senses } of meta.lang === 'en' ? entries : []) {
    for (const s of senses) {
      if (!s.pos) continue;
      const set = headPos.get(key(head)) ?? new Set<ContentPos>();
      set.add(s.pos);
      headPos.set(key(head), set);
    }
  }
  const fits = (word: string, pos: ContentPos | undefined) => {
    if (!pos) return true;
    const known = headPos.get(key(word));
    return !known || known.has(pos);
  };
  for (const { head, senses } of entries) {
    if (!ONE_WORD.test(head) || !known(head)) continue;
    const kept: Draft[] = [];
    for (const s of senses) {
      const words = new Map<string, string>();
      // The head word as the synonyms spell it (Waffe, not waffe).
      const spelled = s.words.find((w) => key(w) === key(head)) ?? head;
      words.set(key(spelled), spelled);
      for (const w of s.words) {
        if (known(w) && fits(w, s.pos) && !words.has(key(w))) words.set(key(w), w);
      }
      const near = s.near.filter((w) => known(w) && fits(w, s.pos) && !words.has(key(w)));
      const draft: Draft = {
        ...(s.pos ? { pos: s.pos } : {}),
        words: [...words.values()],
        near,
        generic: [...new Set(s.generic)],
      };
      for (const g of draft.generic) genericUse.set(g, (genericUse.get(g) ?? 0) + 1);
      kept.push(draft);
    }
    drafts.push({ head: key(head), senses: kept });
  }
  const senses: ThesaurusSense[] = [];
  const index = new Map<string, number>();
  const heads = new Map<string, number[]>();
  for (const { head, senses: list } of drafts) {
    const ids: number[] = [];
    for (const d of list) {
      const generic = d.generic.filter((g) => known(g) || (genericUse.get(g) ?? 0) >= 2).sort();
      if (d.words.length < 2 && d.near.length === 0 && generic.length === 0) continue;
      const sense: ThesaurusSense = {
        ...(d.pos ? { pos: d.pos } : {}),
        words: [...d.words].sort(),
        near: [...new Set(d.near)].sort(),
        generic,
      };
      const k = senseLine(sense);
      let id = index.get(k);
      if (id === undefined) {
        id = senses.length;
        senses.push(sense);
        index.set(k, id);
      }
      if (!ids.includes(id)) ids.push(id);
    }
    if (ids.length === 0) continue;
    const seen = heads.get(head);
    if (!seen) heads.set(head, ids);
    else for (const id of ids) if (!seen.includes(id)) seen.push(id);
  }
  return { meta, senses, heads };
}

// ---------------------------------------------------------------------------------------------
// The file.

const FORBIDDEN = /[\t\n\r|]/;

function check(what: string, value: string): void {
  if (value === '' || FORBIDDEN.test(value) || value !== value.trim()) {
    throw new ThesaurusFileError(
      'THESAURUS_FORMAT',
      `${what} is empty or has a tab, | or edge space`,
    );
  }
}

function senseLine(s: ThesaurusSense): string {
  return [
    s.pos ? POS_CODE[s.pos] : '-',
    s.words.join('|'),
    s.near.join('|'),
    s.generic.join('|'),
  ].join('\t');
}

/** The file text; the same data always gives the same bytes. */
export function encodeThesaurus(data: ThesaurusData): string {
  const { meta } = data;
  for (const [name, value] of [
    ['the source', meta.source],
    ['the licence', meta.license],
    ...(meta.url !== undefined ? [['the url', meta.url]] : []),
  ] as const) {
    if (value === '' || /[\t\n\r]/.test(value)) {
      throw new ThesaurusFileError('THESAURUS_FORMAT', `${name} is empty or has a tab or break`);
    }
  }
  for (const s of data.senses)
    for (const w of [...s.words, ...s.near, ...s.generic]) check('a term', w);
  const heads = [...data.heads].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [head, ids] of heads) {
    check('a head word', head);
    for (const id of ids) {
      if (!Number.isInteger(id) || id < 0 || id >= data.senses.length) {
        throw new ThesaurusFileError('THESAURUS_FORMAT', `${head} names sense ${id}`);
      }
    }
  }
  const lines = [
    [THESAURUS_MAGIC, String(THESAURUS_VERSION), meta.lang].join('\t'),
    `source\t${meta.source}`,
    `license\t${meta.license}`,
    ...(meta.url !== undefined ? [`url\t${meta.url}`] : []),
    `senses\t${data.senses.length}`,
    `words\t${heads.length}`,
    '',
    ...data.senses.map(senseLine),
    ...heads.map(([head, ids]) => `${head}\t${ids.map((id) => id.toString(36)).join(',')}`),
  ];
  return `${lines.join('\n')}\n`;
}

function formatError(message: string): ThesaurusFileError {
  return new ThesaurusFileError('THESAURUS_FORMAT', `not a Triglot thesaurus file: ${message}`);
}

const LANG_RE = /^(de|it|en)$/;
const list = (field: string | undefined) => (field ? field.split('|') : []);

/** Reads a file written by `encodeThesaurus`; a damaged or truncated one throws. */
export function decodeThesaurus(text: string): ThesaurusData {
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n/g, '\n');
  if (!text.endsWith('\n')) throw formatError('it does not end with a line break (truncated?)');
  const lines = text.slice(0, -1).split('\n');
  const [magic, version, lang, extra] = (lines[0] ?? '').split('\t');
  if (magic !== THESAURUS_MAGIC)
    throw formatError(`it starts with ${JSON.stringify(text.slice(0, 40))}`);
  if (version !== String(THESAURUS_VERSION)) {
    throw new ThesaurusFileError(
      'THESAURUS_VERSION',
      `thesaurus file version ${version ?? '(none)'} is not ${THESAURUS_VERSION}`,
    );
  }
  if (!lang || !LANG_RE.test(lang) || extra !== undefined) throw formatError('bad first line');
  const fields = new Map<string, string>();
  let i = 1;
  for (; i < lines.length && lines[i] !== ''; i++) {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    if (tab <= 0) throw formatError(`header line ${i + 1} has no value`);
    fields.set(line.slice(0, tab), line.slice(tab + 1));
  }
  i++;
  const source = fields.get('source');
  const license = fields.get('license');
  const senseCount = Number(fields.get('senses'));
  const wordCount = Number(fields.get('words'));
  if (!source || !license) throw formatError('the header lacks the source or licence');
  if (!Number.isInteger(senseCount) || !Number.isInteger(wordCount)) {
    throw formatError('the header lacks the counts');
  }
  if (lines.length - i !== senseCount + wordCount) {
    throw formatError(
      `the header promises ${senseCount + wordCount} lines, the file has ${lines.length - i}`,
    );
  }
  const senses: ThesaurusSense[] = [];
  for (let k = 0; k < senseCount; k++, i++) {
    const parts = lines[i]!.split('\t');
    const code = parts[0]!;
    if (parts.length !== 4 || (code !== '-' && !CODE_POS[code])) {
      throw formatError(`sense line ${i + 1} is not pos⇥words⇥near⇥generic`);
    }
    const pos = CODE_POS[code];
    senses.push({
      ...(pos ? { pos } : {}),
      words: list(parts[1]),
      near: list(parts[2]),
      generic: list(parts[3]),
    });
  }
  const heads = new Map<string, number[]>();
  let previous = '';
  for (let k = 0; k < wordCount; k++, i++) {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    if (tab <= 0) throw formatError(`word line ${i + 1} is not word⇥senses`);
    const head = line.slice(0, tab);
    if (head <= previous) throw formatError(`${head} is out of order after ${previous}`);
    const ids = line
      .slice(tab + 1)
      .split(',')
      .map((s) => parseInt(s, 36));
    if (ids.some((id) => !(id >= 0 && id < senseCount))) {
      throw formatError(`${head} names a sense the file lacks`);
    }
    heads.set(head, ids);
    previous = head;
  }
  const url = fields.get('url');
  return {
    meta: { lang: lang as Lang, source, license, ...(url ? { url } : {}) },
    senses,
    heads,
  };
}

// ---------------------------------------------------------------------------------------------
// Lookups.

/** How a candidate relates in meaning to an answer, closest first. */
export type Relation = 'synonym' | 'near' | 'co-hyponym' | 'related';

/**
 * A generic term with more members than this (Person, move, change, activity) is no class a
 * reader would call "the same kind of thing"; nine in ten classes have at most about ten.
 */
export const MAX_CLASS_SIZE = 12;

/** A sense with more words than this is a loose cluster (Italian teoria: a list, a queue…). */
export const MAX_SENSE_SIZE = 10;

export interface Thesaurus {
  readonly lang: Lang;
  readonly meta: ThesaurusMeta;
  /** The senses of a word: its own entry's first, in the thesaurus's order, then those it is in. */
  senses(word: string, pos?: ContentPos): readonly ThesaurusSense[];
  /** Synonyms in any sense (for keeping them out of the options), lower-cased. */
  synonyms(word: string, pos?: ContentPos): ReadonlySet<string>;
  /** Synonyms in the word's main sense: its only sense, or the first its own entry lists. */
  mainSynonyms(word: string, pos?: ContentPos): readonly string[];
  /** How `b` relates to `a`; undefined when the thesaurus knows no link. */
  relation(a: string, b: string, pos?: ContentPos): Relation | undefined;
  /** Words of the same kind (sharing a generic term, or under the word itself), lower-cased. */
  kin(word: string, pos?: ContentPos): ReadonlySet<string>;
}

const posFits = (s: ThesaurusSense, pos: ContentPos | undefined) =>
  pos === undefined || s.pos === undefined || s.pos === pos;

/** The lookups on decoded data; indexes are built once, answers remembered per word. */
export function createThesaurus(data: ThesaurusData): Thesaurus {
  const members = new Map<string, number[]>();
  const classes = new Map<string, number[]>();
  data.senses.forEach((s, id) => {
    for (const w of [...s.words]) {
      const k = key(w);
      const ids = members.get(k);
      if (ids) ids.push(id);
      else members.set(k, [id]);
    }
    for (const g of s.generic) {
      const k = key(g);
      const ids = classes.get(k);
      if (ids) ids.push(id);
      else classes.set(k, [id]);
    }
  });
  const sensesMemo = new Map<string, readonly ThesaurusSense[]>();
  const senses = (word: string, pos?: ContentPos): readonly ThesaurusSense[] => {
    const k = `${key(word)}|${pos ?? ''}`;
    let out = sensesMemo.get(k);
    if (!out) {
      const ids = [...(data.heads.get(key(word)) ?? [])];
      for (const id of members.get(key(word)) ?? []) if (!ids.includes(id)) ids.push(id);
      out = ids.map((id) => data.senses[id]!).filter((s) => posFits(s, pos));
      sensesMemo.set(k, out);
    }
    return out;
  };
  const synonymsMemo = new Map<string, ReadonlySet<string>>();
  const synonyms = (word: string, pos?: ContentPos): ReadonlySet<string> => {
    const k = `${key(word)}|${pos ?? ''}`;
    let out = synonymsMemo.get(k);
    if (!out) {
      const self = key(word);
      out = new Set(
        senses(word, pos)
          .flatMap((s) => s.words)
          .map(key)
          .filter((w) => w !== self),
      );
      synonymsMemo.set(k, out);
    }
    return out;
  };
  /**
   * The sense a word is read in when nothing else tells: its own entry's first (WordNet orders
   * them by frequency), else the first it is in. Kin and related words come from it alone:
   * every sense at once made weapon kin of opinion and patent (weapon "a means of
   * persuasion"), tie of nail and thread, Reaktion of Oxidation.
   */
  const mainSenses = (word: string, pos?: ContentPos): readonly ThesaurusSense[] => {
    const own = (data.heads.get(key(word)) ?? [])
      .map((id) => data.senses[id]!)
      .filter((s) => posFits(s, pos));
    const main = own[0] ?? senses(word, pos)[0];
    return main ? [main] : [];
  };
  /** Generic terms of a word's main sense (lower case), of classes of a reasonable size. */
  const classMemo = new Map<string, ReadonlySet<string>>();
  const classesOf = (word: string, pos?: ContentPos): ReadonlySet<string> => {
    const k = `${key(word)}|${pos ?? ''}`;
    let out = classMemo.get(k);
    if (!out) {
      const set = new Set<string>();
      for (const s of mainSenses(word, pos)) {
        for (const g of s.generic) {
          const gk = key(g);
          if ((classes.get(gk)?.length ?? 0) <= MAX_CLASS_SIZE) set.add(gk);
        }
      }
      out = set;
      classMemo.set(k, out);
    }
    return out;
  };
  const wordsOf = (id: number, pos: ContentPos | undefined) => {
    const s = data.senses[id]!;
    return posFits(s, pos) ? s.words : [];
  };
  /** Every word sharing the main sense with `word`, when it is tight, and the word itself. */
  const neighbours = (word: string, pos?: ContentPos): ReadonlySet<string> =>
    new Set([
      key(word),
      ...mainSenses(word, pos)
        .filter((s) => s.words.length <= MAX_SENSE_SIZE)
        .flatMap((s) => s.words.map(key)),
    ]);
  const underMemo = new Map<string, ReadonlySet<string>>();
  /** Words with `word` as a generic term in some sense (its hyponyms), lower-cased. */
  const under = (word: string, pos?: ContentPos): ReadonlySet<string> => {
    const k = `${key(word)}|${pos ?? ''}`;
    let out = underMemo.get(k);
    if (!out) {
      out = new Set((classes.get(key(word)) ?? []).flatMap((id) => wordsOf(id, pos).map(key)));
      underMemo.set(k, out);
    }
    return out;
  };
  const kinMemo = new Map<string, ReadonlySet<string>>();
  /** Co-hyponyms, hyponyms and hypernyms of the main sense (one level, classes of a reasonable size). */
  const kin = (word: string, pos?: ContentPos): ReadonlySet<string> => {
    const k = `${key(word)}|${pos ?? ''}`;
    let out = kinMemo.get(k);
    if (!out) {
      const set = new Set<string>(classesOf(word, pos));
      // Hyponyms of the main sense: with several senses, a hyponym must name two of its
      // words as generic terms (gun: weapon|arm), else it may hang under another sense
      // (Oxidation under Reaktion the chemical process, Hochebene under Ebene the plain).
      const main = mainSenses(word, pos)[0];
      const mainWords = new Set((main?.words ?? [key(word)]).map(key));
      const needUnder = senses(word, pos).length <= 1 ? 1 : Math.min(2, mainWords.size);
      for (const id of classes.get(key(word)) ?? []) {
        const named = data.senses[id]!.generic.filter((g) => mainWords.has(key(g))).length;
        if (named < needUnder) continue;
        for (const w of wordsOf(id, pos)) set.add(key(w));
      }
      // Siblings share the main sense's generic terms: all of them when it lists one, two
      // when it lists a synset (target: point of reference|reference|reference point), so a
      // word's other senses (reference: a book, so atlas) are no siblings.
      for (const main of mainSenses(word, pos)) {
        const generic = main.generic.map(key);
        const need = Math.min(2, generic.length);
        const shared = new Map<number, number>();
        for (const g of generic) {
          for (const id of classes.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
        }
        // …and at least half of its own: a sense filed under five terms, one of them a
        // homograph (Parasit: Geldgeber|Gläubiger|…), is no sibling of Muslim (Gläubiger).
        const siblings = [...shared]
          .filter(([id, n]) => n >= need && 2 * n >= data.senses[id]!.generic.length)
          .map(([id]) => id);
        if (siblings.length > MAX_CLASS_SIZE) continue;
        for (const id of siblings) for (const w of wordsOf(id, pos)) set.add(key(w));
      }
      for (const w of synonyms(word, pos)) set.delete(w);
      set.delete(key(word));
      out = set;
      kinMemo.set(k, out);
    }
    return out;
  };
  const relatedMemo = new Map<string, ReadonlySet<string>>();
  /** Words with a neighbour in common (a shared synonym: arma → esercito ← truppa). */
  const related = (word: string, pos?: ContentPos): ReadonlySet<string> => {
    const k = `${key(word)}|${pos ?? ''}`;
    let out = relatedMemo.get(k);
    if (!out) {
      // Through tight senses only: one long list links half the language.
      const tight = (id: number) => wordsOf(id, pos).length <= MAX_SENSE_SIZE;
      const set = new Set<string>();
      for (const n of neighbours(word, pos)) {
        for (const id of members.get(n) ?? []) {
          if (tight(id)) for (const w of wordsOf(id, pos)) set.add(key(w));
        }
      }
      for (const w of synonyms(word, pos)) set.delete(w);
      set.delete(key(word));
      out = set;
      relatedMemo.set(k, out);
    }
    return out;
  };
  const nearMemo = new Map<string, ReadonlySet<string>>();
  const near = (word: string, pos?: ContentPos): ReadonlySet<string> => {
    const k = `${key(word)}|${pos ?? ''}`;
    let out = nearMemo.get(k);
    if (!out) {
      out = new Set(senses(word, pos).flatMap((s) => s.near.map(key)));
      nearMemo.set(k, out);
    }
    return out;
  };
  return {
    lang: data.meta.lang,
    meta: data.meta,
    senses,
    synonyms,
    kin,
    mainSynonyms(word, pos) {
      const own = (data.heads.get(key(word)) ?? [])
        .map((id) => data.senses[id]!)
        .filter((s) => posFits(s, pos));
      const all = senses(word, pos);
      const main = own[0] ?? (all.length === 1 ? all[0] : undefined);
      if (!main) return [];
      const self = key(word);
      return main.words.filter((w) => key(w) !== self);
    },
    relation(a, b, pos) {
      const ka = key(a);
      const kb = key(b);
      if (ka === kb) return 'synonym';
      if (synonyms(a, pos).has(kb) || synonyms(b, pos).has(ka)) return 'synonym';
      if (near(a, pos).has(kb) || near(b, pos).has(ka)) return 'near';
      // A verb's troponym or hypernym names the same act (says: adds, explains, states; he
      // [adds]: says): it fits the slot as well as the answer, so it is near, never offered.
      if (pos === 'verb' && (under(a, pos).has(kb) || classesOf(a, pos).has(kb))) return 'near';
      // Missiles are weapons: a hyponym or hypernym is the same kind of thing as well.
      if (kin(a, pos).has(kb)) return 'co-hyponym';
      if (related(a, pos).has(kb)) return 'related';
      return undefined;
    },
  };
}

/** The thesauri by language, as the pipeline takes them (a language may lack one). */
export type Thesauri = Partial<Record<Lang, Thesaurus>>;
