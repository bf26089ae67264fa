/**
 * Quotes and fragments: a quotation split into sentences is joined back into one
 * unit, a quote mark left unmatched at a sentence's edge (a quotation running on
 * into the next paragraph) is cut off, and a sentence that is not a whole
 * sentence (a list item without a verb, a translation cut off mid-sentence, a
 * quote mark still unmatched) is named so that it gets no cards.
 */
import type { AnalyzedToken } from './cards';
import type { DocumentSentence } from './segment';
import type { Lang } from './types';

export type QuoteKind = 'double' | 'single';

export interface QuoteMark {
  readonly index: number;
  readonly mark: string;
  readonly kind: QuoteKind;
  readonly role: 'open' | 'close';
}

const DOUBLE = new Set(['„', '“', '”', '«', '»', '"']);
const SINGLE = new Set(['‚', '‘', '’', '‹', '›']);

/** A mark between a non-space and a space, the end or punctuation closes; one before a word opens. */
function looksClosing(text: string, index: number): boolean {
  const before = text.charAt(index - 1);
  const after = text.charAt(index + 1);
  return index > 0 && !/\s/u.test(before) && (after === '' || /[\s\p{P}]/u.test(after));
}

/**
 * The quote marks of a text with their roles, in the conventions of de („…“ »…« ‚…‘),
 * it («…» “…”) and en (“…” ‘…’) and straight quotes. A typographic apostrophe
 * (isn’t, dell’, dollars’) is not a quote mark unless a ‘ is open; ' never is.
 */
export function quoteMarks(text: string): QuoteMark[] {
  const out: QuoteMark[] = [];
  const open: string[] = [];
  const top = (kind: QuoteKind) =>
    [...open].reverse().find((m) => (DOUBLE.has(m) ? 'double' : 'single') === kind);
  for (let index = 0; index < text.length; index++) {
    const mark = text.charAt(index);
    const kind: QuoteKind | null = DOUBLE.has(mark) ? 'double' : SINGLE.has(mark) ? 'single' : null;
    if (!kind) continue;
    const t = top(kind);
    let role: 'open' | 'close';
    switch (mark) {
      case '„':
      case '‚':
        role = 'open';
        break;
      case '”':
        role = 'close';
        break;
      case '“':
        role = t === '„' || looksClosing(text, index) ? 'close' : 'open';
        break;
      case '‘':
        role = t === '‚' || (t !== undefined && looksClosing(text, index)) ? 'close' : 'open';
        break;
      case '’':
        // An apostrophe unless it can close an open ‘ or ‚.
        if (!(t === '‘' || t === '‚') || !looksClosing(text, index)) continue;
        role = 'close';
        break;
      case '«':
        role = t === '»' ? 'close' : 'open';
        break;
      case '»':
        role = t === '«' || (t === undefined && looksClosing(text, index)) ? 'close' : 'open';
        break;
      case '‹':
        role = t === '›' ? 'close' : 'open';
        break;
      case '›':
        role = t === '‹' || (t === undefined && looksClosing(text, index)) ? 'close' : 'open';
        break;
      default:
        role = t === '"' || (t === undefined && looksClosing(text, index)) ? 'close' : 'open';
    }
    if (role === 'open') open.push(mark);
    else {
      const at = open.lastIndexOf(t ?? '');
      if (t !== undefined && at >= 0) open.splice(at);
    }
    out.push({ index, mark, kind, role });
  }
  return out;
}

/** The marks without a partner: openers never closed, closers never opened. */
export function unmatchedQuotes(text: string): QuoteMark[] {
  const stack: QuoteMark[] = [];
  const unmatched: QuoteMark[] = [];
  for (const q of quoteMarks(text)) {
    if (q.role === 'open') {
      stack.push(q);
      continue;
    }
    let at = stack.length - 1;
    while (at >= 0 && stack[at]!.kind !== q.kind) at--;
    if (at < 0) unmatched.push(q);
    else unmatched.push(...stack.splice(at).slice(1));
  }
  return [...unmatched, ...stack].sort((a, b) => a.index - b.index);
}

export type QuoteRepair = 'quote:joined' | 'quote:trimmed';

export interface MendedSentence extends DocumentSentence {
  readonly repairs?: readonly QuoteRepair[];
}

