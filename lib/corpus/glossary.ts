/**
 * Short English glosses from FreeDict deu-eng (Ding) entries. An entry's text
 * looks like this (one sense per entry; a headword has many entries):
 *
 *   Waffe /vˈafə/ <fem, n, sg>
 *    [mil.] weapon <n>
 *            Note: individually and collectively, arm <n>
 *         "eine Waffe tragen"  - carry a weapon, …
 *      Synonyms: {Schusswaffe}, …
 *    see: {Waffen}, …
 *
 * Only the translation lines count: IPA, grammar tags, labels, notes, examples and
 * cross-references are dropped.
 */

/** What a card shows: the first senses, as many as fit. */
export const GLOSS_MAX_LENGTH = 80;
export const GLOSS_MAX_SENSES = 3;
/**
 * What the glossary files keep: more senses than a card shows, so that the one the
 * aligned English sentence uses can be put first (stürzte … overthrew: overthrow).
 */
export const GLOSS_STORED_SENSES = 8;
export const GLOSS_STORED_LENGTH = 200;

export interface GlossSense {
  readonly text: string;
  /** Bracketed labels without brackets: mil., ugs., Br. */
  readonly labels: readonly string[];
}

export interface GlossEntry {
  readonly headword: string;
  /** How many usage examples the entry gives. */
  readonly examples: number;
  /** The grammar tags of the headline: masc, n, sg; adj; v, trans. */
  readonly tags: readonly string[];
  readonly senses: readonly GlossSense[];
}

// Senses in these registers or regions make poor first glosses for a learner.
const MARKED_LABELS = new Set([
  'ugs.',
  'coll.',
  'slang',
  'vulg.',
  'pej.',
  'humor.',
  'übtr.',
  'fig.',
  'obs.',
  'veraltet',
  'archaic',
  'old',
  'poet.',
  'geh.',
  'selten',
  'rare',
  'Dt.',
  'Ös.',
  'Schw.',
  'Süddt.',
  'Norddt.',
  'BW.',
  'Bayr.',
  'Austr.',
  'Sc.',
  'Ir.',
  'Can.',
  'NZ',
  'Südtirol',
  'formal',
  'euphem.',
  'iron.',
  // A spelling variant comes after the plain word (attack [Br.], offense [Am.]).
  'Br.',
  'Am.',
]);

