/**
 * Article furniture: the lines of a pasted or published article that are page
 * layout, not text worth studying (highlights, captions, bylines, timestamps,
 * editor's notes, prompts, bullets repeating the body). Dropped by rule in
 * de/it/en, keeping line numbers, so the seed texts can stay as published.
 * `clean.ts` keeps the older single-line rules (the glossary build reads them).
 */
import { dropReason } from './clean';
import { LANGS, type Lang } from './types';

export const FURNITURE_RULES = [
  'no-letters',
  'social',
  'timestamp',
  'dateline',
  'byline',
  'highlights',
  'caption',
  'editor-note',
  'disclaimer',
  'read-more',
  'prompt',
  'share',
  'agency',
  'duplicate',
] as const;
export type FurnitureRule = (typeof FURNITURE_RULES)[number];

const i = (source: string) => new RegExp(source, 'iu');

// Headers of a summary box; the short lines under one are its bullets.
const HIGHLIGHTS = i(
  '^(?:story highlights|highlights|key points|key facts|at a glance|in brief|in short|what you need to know|' +
    'das wichtigste in kürze|das wichtigste im überblick|das wichtigste|auf einen blick|in kürze|kurz und knapp|die wichtigsten punkte|' +
    'i punti chiave|punti chiave|i punti principali|in breve|in sintesi|in pillole|da sapere)\\s*:?$',
);
const VIDEO_DURATION = /^\d{1,2}:\d{2}\s*[-–—]/u;