// A quotation longer than this stays split: a card is a sentence or two, not a speech.
const MAX_JOINED_SENTENCES = 4;
const MAX_JOINED_CHARS = 450;

const LEADING = /^\s+/u;

/** Cut unmatched marks at the very start, or at the end before final punctuation. */
function trimEdges(text: string): string {
  let out = text;
  for (;;) {
    const unmatched = unmatchedQuotes(out);
    const first = unmatched[0];
    const last = unmatched[unmatched.length - 1];
    if (first && first.role === 'open' && first.index === 0) {
      out = out.slice(1).replace(LEADING, '');
    } else if (last && last.role === 'close' && /^[.!?…,;:)]*$/u.test(out.slice(last.index + 1))) {
      out = out.slice(0, last.index) + out.slice(last.index + 1);
    } else return out;
  }
}

/**
 * Join the sentences of one quotation within a line ("„Sie wollen sie nicht in
 * Russland haben. Sie wollen sie töten.“" is one unit, not two with one mark
 * each), then trim the marks a line leaves unmatched at a sentence's edge.
 * Nothing is joined across lines: lines are the translation units.
 */
export function mendQuotes(
  sentences: readonly DocumentSentence[],
  lines: readonly string[],
): MendedSentence[] {
  const out: MendedSentence[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    let joined: DocumentSentence = s;
    let joinedCount = 1;
    if (unmatchedQuotes(s.text).some((q) => q.role === 'open')) {
      const line = lines[s.line] ?? '';
      const start = line.indexOf(s.text);
      for (let j = k + 1; start >= 0 && j < sentences.length && j - k < MAX_JOINED_SENTENCES; j++) {
        const t = sentences[j]!;
        if (t.line !== s.line) break;
        const end = line.indexOf(t.text, start + s.text.length);
        if (end < 0) break;
        const text = line.slice(start, end + t.text.length);
        if (text.length > MAX_JOINED_CHARS) break;
        if (
          unmatchedQuotes(text).length < unmatchedQuotes(s.text).length &&
          !unmatchedQuotes(text).some((q) => q.role === 'open')
        ) {
          joined = { text, line: s.line };
          joinedCount = j - k + 1;
          break;
        }
      }
    }
    const trimmed = trimEdges(joined.text);
    const repairs: QuoteRepair[] = [];
    if (joinedCount > 1) repairs.push('quote:joined');
    if (trimmed !== joined.text) repairs.push('quote:trimmed');
    out.push({ text: trimmed, line: joined.line, ...(repairs.length ? { repairs } : {}) });
    k += joinedCount - 1;
  }
  return out;
}

export const FRAGMENT_REASONS = [
  'fragment:list-item',
  'fragment:cut-off',
  'quote:dangling',
] as const;
export type FragmentReason = (typeof FRAGMENT_REASONS)[number];

const BULLET = /^(?:[-–—•*·]|\d+[.)])\s+/u;

// Words that never end a sentence: articles, coordinating conjunctions and the
// prepositions that are never particles (German an/aus/mit/zu end clauses: "greifen … an").
const NEVER_LAST: Readonly<Record<Lang, ReadonlySet<string>>> = {
  de: new Set(
    'der die das den dem des ein eine einen einem einer eines und oder aber sondern denn dass weil ob ohne für gegen von zum zur beim im vom wegen trotz während'.split(
      ' ',
    ),
  ),
  it: new Set(
    'il lo la i gli le un uno una e ed o ma che di a da in con su per tra fra del della dei degli delle al alla ai agli alle dal dalla nel nella nei sul sulla'.split(
      ' ',
    ),
  ),
  en: new Set('the a an and or but of from because'.split(' ')),
};
// Prepositions that may end a sentence on their own, but with a quote left open they mark a cut.
const CUT_WITH_QUOTE: Readonly<Record<Lang, ReadonlySet<string>>> = {
  de: new Set('mit nach bei aus auf an zu über unter vor hinter neben zwischen'.split(' ')),
  it: new Set('senza contro dopo prima sopra sotto dentro fuori verso presso'.split(' ')),
  en: new Set('without with for to in on at by about into over under against'.split(' ')),
};

