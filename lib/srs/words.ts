/**
 * Words, not sentences (issue 12): in "learn words" mode the schedulable item of
 * cloze study is the word (language + lemma), one FSRS state fed by every cloze
 * of it, whichever sentence was shown. A word item is a card like the others: its
 * id is made from what it is, it has its own log, so replay, undo, backup and sync
 * need nothing new. Translation cards stay per sentence.
 *
 * Pure: the callers (lib/db/words-repo.ts) read the rows and pass them in.
 */
import type { CardId, Lang } from '@/lib/corpus/types';
import type { CardState } from './card-state';
import type { CardEvent } from './events';

/** How a course's cloze study is scheduled: per sentence (each cloze a card) or per word. */
export type LearnMode = 'sentences' | 'words';

const WORD = 'word';

/**
 * A word item's id, from its content alone: two devices (or a backup) name the same
 * word the same way. The lemma is kept as the lexicon spells it (German nouns
 * capitalised), NFC so that one word typed two ways is one item.
 */
export function wordId(lang: Lang, lemma: string): CardId {
  return `${lang}:${WORD}:${lemma.normalize('NFC')}` as CardId;
}

/** Card ids are `<lang>:<article>:<kind>:<hash>`; word ids `<lang>:word:<lemma>`. */
export function isWordId(id: string): boolean {
  const i = id.indexOf(':');
  return i > 0 && id.startsWith(`${WORD}:`, i + 1);
}

/** The lemma of a word id (everything after the second colon: a lemma may hold one). */
export function lemmaOf(id: CardId): string {
  return id.slice(id.indexOf(':', id.indexOf(':') + 1) + 1);
}

export function isClozeId(id: string): boolean {
  return !isWordId(id) && id.split(':')[2] === 'cloze';
}

/**
 * Whether a card belongs in a course's queue in this mode: in "learn words", word
 * items and translation cards (a cloze card's history stays in its log, but its
 * word is what falls due); in "learn sentences", every card but word items.
 */
export function schedulableIn(mode: LearnMode, id: string): boolean {
  return mode === 'words' ? !isClozeId(id) : !isWordId(id);
}

/** When each sentence (its cloze card) was last shown for this word, from the word's own log. */
export function lastShown(events: readonly CardEvent[]): Map<CardId, number> {
  const undone = new Set(events.flatMap((e) => (e.kind === 'undo' ? [e.target] : [])));
  const out = new Map<CardId, number>();
  for (const e of events) {
    if (e.kind !== 'answer' || !e.shown || undone.has(e.id)) continue;
    out.set(e.shown, Math.max(out.get(e.shown) ?? -Infinity, e.at));
  }
  return out;
}

/** A sentence the word can be shown in: one of its cloze cards. */
export interface SentenceChoice {
  readonly id: CardId;
  /** The cloze's new-card order (rank, then id): ties among unseen sentences. */
  readonly order: string;
}

/**
 * The sentence to show: one never shown for this word first (the most frequent
 * words' sentences, by the cards' order), else the least recently shown. Total
 * (ties end on the id), so two devices choose alike.
 */
export function chooseSentence<T extends SentenceChoice>(
  candidates: readonly T[],
  shown: ReadonlyMap<CardId, number>,
): T | undefined {
  let best: T | undefined;
  let bestAt = Infinity;
  for (const c of candidates) {
    const at = shown.get(c.id) ?? -Infinity;
    const better =
      best === undefined ||
      at < bestAt ||
      (at === bestAt && (c.order < best.order || (c.order === best.order && c.id < best.id)));
    if (better) {
      best = c;
      bestAt = at;
    }
  }
  return best;
}

/**
 * Carry-over: a word's first state, from the best remembered of its cloze cards
 * (highest stability among those met). Null when none was met: the word starts new.
 */