const CAPTION = i(
  '^\\(?(?:(?:image|media|photo|video) (?:caption|copyright|source)|bildunterschrift|bildquelle|bildrechte|didascalia|fonte immagine)\\b|' +
    '^(?:caption|foto|fotos|photo|photos|picture|video|watch|guarda|credit|copyright)\\s*[:|–—-]',
);
// A credit line only: "Getty Images", "AFP/Getty Images", "© Reuters".
const CREDIT = i(
  '^(?:©\\s*.{1,60}|(?:getty images|reuters|afp|ap|dpa|ansa|epa|imago|picture alliance|lapresse)(?:\\s*[/|,]\\s*[\\p{L} ]{1,30})*)$',
);
const EDITOR_NOTE = i(
  "^\\(?(?:editor['’]?s['’]? note|note from the editor|anmerkung der redaktion|hinweis der redaktion|nota della redazione|n\\.\\s?d\\.\\s?r\\.?)\\s*[:.–—-]",
);
const DISCLAIMER = i(
  '(?:(?:opinions|views) expressed (?:in|here)|geäußerten (?:ansichten|meinungen)|gibt die meinung (?:des autors|der autorin)|' +
    "opinioni espresse (?:in|qui)|riflettono (?:esclusivamente )?(?:le opinioni|il pensiero) (?:dell[’']autor))",
);
const READ_MORE = i(
  '^(?:read more|read also|also read|see also|related|more on this|watch more|more|mehr zum thema|mehr dazu|lesen sie auch|lesen sie mehr|' +
    'auch interessant|weiterlesen|leggi anche|leggi di più|approfondisci|vedi anche|per saperne di più|continua a leggere|continue reading)' +
    '\\s*(?::|»|>|›|…|$)',
);
const PROMPTS = [
  /\b(?:sign up|subscribe)\b.*\b(?:newsletter|updates|alerts|e-?mails?)\b/iu,
  /\bnewsletter\b.*\b(?:abonnieren|bestellen|anmelden)\b/iu,
  /\b(?:iscriviti|iscrivetevi|registrati)\b.*\bnewsletter\b/iu,
  /^newsletter\b/iu,
  /\b(?:we|this (?:site|website)) uses? cookies\b/iu,
  /\b(?:wir verwenden|diese (?:web)?seite verwendet) cookies\b/iu,
  /\b(?:utilizziamo|usiamo|questo sito (?:utilizza|usa)) (?:i )?cookie\b/iu,
  /^(?:accept|akzeptieren|accetta)(?: all| alle| tutti)? (?:cookies?|i cookie)\b/iu,
  /^(?:advertisement|anzeige|werbung|pubblicità|sponsored|gesponsert)$/iu,
  /\bdownload (?:the|our) .{0,20}\bapp\b|\bapp herunterladen\b|\bscarica (?:la nostra |l['’])app\b/iu,
  /\b(?:enable|aktivieren sie|attiva) javascript\b/iu,
];
const SHARE_WORD =
  'share|share this(?: article| story| page)?|share on \\p{L}+|tweet|email|e-mail|print|drucken|teilen|artikel teilen|' +
  'diesen artikel teilen|condividi|condividi questo articolo|condividi su \\p{L}+|stampa|comments?|kommentare|commenti|' +
  'save|speichern|salva|copy link|link kopieren|copia link|facebook|twitter|whatsapp|linkedin|messenger|pinterest';
const SHARE = i(`^(?:(?:${SHARE_WORD})\\s*[|·•/,]?\\s*)+$`);
const AGENCY =
  'dpa|AP|AFP|Reuters|rtr|ANSA|Adnkronos|AGI|sda|SDA|APA|apa|epd|KNA|AFX|dpa-AFX|CNN|BBC';
const AGENCY_ONLY = new RegExp(`^\\((?:${AGENCY})(?:/[\\p{L}-]+)*\\)$`, 'u');
// "Berlin (dpa) - ", "WASHINGTON (CNN) —", "Roma, 4 ottobre (ANSA) – ": a dateline run into the first sentence.
const AGENCY_PREFIX = new RegExp(
  `^(?:\\p{Lu}[\\p{L}.-]*(?:[ ,]+[\\p{L}\\d.]+){0,3}\\s*)?\\((?:${AGENCY})(?:/[\\p{L}-]+)*\\)\\s*[-–—:]+\\s*`,
  'u',
);
const PUBLISHED = i(
  '^(?:updated|last updated|published|first published|posted|aktualisiert|zuletzt aktualisiert|veröffentlicht|erstellt|stand|' +
    'aggiornato|ultimo aggiornamento|aggiornamento|pubblicato|modificato)\\b\\s*:?',
);
const DATE_WORD = i(
  '^(?:\\d[\\d.:/,-]*(?:h|uhr|am|pm)?|am|pm|gmt|utc|bst|cet|cest|mez|mesz|et|edt|est|pt|hkt|uhr|ore|alle|um|at|on|am|il|' +
    'a\\.m|p\\.m|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
    'januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|' +
    'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|' +
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|' +
    'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ago|vor|fa|hours?|minutes?|stunden?|minuten?|ore|minuti|today|heute|oggi|yesterday|gestern|ieri)$',
);
const NAME = "\\p{Lu}[\\p{L}'’.-]*";
const NAMES = `${NAME}(?:\\s+${NAME}){0,3}(?:\\s*(?:,|&|and|und|e)\\s*${NAME}(?:\\s+${NAME}){0,3})*`;
const BYLINE_TAIL =
  "(?:\\s*[,|–—-]\\s*(?:\\p{Lu}[\\p{L}'’.-]*|correspondent|reporter|editor|korrespondent(?:in)?|redakteur(?:in)?|corrispondente|inviat[oa]|in|aus|da|for|per|the)(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|correspondent|reporter|editor|korrespondent(?:in)?|redakteur(?:in)?|corrispondente|inviat[oa]|in|aus|da|for|per|the|di|von|a|at|from|nach|dal|dalla))*)?";
// Case matters after the keyword: the names must be capitalised ("Di recente …" is a sentence).
const BYLINE = new RegExp(
  `^(?:by|written by|reporting by|words by|von|text(?: von)?:?|autor(?:in)?:|author:|di|a cura di|testo(?: di)?:?|autore:)\\s+${NAMES}${BYLINE_TAIL}$`,
  'u',
);
function isByline(text: string): boolean {
  return BYLINE.test(text.charAt(0).toLowerCase() + text.slice(1));
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
}

function isDateOnly(text: string): boolean {
  if (!/\d/u.test(text)) return false;
  const words = text
    .replace(/[()[\]|•·,;–—]+/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w !== '' && w !== '-');
  return words.length > 0 && words.every((w) => DATE_WORD.test(w.replace(/[.:]$/u, '')));
}

/** The furniture rule one line matches on its own, or null. */
export function lineFurniture(line: string): FurnitureRule | null {
  const text = line.trim().replace(/\s+/gu, ' ');
  const old = dropReason(text);
  if (old === 'blank') return null;
  if (old && old !== 'names-only') return old;
  if (EDITOR_NOTE.test(text)) return 'editor-note';
  if (HIGHLIGHTS.test(text)) return 'highlights';
  if (CAPTION.test(text) || CREDIT.test(text)) return 'caption';
  if (AGENCY_ONLY.test(text)) return 'agency';
  if (READ_MORE.test(text)) return 'read-more';
  if (SHARE.test(text.replace(/[.!]$/u, ''))) return 'share';
  if (wordCount(text) <= 40 && PROMPTS.some((re) => re.test(text))) return 'prompt';
  if (wordCount(text) <= 40 && DISCLAIMER.test(text)) return 'disclaimer';
  if (old === 'names-only' || isByline(text)) return 'byline';
  const published = PUBLISHED.exec(text);
  if (isDateOnly(published ? text.slice(published[0].length) : text)) return 'timestamp';
  return null;
}

/** The line without an agency dateline run into it ("Berlin (dpa) - "), or as it is. */
export function stripAgencyPrefix(line: string): string {
  const m = AGENCY_PREFIX.exec(line);
  if (!m) return line;
  const rest = line.slice(m[0].length);
  return /\p{L}/u.test(rest) ? rest : line;
}

function folded(text: string): string[] {
  return text
    .toLocaleLowerCase('und')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++)
      row.push(x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!));
    prev = row;
  }
  return prev[b.length]!;
}

