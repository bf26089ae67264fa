import { isContentPos, type WordInfo } from './lexicon';
import type { Token } from './types';

export interface ClozeOptions {
  /** Most blanks per sentence (each becomes its own card). */
  readonly max?: number;
  /** The learner's vocabulary band: ranks up to this count as common words. */
  readonly band?: number;
}

export const DEFAULT_MAX_CLOZES = 3;
export const DEFAULT_BAND = 10_000;

const letters = (text: string): number => (text.match(/\p{L}/gu) ?? []).length;

/**
 * Whether a token may be blanked at all. Function words, names and numbers are
 * the anchors a learner needs to parse the sentence; very short words and pieces
 * of hyphenated or elided words make poor answers (Anti-Assad-Rebellen, dell').
 */
export function isClozeCandidate(token: Token, info: WordInfo, band = DEFAULT_BAND): boolean {
  if (token.kind !== 'word') return false;
  if (info.pos === 'func' || info.pos === 'propn' || info.pos === 'num') return false;
  if (letters(token.text) < 3 || !/^[\p{L}\p{M}]+$/u.test(token.text)) return false;
  // Mixed capitals (McDonald, BBCNewsbeat) are brands, whatever the lexicon says.
  if (/\p{Lu}/u.test(token.text.slice(1))) return false;
  // A word of unknown class must at least be common; rarer words must be known
  // to the dictionaries, which keeps typos and foreign words out.
  if (info.pos === 'other') return info.rank !== undefined && info.rank <= band;
  return isContentPos(info.pos);
}

/**
 * Indices of the tokens worth blanking, best first. Clozemaster's rule: the least
 * common word within the learner's band comes first (within the band, higher rank
 * first). Dictionary words beyond the band follow, the more common first, then
 * unranked dictionary words. One blank per lemma in a sentence.
 */
export function chooseClozes(
  tokens: readonly Token[],
  infos: readonly WordInfo[],
  opts: ClozeOptions = {},
): number[] {
  const max = opts.max ?? DEFAULT_MAX_CLOZES;
  const band = opts.band ?? DEFAULT_BAND;
  const candidates: { index: number; tier: number; key: number; text: string }[] = [];
  tokens.forEach((token, index) => {
    const info = infos[index];
    if (!info || !isClozeCandidate(token, info, band)) return;
    const rank = info.rank;
    if (rank === undefined) candidates.push({ index, tier: 2, key: 0, text: token.norm });
    else if (rank <= band) candidates.push({ index, tier: 0, key: -rank, text: token.norm });
    else candidates.push({ index, tier: 1, key: rank, text: token.norm });
  });
  candidates.sort(
    (a, b) =>
      a.tier - b.tier ||
      a.key - b.key ||
      (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) ||
      a.index - b.index,
  );
  const chosen: number[] = [];
  const lemmas = new Set<string>();
  for (const c of candidates) {
    if (chosen.length >= max) break;
    const lemma = infos[c.index]!.lemma.toLocaleLowerCase('und');
    if (lemmas.has(lemma)) continue;
    lemmas.add(lemma);
    chosen.push(c.index);
  }
  return chosen;
}

export interface DistractorSource {
  readonly text: string;
  readonly info: WordInfo;
  readonly articleId: string;
}

export interface DistractorOptions {
  /** Words from the frequency list or lexicon, used when the corpus has too few. */
  readonly fallback?: readonly { readonly text: string; readonly info: WordInfo }[];
  /** German→English glosses: a word with the answer's meaning would also be right. */
  readonly gloss?: (lemma: string) => string | undefined;
}

// Distractor choice compares every corpus and vocabulary word with each answer;
// folding is the costly part, so it is remembered (a pure function of its input).
const folded = new Map<string, string>();

function fold(text: string): string {
  let out = folded.get(text);
  if (out === undefined) {
    out = text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und');
    folded.set(text, out);
  }
  return out;
}

/** FNV-1a over UTF-16 units, 32 bits: a stable, cheap shuffle key. */
function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function senses(gloss: string | undefined): Set<string> {
  if (!gloss) return new Set();
  return new Set(
    gloss
      .split(/[;,]/)
      .map((s) => s.trim().toLocaleLowerCase('und'))
      .filter((s) => s !== ''),
  );
}

/**
 * A cheap stand-in for the inflection: what follows the part shared with the lemma
 * (syrisch+en, kämpf+t, sosten+uti) and whether the whole lemma is kept (attacca
 * is not the infinitive attaccare), or the last two letters when the form is
 * irregular (gekämpft, ridotta). Same class means the distractor fits the slot.
 */