// An entry with usage examples is one of the dictionary's main senses (Angriff:
// attack has three, whammy none); size alone would favour long synonym lists.
const EXAMPLE_LINE_RE = /^ {4,}"/;

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[' || ch === '<' || ch === '{') depth++;
    else if ((ch === ')' || ch === ']' || ch === '>' || ch === '}') && depth > 0) depth--;
    if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

// IPA sometimes follows an abbreviation inside a translation (population pop. /pˈoːp/).
const IPA_RE = /\/[^/]*[ˈˌːɪɛəʊʃʒθðŋɾɜɔæʌɑ][^/]*\//gu;

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/**
 * Drop a trailing abbreviation: population pop., solution soltn, Monday Mon,
 * point pt, as a matter of fact AAMOF (letters of the word before, or initials).
 */
function dropAbbreviation(text: string): string {
  const words = text.split(' ');
  if (words.length < 2) return text;
  const last = words[words.length - 1]!;
  const abbr = last.replace(/\.$/, '').toLocaleLowerCase('en');
  const prev = words[words.length - 2]!.toLocaleLowerCase('en');
  const initials = words
    .slice(0, -1)
    .map((w) => w[0] ?? '')
    .join('')
    .toLocaleLowerCase('en');
  const abbreviates =
    /^\p{L}+$/u.test(abbr) &&
    abbr.length < prev.length &&
    abbr[0] === prev[0] &&
    isSubsequence(abbr, prev);
  return abbreviates || (abbr.length >= 3 && abbr === initials)
    ? words.slice(0, -1).join(' ')
    : text;
}

function cleanSense(raw: string): GlossSense | undefined {
  const labels = [...raw.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!.trim());
  const cleaned = raw
    .replace(IPA_RE, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[^\p{L}\p{N}\s'’().\-/!?]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const text = dropAbbreviation(cleaned);
  // A bare abbreviation (Govt.) is no gloss.
  if (!/\p{L}/u.test(text) || /^\p{L}+\.$/u.test(text)) return undefined;
  return { text, labels };
}

export function parseEntry(raw: string): GlossEntry {
  const lines = raw.replace(/\r/g, '').split('\n');
  const head = lines[0] ?? '';
  const ipa = head.indexOf(' /');
  const tagMatch = /<([^<>]*)>\s*$/.exec(head);
  const end = ipa >= 0 ? ipa : tagMatch ? tagMatch.index : head.length;
  const headword = head.slice(0, end).trim();
  const tags = tagMatch ? tagMatch[1]!.split(',').map((t) => t.trim()) : [];
  const senses: GlossSense[] = [];
  for (const line of lines.slice(1)) {
    // Translations start at the margin or with a label; notes, examples and
    // synonyms are indented, cross-references start with " see:".
    if (!/^(?:\S| \[)/.test(line) || /^ see:/.test(line)) continue;
    // Labels before the first translation qualify every translation on the line.
    const lead = /^(?:\s*\[[^\]]*\])*/.exec(line)![0];
    const leadLabels = [...lead.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!.trim());
    for (const part of splitTopLevel(line.slice(lead.length))) {
      const sense = cleanSense(part);
      if (sense) senses.push({ text: sense.text, labels: [...leadLabels, ...sense.labels] });
    }
  }
  const examples = lines.filter((l) => EXAMPLE_LINE_RE.test(l)).length;
  return { headword, examples, tags, senses };
}

/**
 * An entry of FreeDict's TEI-built dictionaries (ita-eng, eng-ita), which look unlike Ding's:
 *
 *   accordo /akːˈɔrdo/
 *   1. accord, accordance, agreement, concurrence
 *   2. chord
 *
 * a headline with IPA, then one translation line or numbered ones; no labels, tags or examples.
 */
export function parseTeiEntry(raw: string): GlossEntry {
  const lines = raw.replace(/\r/g, '').split('\n');
  const head = lines[0] ?? '';
  const ipa = head.indexOf(' /');
  const headword = (ipa >= 0 ? head.slice(0, ipa) : head).trim();
  const senses: GlossSense[] = [];
  for (const line of lines.slice(1)) {
    for (const part of splitTopLevel(line.replace(/^\s*\d+\.\s*/, ''))) {
      const sense = cleanSense(part);
      if (sense) senses.push(sense);
    }
  }
  return { headword, examples: 0, tags: [], senses };
}

function join(
  senses: readonly string[],
  max = GLOSS_MAX_SENSES,
  maxLength = GLOSS_MAX_LENGTH,
): string {
  const out: string[] = [];
  for (const s of senses) {
    if (out.length >= max) break;
    const next = [...out, s].join('; ');
    if (next.length > maxLength) {
      if (out.length === 0) out.push(`${s.slice(0, maxLength - 1).trimEnd()}…`);
      break;
    }
    out.push(s);
  }
  return out.join('; ');
}

/**
 * The gloss a card shows, from a stored gloss (up to GLOSS_STORED_SENSES senses):
 * the senses whose words occur in the aligned English sentence first (`english`: its
 * forms and lemmas, lower case), then the rest in dictionary rank, as many as fit.
 * Without an English side it is the stored gloss's first senses.
 */
export function glossInContext(stored: string, english?: ReadonlySet<string>): string {
  const senses = stored.split('; ').filter((s) => s !== '');
  if (!english || english.size === 0) return join(senses);
  // The word a sense is about (overthrow sb. → overthrow): a modifier would match by
  // accident (chemical action for Reaktion beside "chemical attacks"). An exact match
  // goes before a look-alike (annoyed before annoyedly).
  const score = (s: string) => {
    const head = senseHead(s);
    return english.has(head) ? 2 : inEnglish(head, english) ? 1 : 0;
  };
  const scored = senses.map((s, i) => ({ s, i, score: score(s) }));
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return join(scored.map((x) => x.s));
}

/**
 * A sense word in the English sentence: as a form or lemma, or as an irregular form
 * the tagger did not undo (overthrew ~ overthrow): a shared start of 5 or more letters
 * that leaves at most 2 letters over on either side.
 */
function inEnglish(word: string, english: ReadonlySet<string>): boolean {
  if (english.has(word)) return true;
  if (word.length < 5) return false;
  for (const e of english) {
    let i = 0;
    while (i < word.length && i < e.length && word[i] === e[i]) i++;
    if (i >= 5 && i >= Math.max(word.length, e.length) - 2) return true;
  }
  return false;
}

/** The gloss of one dictionary entry: its first translations, cleaned. */
export function glossFromEntry(rawEntryText: string): string {
  return join(dedupe(parseEntry(rawEntryText).senses.map((s) => s.text)));
}

function dedupe(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((t) => {
    const key = t.toLocaleLowerCase('en');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Words that carry no sense of their own in a translation phrase.
const FILLERS = new Set(
  (
    "to a an the sb. sth. one's oneself sb.'s of be with against for on in at by from about " +
    'into up out off down over upon'
  ).split(' '),
);
const UNRANKED_ENGLISH = 20_000;

/** The word a translation is about: its last content word (dry land → land). */
export function senseHead(text: string): string {
  const words = text
    .toLocaleLowerCase('en')
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !w.split('/').every((part) => FILLERS.has(part)));
  return (words[words.length - 1] ?? '').replace(/[^\p{L}'-]/gu, '');
}

/**
 * The gloss of a lemma from all its entries. Ding lists a headword's senses in no
 * useful order (Land: federal state, land, country, terra …), so senses are ranked:
 * unmarked before colloquial, regional or dated ones; senses of rich entries
 * first; then the meanings that more entries share (Angriff: attack in four
 * entries); then the more common English word; then dictionary order. One sense
 * per head word, in its shortest unmarked wording.
 */
export function glossFromEntries(
  entries: readonly GlossEntry[],
  englishRank: (word: string) => number | undefined,
  opts: { readonly senses?: number; readonly length?: number; readonly common?: boolean } = {},
): string {
  const senses = entries.flatMap((entry, e) =>
    entry.senses.map((sense, s) => ({
      text: sense.text,
      head: senseHead(sense.text),
      marked: sense.labels.some((l) => MARKED_LABELS.has(l)),
      rich: entry.examples > 0,
      entry: e,
      order: e * 1000 + s,
    })),
  );
  const groups = new Map<string, typeof senses>();
  for (const sense of senses) {
    if (!sense.head) continue;
    const group = groups.get(sense.head);
    if (group) group.push(sense);
    else groups.set(sense.head, [sense]);
  }
  const ranked = [...groups].map(([head, group]) => {
    const unmarked = group.filter((g) => !g.marked);
    const pool = unmarked.length > 0 ? unmarked : group;
    const best = pool.reduce((a, b) =>
      b.text.length < a.text.length || (b.text.length === a.text.length && b.order < a.order)
        ? b
        : a,
    );
    const contentWords = best.text
      .split(/\s+/)
      .filter((w) => !w.split('/').every((part) => FILLERS.has(part.toLocaleLowerCase('en'))));
    return {
      text: best.text,
      marked: unmarked.length === 0 ? 1 : 0,
      // Phrases (superimpose sth. on/upon) explain rather than translate.
      wordy: contentWords.length > 2 || /\/\p{L}+\//u.test(` ${best.text} `) ? 1 : 0,
      rich: pool.some((g) => g.rich) ? 0 : 1,
      count: new Set(pool.map((g) => g.entry)).size,
      rank: englishRank(head) ?? UNRANKED_ENGLISH,
      order: Math.min(...group.map((g) => g.order)),
    };
  });
  ranked.sort(
    (a, b) =>
      a.marked - b.marked ||
      a.wordy - b.wordy ||
      a.rich - b.rich ||
      b.count - a.count ||
      a.rank - b.rank ||
      a.order - b.order,
  );
  // A common German word glossed by a word English hardly uses, from one entry without
  // examples (dienen: subserve), has an odd sense: it goes last, where only an English
  // sentence using it (overthrew: stürzen "overthrow") brings it back; a common word
  // with odd senses only gets no gloss.
  const odd = (r: (typeof ranked)[number]) =>
    opts.common === true && r.rank >= UNRANKED_ENGLISH && r.count <= 1 && r.rich === 1;
  const kept = ranked.some((r) => !odd(r))
    ? [...ranked.filter((r) => !odd(r)), ...ranked.filter(odd)]
    : [];
  const texts = dedupe(kept.map((r) => r.text));
  // A vowelless short form of another sense is its abbreviation (month, mth).
  const isAbbreviation = (t: string) =>
    /^\p{L}[^aeiouy\s]{1,3}\.?$/iu.test(t) &&
    texts.some((o) => o.length > t.length && o[0] === t[0] && isSubsequence(t.replace('.', ''), o));
  return join(
    texts.filter((t) => !isAbbreviation(t)),
    opts.senses ?? GLOSS_MAX_SENSES,
    opts.length ?? GLOSS_MAX_LENGTH,
  );
}