export function carriedState(
  clozes: readonly { readonly id: CardId; readonly state: CardState }[],
): { readonly from: CardId; readonly state: CardState } | null {
  let best: { id: CardId; state: CardState } | null = null;
  for (const c of clozes) {
    if (c.state.state === 'new') continue;
    if (
      !best ||
      c.state.stability > best.state.stability ||
      (c.state.stability === best.state.stability && c.id < best.id)
    )
      best = c;
  }
  return best && { from: best.id, state: { ...best.state, suspended: false, buriedUntil: null } };
}

/** A new word that could be introduced today, with the sentences it would be shown in. */
export interface NewWord {
  readonly id: CardId;
  /** Frequency order of its first cloze (lower first). */
  readonly order: string;
  /** Per sentence, the lemmas of the sentence's other content words (its other clozes). */
  readonly contexts: readonly (readonly string[])[];
}

/**
 * i+1: a word is easiest to learn in a sentence where it is the only unknown
 * content word. Words with such a sentence first, then by frequency; total.
 */
export function orderNewWords<T extends NewWord>(
  words: readonly T[],
  known: (lemma: string) => boolean,
): T[] {
  const self = (w: T) => lemmaOf(w.id);
  const comprehensible = (w: T) =>
    w.contexts.some((lemmas) => lemmas.every((l) => l === self(w) || known(l)));
  const keyed = words.map((w) => ({ w, i1: comprehensible(w) ? 0 : 1 }));
  keyed.sort(
    (a, b) =>
      a.i1 - b.i1 ||
      (a.w.order < b.w.order ? -1 : a.w.order > b.w.order ? 1 : 0) ||
      (a.w.id < b.w.id ? -1 : a.w.id > b.w.id ? 1 : 0),
  );
  return keyed.map((k) => k.w);
}

/** What the Words page says of a word. */
export type WordStatus = 'new' | 'learning' | 'known' | 'ignored';

export function wordStatus(state: CardState | undefined, ignored: boolean): WordStatus {
  if (ignored) return 'ignored';
  if (!state || state.state === 'new') return 'new';
  return state.state === 'review' ? 'known' : 'learning';
}

/** Whether the word's log ends ignored: its last ignore is not followed by an unsuspend, known or reset. */
export function isIgnored(events: readonly CardEvent[]): boolean {
  const undone = new Set(events.flatMap((e) => (e.kind === 'undo' ? [e.target] : [])));
  let ignored = false;
  for (const e of events) {
    if (undone.has(e.id)) continue;
    if (e.kind === 'ignore') ignored = true;
    else if (e.kind === 'unsuspend' || e.kind === 'known') ignored = false;
  }
  return ignored;
}

/**
 * The definite article a noun is shown with on the Words page: der/die/das, and
 * il/lo/la/l' by the Italian rules of the word's first sounds. Undefined where the
 * gender is not known (the lexicon was unsure) or the language has none.
 */
export function definiteArticle(
  lang: Lang,
  lemma: string,
  gender: 'm' | 'f' | 'n' | undefined,
): string | undefined {
  if (!gender) return undefined;
  if (lang === 'de') return gender === 'm' ? 'der' : gender === 'f' ? 'die' : 'das';
  if (lang !== 'it' || gender === 'n') return undefined;
  const w = lemma.toLowerCase();
  if (/^[aeiouàèéìòù]/.test(w) || /^h[aeiou]/.test(w)) return "l'";
  if (gender === 'f') return 'la';
  return /^(s[^aeiouàèéìòù]|z|gn|ps|pn|x|y|i[aeiou])/.test(w) ? 'lo' : 'il';
}

/**
 * The plural of a noun as the library shows it: the answers of its clozes in the plural.
 * A German dative plural adds -n (Ländern beside Länder), so of several forms the shortest is
 * the plain plural. Undefined when no sentence has it in the plural.
 */
export function pluralSeen(
  clozes: readonly { readonly answer: string; readonly pos: string; readonly number?: string }[],
): string | undefined {
  const forms = clozes
    .filter((c) => c.pos === 'noun' && c.number === 'pl' && !/\s/.test(c.answer))
    .map((c) => c.answer);
  if (!forms.length) return undefined;
  return forms.reduce((a, b) => (b.length < a.length || (b.length === a.length && b < a) ? b : a));
}