// A speaker prefix of a highlight bullet ("Lain: Russia is angry …").
const SPEAKER = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?:\s+/u;

/**
 * Does `line` repeat a sentence of `other` (≥ 85 % of its words, in order, inside
 * one of the other line's sentences)? Highlight bullets and pull quotes do.
 */
export function repeats(line: string, other: string): boolean {
  const words = folded(line.replace(SPEAKER, ''));
  if (words.length < 5) return false;
  return other.split(/(?<=[.!?…])\s+/u).some((s) => {
    const o = folded(s);
    return o.length >= words.length && lcs(words, o) >= 0.85 * words.length;
  });
}

const FINAL = /[.!?…][\p{Pf}\p{Pi}"'»«]*$/u;

/** Furniture rules for every line of one text, context included (highlights, captions, duplicates). */
export function textFurniture(lines: readonly string[]): (FurnitureRule | null)[] {
  const rules = lines.map((l) => (l.trim() === '' ? null : lineFurniture(l)));
  const next = (from: number) => {
    let j = from;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    return j;
  };
  for (let k = 0; k < lines.length; k++) {
    // A video player's caption sits right under its duration ("01:51 - Source: CNN").
    if (VIDEO_DURATION.test(lines[k]!.trim())) {
      const j = k + 1;
      if (
        j < lines.length &&
        rules[j] === null &&
        lines[j]!.trim() !== '' &&
        wordCount(lines[j]!) <= 15
      )
        rules[j] = 'caption';
    }
    // A summary box: the short bullets under its header, up to the first other furniture or body paragraph.
    if (rules[k] === 'highlights' && HIGHLIGHTS.test(lines[k]!.trim())) {
      let j = next(k + 1);
      for (let n = 0; n < 6 && j < lines.length && rules[j] === null; n++, j = next(j + 1)) {
        const text = lines[j]!.trim();
        const repeated = lines.some((o, m) => m !== j && repeats(text, o));
        if (wordCount(text) > 30 || (FINAL.test(text) && !repeated)) break;
        rules[j] = 'highlights';
      }
    }
  }
  // Bullets and pull quotes that repeat a longer line elsewhere (the body keeps its sentence).
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k]!.trim();
    if (rules[k] !== null || text === '' || wordCount(text) > 30) continue;
    const n = folded(text).length;
    if (
      lines.some((o, m) => m !== k && rules[m] === null && folded(o).length > n && repeats(text, o))
    )
      rules[k] = 'duplicate';
  }
  return rules;
}

