import type { Lang } from './types';

/**
 * Sentence splitting: Intl.Segmenter (ICU) plus one merge pass that repairs the
 * splits ICU gets wrong in news text (measured in shared/notes/corpus-nlp.md §1).
 */

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/** Abbreviations match as written or capitalised at a sentence start: `prof` covers `Prof`. */
function abbreviations(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.join(' ').split(' ').map(lowerFirst));
}

function words(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.join(' ').split(' '));
}

// Abbreviations that never end a sentence: ICU splits after them whenever a
// capital follows, which in German is nearly every noun.
const TITLES: Readonly<Record<Lang, ReadonlySet<string>>> = {
  de: abbreviations(
    'Prof Dr Hr Fr St Nr Ca vgl ggf bzw z.B u.a d.h u.U o.ä s.o',
    'Abs Art Bd Kap Tel Jh Jhd Dipl Ing Mag',
  ),
  it: abbreviations(
    'prof dott sig sigg sig.ra sig.na dott.ssa prof.ssa dr on avv ing',
    'geom rag arch mons pag cap art n nr',
  ),
  en: abbreviations(
    'Dr Mr Mrs Ms Mx Prof St Sr Gen Sen Rep Gov Lt Col Capt Sgt Rev Hon Mt Ft',
    'vs e.g i.e cf approx',
  ),
};

// Abbreviations that may also end a sentence ("… usw. Dann …", "… the U.S. The …"):
// merged unless the next segment opens with a typical sentence-initial word.
const ENDERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  de: abbreviations('Mio Mrd Tsd usw etc u.v.m Co'),
  it: abbreviations('ecc mln mld Co'),
  en: abbreviations('etc U.S U.K U.N U.S.A Jr Inc Ltd Co Corp a.m p.m'),
};

// Words that open a new sentence far more often than they continue one after an
// abbreviation or ordinal; they veto a merge that would otherwise be a guess.
const STARTERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  de: words(
    'Der Die Das Dies Diese Dieser Dieses Ein Eine Er Sie Es Ich Wir Ihr Man',
    'Aber Doch Und Dann Damit Deshalb Daher Auch Als Wie Was Wer Wo Warum Wenn So',
    'Im In Am Auf Bei Nach Mit Zum Zur',
  ),
  it: words(
    'Il Lo La Le Gli I Un Uno Una Questo Questa Quello Quella Lui Lei Noi',
    'Ma E Non Poi Però Quindi Anche Come Che Chi Se Si Ci Nel Nella In Per Con Da Dopo',
  ),
  en: words(
    'The A An This That These Those He She It We They I You Its Their His Her There',
    'But And Then So Yet In On At For After When While If',
  ),
};

// German prepositions and articles that put a following "15." in ordinal use.
const DE_ORDINAL_CUES = words(
  'am im vom zum zur beim bis ab seit um vor nach an in',
  'der die das dem den des einem einer eines ihrem seinem ihres seines',
);
const DE_MONTHS = words(
  'Januar Jänner Februar Feber März April Mai Juni Juli August',
  'September Oktober November Dezember',
  'Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez',
);