// Finite verbs a clause of a list item is likely to have (copulas, auxiliaries, modals).
const FINITE: Readonly<Record<Lang, ReadonlySet<string>>> = {
  de: new Set(
    'ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können konnte konnten muss müssen soll sollen will wollen gibt gab bleibt bleiben steht stehen'.split(
      ' ',
    ),
  ),
  it: new Set(
    "è sono era erano fu furono sarà saranno ha hanno aveva avevano può possono deve devono vuole vogliono c'è".split(
      ' ',
    ),
  ),
  en: new Set(
    'is are was were has have had will would can could must should may might does do did'.split(
      ' ',
    ),
  ),
};
// Where a relative clause begins; its verb does not make the item a sentence.
const RELATIVE: Readonly<Record<Lang, ReadonlySet<string>>> = {
  de: new Set(
    'der die das dem den denen dessen deren welche welcher welches welchem welchen'.split(' '),
  ),
  it: new Set('che cui quale quali'.split(' ')),
  en: new Set('which who whom whose that'.split(' ')),
};
const NON_FINITE: Readonly<Record<Lang, RegExp>> = {
  de: /^(?:an|auf|aus|ein|mit|vor|zu|zurück|ab|bei|nach|weg|dar|her|hin|um)?ge\p{L}+(?:t|en)$/u,
  it: /(?:are|ere|ire|rre|ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute|ando|endo|arsi|ersi|irsi)$/u,
  en: /(?:ing|ed|en)$/u,
};

/** Does a list item's own part (outside brackets, before a relative clause) have a finite verb? */
function hasFiniteVerb(tokens: readonly AnalyzedToken[], lang: Lang): boolean {
  let depth = 0;
  let afterComma = false;
  for (let k = 0; k < tokens.length; k++) {
    const { token, info } = tokens[k]!;
    if (token.text === '(' || token.text === '[') depth++;
    else if (token.text === ')' || token.text === ']') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (token.kind === 'punct') {
      afterComma = token.text === ',';
      continue;
    }
    const norm = token.norm;
    // German der/die/das open a relative clause only after a comma; elsewhere they are articles.
    if (RELATIVE[lang].has(norm) && (lang !== 'de' || afterComma)) return false;
    afterComma = false;
    if (FINITE[lang].has(norm)) return true;
    const prev = tokens[k - 1]?.token.norm;
    // A German -en form closing the item is an infinitive ("Gespräche wieder aufnehmen").
    const infinitive =
      lang === 'de' &&
      /en$/u.test(norm) &&
      !tokens.slice(k + 1).some((t) => t.token.kind === 'word');
    if (
      info.pos === 'verb' &&
      !NON_FINITE[lang].test(norm) &&
      !infinitive &&
      prev !== 'to' &&
      prev !== 'zu'
    )
      return true;
  }
  return false;
}

/** The last word before the final punctuation. */
function lastWord(tokens: readonly AnalyzedToken[]): string | undefined {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!.token;
    if (t.kind === 'word') return t.norm;
    if (t.kind === 'number') return undefined;
  }
  return undefined;
}

/**
 * Why a unit's text in one language is not a sentence to study, or null. The
 * tokens are the text's, analysed (a verb the lexicon knows counts as finite
 * when its spelling is not an infinitive's or participle's).
 */
export function fragmentReason(
  text: string,
  tokens: readonly AnalyzedToken[],
  lang: Lang,
): FragmentReason | null {
  const unmatched = unmatchedQuotes(text);
  const openBracket = (text.match(/\(/gu)?.length ?? 0) > (text.match(/\)/gu)?.length ?? 0);
  const last = lastWord(tokens);
  const trimmed = text.trim();
  if (last !== undefined && /[\p{L}][.…]?$/u.test(trimmed.replace(/[\p{Pf}\p{Pi}"'»«]+$/u, ''))) {
    if (NEVER_LAST[lang].has(last)) return 'fragment:cut-off';
    if ((unmatched.length > 0 || openBracket) && CUT_WITH_QUOTE[lang].has(last))
      return 'fragment:cut-off';
  }
  if (/[,;]$/u.test(trimmed)) return 'fragment:cut-off';
  if (BULLET.test(trimmed) && !hasFiniteVerb(tokens, lang)) return 'fragment:list-item';
  if (unmatched.length > 0) return 'quote:dangling';
  return null;
}
