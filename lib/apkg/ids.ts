/**
 * Anki ids from Triglot's content ids, so exporting twice gives the same notes,
 * cards and note types and Anki updates rather than duplicates (it matches notes
 * by guid, note types and decks by id).
 */
import { contentHash } from '@/lib/corpus/hash';
import type { CardId } from '@/lib/corpus/types';

/**
 * A positive integer below 2^52 from a text (exact in a JS number and in
 * SQLite's int64). Above 10^12 so it never meets Anki's own small ids (1 is
 * the default deck and config).
 */
export function ankiId(text: string): number {
  const h = contentHash(text);
  const a = parseInt(h.slice(0, 7), 36) >>> 0;
  const b = parseInt(h.slice(7), 36) >>> 0;
  return 1e12 + ((a * 2 ** 20 + (b >>> 12)) % (2 ** 52 - 1e12));
}

const TRANSLATION = 'translation';

/** Ids are `lang:article:kind:hash`; both translation cards of a sentence share the hash. */
function withKind(id: string, kind: string): string {
  const parts = id.split(':');
  parts[parts.length - 2] = kind;
  return parts.join(':');
}

/** The guid of the note a card belongs to: a cloze card is its own note; both translation cards share one. */
export function noteGuid(cardId: CardId, kind: 'cloze' | 'understand' | 'produce'): string {
  return kind === 'cloze' ? cardId : withKind(cardId, TRANSLATION);
}

/** Which card of the translation note: understand is the front, produce the reverse. */
export function translationOrd(kind: 'understand' | 'produce'): 0 | 1 {
  return kind === 'understand' ? 0 : 1;
}

/** The Triglot card behind an Anki card of one of our note types, or null. */
export function triglotCardId(guid: string, noteKind: 'cloze' | 'translation', ord: number) {
  if (noteKind === 'cloze') return ord === 0 ? (guid as CardId) : null;
  if (!guid.includes(`:${TRANSLATION}:`)) return null;
  if (ord !== 0 && ord !== 1) return null;
  return withKind(guid, ord === 0 ? 'understand' : 'produce') as CardId;
}

export function cardAnkiId(cardId: CardId): number {
  return ankiId(`card|${cardId}`);
}

export function noteAnkiId(guid: string): number {
  return ankiId(`note|${guid}`);
}
