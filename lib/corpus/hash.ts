/**
 * A 64-bit content hash in base 36: two independent 32-bit FNV-1a lanes over
 * the UTF-8 bytes. Stable across runs and machines, which is all card ids
 * need (they must not change while the content does not), and cheap enough to
 * run for every distractor candidate of a build.
 */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const byte of new TextEncoder().encode(text)) {
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0');
}

/** Whitespace and quote style are not content: reformatting a text must keep its ids. */
export function canonicalText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’ʼ´`]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
