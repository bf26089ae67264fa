import { CodedError } from '@/lib/errors';
import {
  makeDictionary,
  type AdjReading,
  type FormEntry,
  type LexiconTables,
  type NounReading,
  type VerbReading,
} from './dictionary';
import type { Dictionary, Gender, GrammaticalNumber } from './lexicon';
import { isLang, type Lang } from './types';

/**
 * One language's dictionary tables as a compact UTF-8 text file
 * (public/lexicon/<lang>.lex), small enough to download and quick to decode in a
 * Web Worker, with no parser library. Forms are not listed: each lemma names its
 * paradigm, the list of (reading, edit from lemma to form) it has, and lemmas
 * share paradigms (22,000 German adjectives have `a0 a0e a0em a0en a0er a0es`),
 * so a regular word costs little more than its lemma: a third of a form list.
 *
 *   triglot-lexicon	1	de
 *   license	CC-BY-SA-4.0 …         header: `name<TAB>value` lines up to a blank line
 *   source	…
 *   ranks	74654
 *   rankdigits	3
 *   paradigms	3214
 *   lemmas	97394
 *   unlisted	0
 *
 *   ranked words, one per line in code-unit order, front-coded
 *   one line: each ranked word's rank, `rankdigits` base-62 digits each
 *   paradigms, most used first: readings separated by TABs
 *   lemmas in code-unit order, front-coded, then TAB and the paradigm's number
 *   noun forms that are not in the noun form list (FormEntry.listedNoun), front-coded
 *
 * Front coding: one count character (how many code units of the previous line
 * to drop), then the rest; `~` drops all. Counts and numbers are base 62
 * (`0-9a-zA-Z`); ranks are stored apart from their words because a column of
 * fixed-width numbers compresses better than numbers between words.
 * A reading is one tag character (kind and flags: `NOUN_TAGS`…) and an edit that
 * makes the form from the lemma: a count of code units to cut off the end, then
 * what to append (Frage `0n` → Fragen, versuchen `2t` → versucht); or `<`, a
 * count to strip from the start, what to put in front, `|`, and the same
 * (brauen `<0ge|2t` → gebraut, anfangen `<2|1` → fange); or `~` and the form.
 * The counts let a truncated download fail loudly instead of lacking words.
 */

export type LexiconFileErrorCode = 'LEXICON_FORMAT' | 'LEXICON_VERSION';

export class LexiconFileError extends CodedError<LexiconFileErrorCode> {
  override readonly name = 'LexiconFileError';
}

export const LEXICON_MAGIC = 'triglot-lexicon';
export const LEXICON_VERSION = 1;

/** Where each language's file is served from, relative to the site root. */
export const lexiconFilePath = (lang: Lang) => `lexicon/${lang}.lex`;

const GENDERS: readonly (Gender | undefined)[] = [undefined, 'm', 'f', 'n'];
const NUMBERS: readonly (GrammaticalNumber | undefined)[] = [undefined, 'sg', 'pl'];
// Nouns: gender × number; adjectives: × fromVerb; verbs: × the four flags as bits.
const NOUN_TAGS = 'ABCDEFGHIJKL';
const ADJ_TAGS = 'ab';
const VERB_TAGS = 'cdefghijklmnopqr';
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALL = '~';
const AFFIX = '<';
const AFFIX_END = '|';
// Field and line separators, and the end of an edit's front text.
const RESERVED_RE = /[\t\n\r|]/u;
const HEADER_COUNTS = ['ranks', 'rankdigits', 'paradigms', 'lemmas', 'unlisted'] as const;
// Below this many shared leading characters an edit looks for a shared stem
// inside the words (gebraut, anfing): cut-and-append would repeat the stem.
const SHORT_PREFIX = 4;

const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;

function formatError(message: string): LexiconFileError {
  return new LexiconFileError('LEXICON_FORMAT', message);
}

function checked(text: string, what: string): string {
  if (RESERVED_RE.test(text)) {
    throw formatError(`${what} ${JSON.stringify(text)} has a tab, newline or |`);
  }
  return text;
}

function sharedPrefix(a: string, b: string, i = 0, j = 0): number {
  let n = 0;
  while (i + n < a.length && j + n < b.length && a.charCodeAt(i + n) === b.charCodeAt(j + n)) n++;
  return n;
}