export function endingClass(text: string, lemma: string): string {
  const a = text.toLocaleLowerCase('und');
  const b = lemma.toLocaleLowerCase('und');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const suffix = a.slice(i);
  if (i < 3 || suffix.length > 3) return `~${a.slice(-2)}`;
  return `${i === b.length ? '=' : '<'}${suffix}`;
}

/** 0: same ending class; 1: at least the same last letter (number, gender); 2: neither. */
function formDistance(answerClass: string, answer: string, text: string, lemma: string): number {
  if (endingClass(text, lemma) === answerClass) return 0;
  return answer.slice(-1).toLocaleLowerCase('und') === text.slice(-1).toLocaleLowerCase('und')
    ? 1
    : 2;
}

function matchCase(text: string, model: string): string {
  const head = text.slice(0, 1);
  const upper = isUpper(model.slice(0, 1));
  return (upper ? head.toLocaleUpperCase('und') : head.toLocaleLowerCase('und')) + text.slice(1);
}

function isUpper(ch: string): boolean {
  return ch !== '' && ch === ch.toLocaleUpperCase('und') && ch !== ch.toLocaleLowerCase('und');
}

/**
 * Three wrong options for a cloze: same part of speech (and gender and number for
 * nouns, the same ending for verbs and adjectives), taken first from the same
 * article, then from the rest of the corpus, then from the fallback list, each time
 * preferring words within ±2× of the answer's frequency rank. Never the answer in
 * any case or accent, never a form of its lemma or a word with the same gloss (either
 * would be a correct alternative), never a function word, name or number. The
 * choice is a stable hash of (answer, candidate), so builds are reproducible.
 */
export function chooseDistractors(
  answer: { readonly text: string; readonly info: WordInfo },
  pool: readonly DistractorSource[],
  articleId: string,
  n = 3,
  options: DistractorOptions = {},
): string[] {
  const { info } = answer;
  if (!isContentPos(info.pos) && info.pos !== 'other') return [];
  const answerFolded = fold(answer.text);
  const answerLemma = fold(info.lemma);
  const answerSenses = senses(options.gloss?.(info.lemma));
  const answerEnding = endingClass(answer.text, info.lemma);
  const rank = info.rank;

  const sources = [
    ...pool.map((p) => ({ ...p, tier: p.articleId === articleId ? 0 : 1 })),
    ...(options.fallback ?? []).map((p) => ({ ...p, tier: 2 })),
  ];
  const best = new Map<string, { text: string; lemma: string; key: [number, number, number, string] }>();
  for (const c of sources) {
    const ci = c.info;
    if (ci.pos !== info.pos) continue;
    if (!/^[\p{L}\p{M}]+$/u.test(c.text) || letters(c.text) < 3) continue;
    if (/\p{Lu}/u.test(c.text.slice(1))) continue;
    if (fold(c.text) === answerFolded || fold(ci.lemma) === answerLemma) continue;
    if (info.pos === 'noun' && (ci.gender !== info.gender || ci.number !== info.number)) continue;
    if (info.pos === 'other' && (ci.rank === undefined || rank === undefined)) continue;
    if (answerSenses.size > 0) {
      const cs = senses(options.gloss?.(ci.lemma));
      if ([...cs].some((s) => answerSenses.has(s))) continue;
    }
    const text = matchCase(c.text, answer.text);
    const formMiss =
      info.pos === 'verb' || info.pos === 'adj'
        ? formDistance(answerEnding, answer.text, c.text, ci.lemma)
        : 0;
    const rankMiss =
      rank !== undefined && ci.rank !== undefined && ci.rank <= 2 * rank && ci.rank >= rank / 2
        ? 0
        : 1;
    const key: [number, number, number, string] = [
      formMiss,
      c.tier,
      rankMiss,
      hash32(`${answer.text}\u241f${text}`),
    ];
    const id = fold(text);
    const seen = best.get(id);
    if (!seen || compareKeys(key, seen.key) < 0) best.set(id, { text, lemma: fold(ci.lemma), key });
  }
  const ordered = [...best.values()].sort(
    (a, b) => compareKeys(a.key, b.key) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
  const out: string[] = [];
  const lemmas = new Set<string>();
  for (const c of ordered) {
    if (out.length >= n) break;
    // Three different words, not two forms of one (Staat, Staaten).
    if (lemmas.has(c.lemma)) continue;
    lemmas.add(c.lemma);
    out.push(c.text);
  }
  return out;
}

function compareKeys(
  a: readonly [number, number, number, string],
  b: readonly [number, number, number, string],
): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0);
}