// The word before a final dot: "Prof.", "z.", "U.S." (inner dots kept), "Sig.ra.".
const ABBREV_END = /(?:^|[\s(\[„“”"«»‚‘'’/-])([\p{L}][\p{L}.]*)\.$/u;
const ORDINAL_END = /(?:^|\s)(\p{L}+)?\s*\d{1,2}\.$/u;
const ORDINAL_ONLY = /(?:^|\s)\d{1,2}\.$/u;
// "z. B.", "u. a.", "d. h.": two one-letter abbreviations in a row never end a sentence.
const LETTER_PAIR_END = /(?:^|[\s(])\p{L}\.\s\p{L}\.$/u;
// "?“", "!»", "?”" … a question or exclamation inside quotes; if lower case follows,
// the quote was part of a longer sentence ("„Warum?“ fragte er").
const QUESTION_QUOTE_END = /[?!…][\p{Pf}\p{Pi}"'»«›‹]+$/u;
const ONLY_CLOSERS = /^[\p{Pe}\p{Pf}\p{Pi}\p{Po}"'»«›‹]+$/u;
const FIRST_WORD = /^[\s\p{Pi}\p{Ps}"'„«»‹›]*([\p{L}\p{N}][\p{L}\p{M}\p{N}]*)/u;

const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

function isLower(word: string): boolean {
  return /^\p{Ll}/u.test(word);
}

function listed(set: ReadonlySet<string>, word: string): boolean {
  return set.has(lowerFirst(word));
}

/** Should the segment `prev` (trimmed) run on into `next` (trimmed)? */
function shouldMerge(prev: string, next: string, lang: Lang): boolean {
  if (ONLY_CLOSERS.test(next)) return true;
  const first = FIRST_WORD.exec(next)?.[1] ?? '';
  const opensSentence = first !== '' && STARTERS[lang].has(first);

  const abbrev = ABBREV_END.exec(prev)?.[1];
  if (abbrev !== undefined) {
    if (LETTER_PAIR_END.test(prev)) return true;
    // Single letters are initials ("George W. Bush") or "S. 5"; "Vitamin C. Die …" ends.
    if (abbrev.length === 1) return !opensSentence;
    if (listed(TITLES[lang], abbrev)) return true;
    if (listed(ENDERS[lang], abbrev)) return !opensSentence;
  }

  if (lang === 'de' && ORDINAL_ONLY.test(prev)) {
    if (DE_MONTHS.has(first)) return true;
    const cue = ORDINAL_END.exec(prev)?.[1];
    if (cue !== undefined && DE_ORDINAL_CUES.has(cue.toLowerCase()) && !opensSentence) return true;
  }

  if (QUESTION_QUOTE_END.test(prev) && isLower(first)) return true;
  return false;
}

/**
 * Split one paragraph into sentences. Text inside a sentence is returned exactly
 * as written (only the ends are trimmed), so offsets into it stay meaningful.
 */
export function splitSentences(paragraph: string, lang: Lang): string[] {
  const out: string[] = [];
  // Raw segments keep their trailing spaces, so joining them restores the input.
  let pending = '';
  for (const { segment } of segmenter(lang).segment(paragraph)) {
    if (pending.trim() !== '' && !shouldMerge(pending.trim(), segment.trim(), lang)) {
      out.push(pending.trim());
      pending = '';
    }
    pending += segment;
  }
  if (pending.trim() !== '') out.push(pending.trim());
  return out;
}

export interface DocumentSentence {
  readonly text: string;
  /** 0-based index of the source line, so callers can regroup by paragraph. */
  readonly line: number;
}

/** Lines are paragraphs (the translation units of the corpus); blank lines are skipped. */
export function segmentDocument(text: string, lang: Lang): DocumentSentence[] {
  const out: DocumentSentence[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    for (const sentence of splitSentences(line, lang)) out.push({ text: sentence, line: index });
  });
  return out;
}

const FINAL_PUNCT = /[.!?:…][\p{Pf}\p{Pi}\p{Pe}"'»«›‹]*$/u;
const TRAILING_CONTINUATION = /[,;–—-]$/u;
const BULLET = /^(?:[-–—•*·]|\d+[.)])\s/u;

/**
 * A heading: a short line (≤ 10 words) that does not end like a sentence, e.g.
 * "Die Rolle des Arabischen Frühlings". List items ("- der so genannte Islamische
 * Staat (IS)") and lines cut off after a comma are content, not headings.
 */
export function isHeading(line: string): boolean {
  const text = line.trim();
  if (!/\p{L}/u.test(text)) return false;
  if (text.split(/\s+/u).length > 10) return false;
  if (FINAL_PUNCT.test(text) || TRAILING_CONTINUATION.test(text)) return false;
  return !BULLET.test(text);
}