function toBase62(n: number, width = 0): string {
  let out = '';
  do {
    out = DIGITS[n % 62]! + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
}

/** Lines front-coded against each other; `words` must be sorted and distinct. */
function frontCode(words: readonly string[], what: string): string[] {
  let previous = '';
  return words.map((word) => {
    const drop = previous.length - sharedPrefix(previous, checked(word, what));
    const line =
      drop < DIGITS.length ? DIGITS[drop] + word.slice(previous.length - drop) : ALL + word;
    previous = word;
    return line;
  });
}

/** The edit that makes `form` from `lemma` (see the file comment). */
function editOf(lemma: string, form: string): string {
  const k = sharedPrefix(lemma, form);
  const cutAppend = () => {
    const cut = lemma.length - k;
    return cut < DIGITS.length ? DIGITS[cut] + form.slice(k) : ALL + form;
  };
  if (k >= SHORT_PREFIX || k === lemma.length || k === form.length) return cutAppend();
  let best = k;
  let strip = 0;
  let front = 0;
  for (let s = 0; s < lemma.length; s++) {
    for (let p = 0; p < form.length; p++) {
      const n = sharedPrefix(lemma, form, s, p);
      if (n > best) [best, strip, front] = [n, s, p];
    }
  }
  const cut = lemma.length - strip - best;
  if (best === k || strip >= DIGITS.length || cut >= DIGITS.length) return cutAppend();
  return (
    AFFIX +
    DIGITS[strip] +
    form.slice(0, front) +
    AFFIX_END +
    DIGITS[cut] +
    form.slice(front + best)
  );
}

const byLemma = (a: { lemma: string }, b: { lemma: string }) =>
  a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0;

function verbBits(r: VerbReading): number {
  return (
    (r.participle ? 1 : 0) | (r.infinitive ? 2 : 0) | (r.split ? 4 : 0) | (r.secondPerson ? 8 : 0)
  );
}

/**
 * The tables as file text; the same tables always give the same bytes. Readings
 * of a form must be in lemma order (the decoder rebuilds them lemma by lemma).
 */
export function encodeLexiconFile(
  lang: Lang,
  tables: LexiconTables,
  header: Readonly<Record<string, string>> = {},
): string {
  if (tables.lang !== lang) throw formatError(`tables of ${tables.lang} given as ${lang}`);
  const lines = [[LEXICON_MAGIC, LEXICON_VERSION, lang].join('\t')];
  for (const [name, value] of Object.entries(header)) {
    if ((HEADER_COUNTS as readonly string[]).includes(name) || !/^[a-z]+$/u.test(name)) {
      throw formatError(`bad header field name ${JSON.stringify(name)}`);
    }
    lines.push(`${name}\t${checked(value, 'header value')}`);
  }

  const ranked = [...tables.ranks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let maxRank = 0;
  ranked.forEach(([word, rank], i) => {
    if (i > 0 && ranked[i - 1]![0] === word) throw formatError(`${word} is ranked twice`);
    if (!Number.isSafeInteger(rank) || rank < 0) throw formatError(`bad rank ${rank} of ${word}`);
    maxRank = Math.max(maxRank, rank);
  });
  const rankDigits = toBase62(maxRank).length;

  const paradigms = new Map<string, string[]>();
  const unlisted: string[] = [];
  const add = (lemma: string, tag: string, form: string) => {
    const entries = paradigms.get(checked(lemma, 'lemma'));
    const entry = tag + editOf(lemma, form);
    if (entries) entries.push(entry);
    else paradigms.set(lemma, [entry]);
  };
  for (const form of [...tables.forms.keys()].sort()) {
    const { nouns, listedNoun, adj, verbs } = tables.forms.get(checked(form, 'form'))!;
    if (nouns?.length === 0 || verbs?.length === 0 || (!nouns && !adj && !verbs)) {
      throw formatError(`${form} has no readings`);
    }
    if (listedNoun && !nouns) throw formatError(`${form} is a listed noun without a lemma`);
    for (const list of [nouns, verbs]) {
      if (list?.some((r, i) => i > 0 && byLemma(list[i - 1]!, r) > 0)) {
        throw formatError(`the readings of ${form} are not in lemma order`);
      }
    }
    for (const n of nouns ?? []) {
      const tag = NOUN_TAGS[GENDERS.indexOf(n.gender) * 3 + NUMBERS.indexOf(n.number)];
      if (!tag) throw formatError(`bad noun reading of ${form}`);
      add(n.lemma, tag, form);
    }
    if (nouns && !listedNoun) unlisted.push(form);
    if (adj) add(adj.lemma, ADJ_TAGS[adj.fromVerb ? 1 : 0]!, form);
    for (const v of verbs ?? []) add(v.lemma, VERB_TAGS[verbBits(v)]!, form);
  }
  const uses = new Map<string, number>();
  const paradigmOf = new Map<string, string>();
  for (const [lemma, entries] of paradigms) {
    const paradigm = entries.join('\t');
    paradigmOf.set(lemma, paradigm);
    uses.set(paradigm, (uses.get(paradigm) ?? 0) + 1);
  }
  const byUse = [...uses].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  const ids = new Map(byUse.map(([paradigm], i) => [paradigm, toBase62(i)]));
  const lemmas = [...paradigms.keys()].sort();

  lines.push(
    `ranks\t${ranked.length}`,
    `rankdigits\t${rankDigits}`,
    `paradigms\t${byUse.length}`,
    `lemmas\t${lemmas.length}`,
    `unlisted\t${unlisted.length}`,
    '',
  );
  // Loops, not push(...): a spread of 300,000 lines overflows the stack.
  for (const line of frontCode(
    ranked.map(([word]) => word),
    'ranked word',
  )) {
    lines.push(line);
  }
  lines.push(ranked.map(([, rank]) => toBase62(rank, rankDigits)).join(''));
  for (const [paradigm] of byUse) lines.push(paradigm);
  frontCode(lemmas, 'lemma').forEach((line, i) => {
    lines.push(`${line}\t${ids.get(paradigmOf.get(lemmas[i]!)!)}`);
  });
  for (const line of frontCode(unlisted, 'form')) lines.push(line);
  return lines.join('\n') + '\n';
}

function base62(text: string, start: number, end: number, line: number): number {
  if (start >= end) throw formatError(`line ${line}: missing number`);
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = DIGIT_VALUE[text.charCodeAt(i)] ?? -1;
    if (d < 0) throw formatError(`line ${line}: bad digit in ${JSON.stringify(text)}`);
    n = n * 62 + d;
  }
  return n;
}

/**
 * Undoes front coding for the line `line` (1-based, for messages) up to `end`,
 * checking the count and that words ascend.
 */
function frontWord(previous: string, text: string, end: number, line: number, first: boolean) {
  if (end < 1) throw formatError(`line ${line}: not a front-coded word`);
  const c = text.charCodeAt(0);
  const drop = c === ALL_CODE ? previous.length : (DIGIT_VALUE[c] ?? -1);
  if (drop < 0 || drop > previous.length) throw formatError(`line ${line}: bad count`);
  const word = previous.slice(0, previous.length - drop) + text.slice(1, end);
  if (!first && word <= previous) throw formatError(`line ${line}: out of order`);
  return word;
}

function frontDecode(lines: readonly string[], first: number, count: number): string[] {
  const out = new Array<string>(count);
  let previous = '';
  for (let i = 0; i < count; i++) {
    const line = lines[first + i]!;
    previous = out[i] = frontWord(previous, line, line.length, first + i + 1, i === 0);
  }
  return out;
}

const ALL_CODE = ALL.charCodeAt(0);
const NOUN = 0;
const ADJ = 1;
const TAGS_OF_KIND = [NOUN_TAGS, ADJ_TAGS, VERB_TAGS];

/**
 * The paradigms as flat arrays, so the loop over 380,000 readings reads typed
 * arrays instead of objects: edit `e` of paradigm `p` is at `start[p] + …`.
 */
interface Paradigms {
  readonly start: Uint32Array;
  /** kind × 16 + tag index */
  readonly key: Uint8Array;
  /** 1: the edit is the whole form. */
  readonly whole: Uint8Array;
  readonly strip: Uint8Array;
  readonly cut: Uint8Array;
  readonly front: readonly string[];
  readonly append: readonly string[];
}

function parseParadigms(lines: readonly string[], first: number, count: number): Paradigms {
  const codes: string[][] = [];
  let total = 0;
  for (let p = 0; p < count; p++) {
    const fields = lines[first + p]!.split('\t');
    codes.push(fields);
    total += fields.length;
  }
  const start = new Uint32Array(count + 1);
  const key = new Uint8Array(total);
  const whole = new Uint8Array(total);
  const strip = new Uint8Array(total);
  const cut = new Uint8Array(total);
  const front = new Array<string>(total).fill('');
  const append = new Array<string>(total).fill('');
  let e = 0;
  codes.forEach((fields, p) => {
    start[p] = e;
    const line = first + p + 1;
    for (const code of fields) {
      const bad = () => formatError(`line ${line}: bad reading ${JSON.stringify(code)}`);
      const t = code.charAt(0);
      const kind = TAGS_OF_KIND.findIndex((tags) => tags.includes(t));
      if (kind < 0 || code.length < 2) throw bad();
      key[e] = kind * 16 + TAGS_OF_KIND[kind]!.indexOf(t);
      if (code[1] === ALL) {
        whole[e] = 1;
        append[e] = code.slice(2);
      } else if (code[1] === AFFIX) {
        const bar = code.indexOf(AFFIX_END, 3);
        const s = DIGIT_VALUE[code.charCodeAt(2)] ?? -1;
        const c = bar < 0 ? -1 : (DIGIT_VALUE[code.charCodeAt(bar + 1)] ?? -1);
        if (s < 0 || c < 0) throw bad();
        strip[e] = s;
        cut[e] = c;
        front[e] = code.slice(3, bar);
        append[e] = code.slice(bar + 2);
      } else {
        const c = DIGIT_VALUE[code.charCodeAt(1)] ?? -1;
        if (c < 0) throw bad();
        cut[e] = c;
        append[e] = code.slice(2);
      }
      e++;
    }
  });
  start[count] = e;
  return { start, key, whole, strip, cut, front, append };
}

function nounReading(lemma: string, tag: number): NounReading {
  const gender = GENDERS[Math.floor(tag / 3)];
  const number = NUMBERS[tag % 3];
  if (gender && number) return { lemma, gender, number };
  if (gender) return { lemma, gender };
  return number ? { lemma, number } : { lemma };
}

function verbReading(lemma: string, tag: number): VerbReading {
  const v: { -readonly [K in keyof VerbReading]: VerbReading[K] } = { lemma };
  if (tag & 1) v.participle = true;
  if (tag & 2) v.infinitive = true;
  if (tag & 4) v.split = true;
  if (tag & 8) v.secondPerson = true;
  return v;
}

/** A form's entry with one reading; every entry has the same four fields (one shape). */
function entryOf(key: number, lemma: string): FormEntry {
  const kind = key >> 4;
  const tag = key & 15;
  if (kind === NOUN) {
    return { nouns: [nounReading(lemma, tag)], listedNoun: true, adj: undefined, verbs: undefined };
  }
  if (kind === ADJ) {
    const adj: AdjReading = tag ? { lemma, fromVerb: true } : { lemma };
    return { nouns: undefined, listedNoun: undefined, adj, verbs: undefined };
  }
  return {
    nouns: undefined,
    listedNoun: undefined,
    adj: undefined,
    verbs: [verbReading(lemma, tag)],
  };
}

function merged(a: FormEntry, b: FormEntry, form: string, line: number): FormEntry {
  if (a.adj && b.adj) throw formatError(`line ${line}: ${form} has two adjective readings`);
  const join = <T>(x: readonly T[] | undefined, y: readonly T[] | undefined) =>
    x && y ? [...x, ...y] : (x ?? y);
  return {
    nouns: join(a.nouns, b.nouns),
    listedNoun: a.listedNoun ?? b.listedNoun,
    adj: a.adj ?? b.adj,
    verbs: join(a.verbs, b.verbs),
  };
}

/** Decodes and checks a file; a wrong or damaged one throws a `LexiconFileError`. */
export function decodeLexiconFile(text: string): LexiconTables {
  const lines = text.split('\n');
  const [magic, version, lang, extra] = (lines[0] ?? '').split('\t');
  if (magic !== LEXICON_MAGIC) throw formatError('not a Triglot lexicon file');
  if (version !== String(LEXICON_VERSION)) {
    throw new LexiconFileError(
      'LEXICON_VERSION',
      `lexicon format ${version}, this app reads ${LEXICON_VERSION}`,
    );
  }
  if (!isLang(lang) || extra !== undefined) throw formatError(`bad first line`);
  const header = new Map<string, string>();
  let i = 1;
  for (; i < lines.length && lines[i] !== ''; i++) {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    if (tab < 1) throw formatError(`header line ${i + 1} has no value`);
    header.set(line.slice(0, tab), line.slice(tab + 1));
  }
  const [rankCount, rankDigits, paradigmCount, lemmaCount, unlistedCount] = HEADER_COUNTS.map(
    (name) => {
      const value = header.get(name) ?? '';
      if (!/^\d{1,9}$/u.test(value)) throw formatError(`header ${name} is missing or not a count`);
      return Number(value);
    },
  ) as [number, number, number, number, number];
  const first = i + 1;
  const numbersLine = first + rankCount;
  const firstParadigm = numbersLine + 1;
  const firstLemma = firstParadigm + paradigmCount;
  const firstUnlisted = firstLemma + lemmaCount;
  // The text ends in a newline, so the last split part is empty.
  if (lines.length !== firstUnlisted + unlistedCount + 1 || lines.at(-1) !== '') {
    throw formatError('the file is shorter or longer than its header says');
  }
  if (rankDigits < 1 || rankDigits > 5) throw formatError('bad rankdigits');

  const words = frontDecode(lines, first, rankCount);
  const numbers = lines[numbersLine]!;
  if (numbers.length !== rankCount * rankDigits)
    throw formatError('rank line has the wrong length');
  const values = new Array<number>(rankCount);
  let maxRank = 0;
  for (let w = 0; w < rankCount; w++) {
    values[w] = base62(numbers, w * rankDigits, (w + 1) * rankDigits, numbersLine + 1);
    if (values[w]! > maxRank) maxRank = values[w]!;
  }
  // A counting sort by rank: stable, so equal ranks stay in word order.
  const slots = new Uint32Array(maxRank + 2);
  for (const r of values) slots[r + 1]!++;
  for (let r = 1; r < slots.length; r++) slots[r]! += slots[r - 1]!;
  const ranks = new Array<readonly [string, number]>(rankCount);
  for (let w = 0; w < rankCount; w++) ranks[slots[values[w]!]!++] = [words[w]!, values[w]!];

  const p = parseParadigms(lines, firstParadigm, paradigmCount);
  // Entries are immutable and shared: every form with just one reading of a lemma
  // and tag (syrisch, syrische, syrischen…) gets the same object. Fewer objects
  // are less work for the garbage collector, most of the decode time.
  const forms = new Map<string, FormEntry>();
  const single = new Array<FormEntry | undefined>(48);
  const singleOf = new Int32Array(48).fill(-1);
  let lemma = '';
  for (let n = 0; n < lemmaCount; n++) {
    const line = lines[firstLemma + n]!;
    const number = firstLemma + n + 1;
    const tab = line.indexOf('\t');
    lemma = frontWord(lemma, line, tab, number, n === 0);
    const id = base62(line, tab + 1, line.length, number);
    if (id >= paradigmCount) throw formatError(`line ${number}: no paradigm ${id}`);
    for (let e = p.start[id]!, end = p.start[id + 1]!; e < end; e++) {
      const strip = p.strip[e]!;
      const cut = p.cut[e]!;
      if (strip + cut > lemma.length) throw formatError(`line ${number}: edit too long`);
      const front = p.front[e]!;
      const append = p.append[e]!;
      const form = p.whole[e]
        ? append
        : strip === 0 && cut === 0 && front === '' && append === ''
          ? lemma
          : front + lemma.slice(strip, lemma.length - cut) + append;
      const key = p.key[e]!;
      if (singleOf[key] !== n) {
        singleOf[key] = n;
        single[key] = entryOf(key, lemma);
      }
      const alone = single[key]!;
      const entry = forms.get(form);
      forms.set(form, entry === undefined ? alone : merged(entry, alone, form, number));
    }
  }
  for (const form of frontDecode(lines, firstUnlisted, unlistedCount)) {
    const entry = forms.get(form);
    if (!entry?.nouns) throw formatError(`unlisted ${form} is no noun form`);
    forms.set(form, { ...entry, listedNoun: undefined });
  }
  return { lang, ranks, forms };
}

/** The dictionary on decoded files; a language without a file has no readings. */
export function dictionaryFromFiles(files: Partial<Record<Lang, string>>): Dictionary {
  const tables: Partial<Record<Lang, LexiconTables>> = {};
  for (const [key, text] of Object.entries(files)) {
    if (text === undefined) continue;
    const decoded = decodeLexiconFile(text);
    if (decoded.lang !== key) throw formatError(`the ${key} file holds ${decoded.lang}`);
    tables[decoded.lang] = decoded;
  }
  return makeDictionary(tables);
}
