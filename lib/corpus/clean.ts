/**
 * Lines that are article furniture, not text worth studying. They are dropped by
 * rule so the seed texts can stay exactly as published.
 */
export type DropReason =
  'blank' | 'no-letters' | 'social' | 'timestamp' | 'dateline' | 'names-only';

const SOCIAL = /\b(instagram|snapchat|facebook|twitter|tiktok|youtube|whatsapp)\b/i;
const FOLLOW =
  /(follow|join us|find us|folg|finden sie uns|seguic|seguitec|trovaci|unisciti|unitevi|iscriviti|abonnier)/i;
const TIMESTAMP = /^\d{1,2}:\d{2}\s*[-–—]/;
const DATELINE = /^\p{Lu}{2,}\s*[-–—]\s*$/u;
// A caption or byline: two or three capitalised words and nothing else ("Sarah Lain").
const NAMES_ONLY = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}$/u;

export function dropReason(line: string): DropReason | null {
  const text = line.trim();
  if (text === '') return 'blank';
  if (!/\p{L}/u.test(text)) return 'no-letters';
  if (SOCIAL.test(text) && FOLLOW.test(text)) return 'social';
  if (TIMESTAMP.test(text)) return 'timestamp';
  if (DATELINE.test(text)) return 'dateline';
  if (NAMES_ONLY.test(text)) return 'names-only';
  return null;
}

/** The text with furniture lines blanked, keeping line numbers stable. */
export function cleanText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (dropReason(line) ? '' : line.trim().replace(/\s+/g, ' ')))
    .join('\n');
}