export interface DroppedLine {
  readonly lang: Lang;
  /** 0-based line of the text as given. */
  readonly line: number;
  readonly text: string;
  readonly rule: FurnitureRule;
  /** Dropped because the same line of a line-aligned translation is furniture. */
  readonly via?: Lang;
}

export interface CleanedTexts {
  /** Furniture lines blanked, agency datelines cut, whitespace collapsed; line numbers kept. */
  readonly texts: Readonly<Partial<Record<Lang, string>>>;
  readonly dropped: readonly DroppedLine[];
  /** Lines whose agency dateline ("Berlin (dpa) - ") was cut. */
  readonly cut: readonly { readonly lang: Lang; readonly line: number }[];
}

/**
 * Clean an article's texts together. When the texts are line-aligned (the same
 * number of lines with letters), a line that is furniture in one language is
 * dropped in all, so a rule one language misses cannot leave a stray unit.
 */
export function cleanTexts(texts: Readonly<Partial<Record<Lang, string>>>): CleanedTexts {
  const langs = LANGS.filter((l) => texts[l] !== undefined);
  const lines = new Map(langs.map((l) => [l, texts[l]!.split(/\r?\n/u)]));
  const rules = new Map(langs.map((l) => [l, textFurniture(lines.get(l)!)]));
  // Content lines: those with letters, so a stray "." in one language does not shift the rest.
  const content = new Map(
    langs.map((l) => [
      l,
      lines
        .get(l)!
        .map((t, k) => (/\p{L}/u.test(t) ? k : -1))
        .filter((k) => k >= 0),
    ]),
  );
  const counts = new Set(langs.map((l) => content.get(l)!.length));
  const via = new Map(langs.map((l) => [l, new Map<number, Lang>()]));
  if (langs.length > 1 && counts.size === 1) {
    const n = content.get(langs[0]!)!.length;
    for (let c = 0; c < n; c++) {
      const from = langs.find((l) => rules.get(l)![content.get(l)![c]!] !== null);
      if (!from) continue;
      const rule = rules.get(from)![content.get(from)![c]!]!;
      for (const l of langs) {
        const k = content.get(l)![c]!;
        if (rules.get(l)![k] === null) {
          rules.get(l)![k] = rule;
          via.get(l)!.set(k, from);
        }
      }
    }
  }
  const dropped: DroppedLine[] = [];
  const cut: { lang: Lang; line: number }[] = [];
  const out: Partial<Record<Lang, string>> = {};
  for (const l of langs) {
    out[l] = lines
      .get(l)!
      .map((line, k) => {
        const rule = rules.get(l)![k];
        if (rule) {
          const from = via.get(l)!.get(k);
          dropped.push({
            lang: l,
            line: k,
            text: line.trim(),
            rule,
            ...(from ? { via: from } : {}),
          });
          return '';
        }
        const kept = line.trim().replace(/\s+/gu, ' ');
        const stripped = stripAgencyPrefix(kept);
        if (stripped !== kept) cut.push({ lang: l, line: k });
        return stripped;
      })
      .join('\n');
  }
  return { texts: out, dropped, cut };
}
