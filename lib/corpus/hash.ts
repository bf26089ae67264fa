const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/**
 * FNV-1a over UTF-8, 64 bits, in base 36. Stable across runs and machines, which
 * is all card ids need: they must not change while the content does not.
 */
export function contentHash(text: string): string {
  let h = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * FNV_PRIME) & MASK;
  }
  return h.toString(36).padStart(13, '0');
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
