import type { Lang, Token, TokenKind } from './types';

// Hyphenated compounds stay whole (Anti-Assad-Rebellen); apostrophes inside a
// word stay so elisions can be split below; numbers keep their separators and a
// decade suffix (1970er, 1970ern, 1970s) instead of leaving a stray word "s".
const TOKEN_RE =
  /\p{L}[\p{L}\p{M}]*(?:[-‐'’][\p{L}\p{M}]+)*['’]?|\d+(?:[.,:]\d+)*(?:(?:ern?|s)(?!\p{L}))?|[^\s\p{L}\p{N}]/gu;

// Italian elided articles and prepositions: dell’Unione → dell’ + Unione.
const IT_ELISION_RE =
  /^((?:l|un|dell|nell|all|dall|sull|coll|quest|quell|bell|sant|c|d|s|m|t|v|n|gl)['’])(\p{L}.*)$/iu;

/** Map the look-alike apostrophes and quotes to their plain forms. */
export function normalizeQuotes(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’ʼ´`′]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‐‑]/g, '-');
}

export function normalizeToken(text: string): string {
  return normalizeQuotes(text).toLocaleLowerCase('und');
}

function kindOf(text: string): TokenKind {
  if (/^\p{L}/u.test(text)) return 'word';
  if (/^\d/u.test(text)) return 'number';
  return 'punct';
}

function make(text: string, start: number): Token {
  return { text, norm: normalizeToken(text), kind: kindOf(text), start, end: start + text.length };
}

/**
 * Split a sentence into word, number and punctuation tokens. Offsets index the
 * original string, so `sentence.slice(t.start, t.end) === t.text` always holds.
 */
export function tokenize(sentence: string, lang: Lang): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(TOKEN_RE)) {
    const text = m[0];
    const start = m.index;
    if (lang === 'it') {
      const el = IT_ELISION_RE.exec(text);
      if (el?.[1] && el[2]) {
        out.push(make(el[1], start), make(el[2], start + el[1].length));
        continue;
      }
    }
    // A trailing apostrophe belongs to the word only in Italian (po', citta');
    // elsewhere, or after an opening quote ('ciao'), it is a closing quote.
    const quoted = start > 0 && /['‘’]/u.test(sentence.charAt(start - 1));
    if ((lang !== 'it' || quoted) && /['’]$/u.test(text) && text.length > 1) {
      out.push(make(text.slice(0, -1), start), make(text.slice(-1), start + text.length - 1));
      continue;
    }
    out.push(make(text, start));
  }
  return out;
}
