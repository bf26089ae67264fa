import {
  describeSlot,
  listedSynonyms,
  type FitCheck,
  type Knows,
  type RejectReason,
  type SlotContext,
} from './agreement';
import { isContentPos, type WordInfo } from './lexicon';
import { relatedness, type MeaningOf, type Relatedness } from './plausibility';
import type { Lang, Token } from './types';

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
  // Only a fact the analysis is sure of makes a card worth learning.
  if (info.certainty !== undefined && info.certainty !== 'sure') return false;
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
  /** Words not to offer, such as the rest of the sentence (visible next to the blank). */
  readonly exclude?: readonly string[];
  /** The answer's language: the slot's grammar (agreement.ts) is read only when given. */
  readonly lang?: Lang;
  /** The words around the blank: the article or preposition in view, the next word. */
  readonly context?: SlotContext;
  /** Reading of a bare form, to check an inflected distractor is a real word. */
  readonly knows?: Knows;
  /** Words that mean the answer here (from the aligned sentences' glosses): never offered. */
  readonly synonyms?: readonly string[];
  /**
   * A candidate lemma's relation in meaning to the answer (plausibility.ts `meaningOf`, from
   * the thesaurus): synonyms and near terms are turned down, co-hyponyms and related words
   * come first among the options the grammar allows.
   */
  readonly meaning?: MeaningOf;
  /** Lower-cased lemmas the thesaurus relates to the answer: looked for in the fallback too. */
  readonly kin?: ReadonlySet<string>;
  /**
   * Whether a dictionary lemma is kin to the answer by way of English (plausibility.ts
   * `bridgedKin`: its first gloss is a co-hyponym of the answer's English): looked for in the
   * fallback like `kin`, for the Italian thesaurus names no kinds of its own.
   */
  readonly bridgedKin?: (lemma: string) => boolean;
}

/** What a choice did, for the quality report: options by check, candidates turned down by reason. */
export interface DistractorChoice {
  readonly options: string[];
  readonly checks: readonly FitCheck[];
  /** Each option's tie in meaning to the answer (plausibility.ts). */
  readonly relatedness: readonly Relatedness[];
  readonly rejected: Readonly<Partial<Record<RejectReason, number>>>;
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

const NO_SENSES: ReadonlySet<string> = new Set();
const sensesOf = new Map<string, ReadonlySet<string>>();

function senses(gloss: string | undefined): ReadonlySet<string> {
  if (!gloss) return NO_SENSES;
  let out = sensesOf.get(gloss);
  if (!out) {
    out = new Set(
      gloss
        .split(/[;,]/)
        .map((s) =>
          s
            .replace(/\([^)]*\)|\bsth\.|\bsb\.|\bjdn\.|\bjdm\./gu, '')
            .trim()
            .toLocaleLowerCase('und')
            .replace(/^to /u, '')
            .trim(),
        )
        .filter((s) => s !== ''),
    );
    sensesOf.set(gloss, out);
  }
  return out;
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
function formDistance(answerClass: string, answerLast: string, c: Prepared): number {
  if (c.ending === answerClass) return 0;
  return c.last === answerLast ? 1 : 2;
}

function withInitial(text: string, upper: boolean): string {
  const head = text.slice(0, 1);
  return (upper ? head.toLocaleUpperCase('und') : head.toLocaleLowerCase('und')) + text.slice(1);
}

/** A candidate with what every comparison needs, computed once per list. */
interface Prepared {
  readonly text: string;
  readonly info: WordInfo;
  readonly articleId: string | undefined;
  readonly folded: string;
  readonly lemma: string;
  readonly ending: string;
  readonly last: string;
}

function bucketOf(info: WordInfo): string {
  return info.pos === 'noun' ? `noun|${info.gender ?? ''}|${info.number ?? ''}` : info.pos;
}

// The corpus pool and the vocabulary are the same arrays for every cloze of a
// build: group them by part of speech (and gender and number) once.
const preparedLists = new WeakMap<object, Map<string, Prepared[]>>();

function prepare(
  list: readonly { readonly text: string; readonly info: WordInfo; readonly articleId?: string }[],
): Map<string, Prepared[]> {
  let buckets = preparedLists.get(list);
  if (buckets) return buckets;
  buckets = new Map();
  const seen = new Set<string>();
  for (const c of list) {
    const { text, info } = c;
    if (!isContentPos(info.pos) && info.pos !== 'other') continue;
    if (!/^[\p{L}\p{M}]+$/u.test(text) || letters(text) < 3) continue;
    if (/\p{Lu}/u.test(text.slice(1))) continue;
    const key = `${text}\u241f${info.lemma}\u241f${info.pos}\u241f${c.articleId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const bucket = bucketOf(info);
    const prepared: Prepared = {
      text,
      info,
      articleId: c.articleId,
      folded: fold(text),
      lemma: fold(info.lemma),
      ending: endingClass(text, info.lemma),
      last: text.slice(-1).toLocaleLowerCase('und'),
    };
    const items = buckets.get(bucket);
    if (items) items.push(prepared);
    else buckets.set(bucket, [prepared]);
  }
  preparedLists.set(list, buckets);
  return buckets;
}

type Key = readonly [number, number, number, number, number, string];

/** Whether a word starts with another word's lemma of four letters or more. */
function related(word: string, lemma: string): boolean {
  return lemma.length >= 4 && word.startsWith(lemma);
}

/**
 * Three wrong options for a cloze: same part of speech (and gender and number for
 * nouns), preferring the same ending for verbs and adjectives, then words from the
 * same article, then the rest of the corpus, then the fallback list, then words
 * within ±2× of the answer's frequency rank. Never the answer in any case or
 * accent, never a form of its lemma or a word with the same gloss (either would be
 * a correct alternative), never a function word, name or number. Ties are broken
 * by a stable hash of (answer, candidate), so builds are reproducible.
 */
export function chooseDistractors(
  answer: { readonly text: string; readonly info: WordInfo },
  pool: readonly DistractorSource[],
  articleId: string,
  n = 3,
  options: DistractorOptions = {},
): string[] {
  return explainDistractors(answer, pool, articleId, n, options).options;
}

/**
 * `chooseDistractors` with its reasons: each option's agreement check (inflected
 * into the slot's form, agrees as found, or unchecked) and how many candidates
 * the slot or a synonym turned down. With `lang` and `context`, a candidate must
 * fit the slot (agreement.ts): German nouns are offered in the answer's case and
 * number (des Kalten [Krieges] → Angriffs), German adjectives with its ending,
 * Italian words in the article's form (un' → feminine, vowel-initial), English
 * ones after a/an and in the answer's verb form.
 */
export function explainDistractors(
  answer: { readonly text: string; readonly info: WordInfo },
  pool: readonly DistractorSource[],
  articleId: string,
  n = 3,
  options: DistractorOptions = {},
): DistractorChoice {
  const { info } = answer;
  const rejected: Partial<Record<RejectReason, number>> = {};
  if (!isContentPos(info.pos) && info.pos !== 'other') {
    return { options: [], checks: [], relatedness: [], rejected };
  }
  const answerFolded = fold(answer.text);
  const answerLemma = fold(info.lemma);
  const answerSenses = senses(options.gloss?.(info.lemma));
  const answerEnding = endingClass(answer.text, info.lemma);
  const answerLast = answer.text.slice(-1).toLocaleLowerCase('und');
  const upper = /^\p{Lu}/u.test(answer.text);
  const rank = info.rank;
  const bucket = bucketOf(info);
  const lang = options.lang;
  const slot =
    lang && options.context
      ? describeSlot(lang, answer, options.context, options.knows)
      : undefined;
  const synonyms = new Set((options.synonyms ?? []).map(fold));
  const turnedDown = new Map<string, RejectReason>();
  const reject = (c: Prepared, reason: RejectReason) => {
    if (turnedDown.has(c.folded)) return;
    turnedDown.set(c.folded, reason);
    rejected[reason] = (rejected[reason] ?? 0) + 1;
  };

  const best = new Map<
    string,
    { text: string; lemma: string; key: Key; check: FitCheck; tie: Relatedness }
  >();
  const meaning = options.meaning;
  const answerKey = `${answer.text}\u241f`;
  const excluded = new Set((options.exclude ?? []).map(fold));
  const consider = (c: Prepared, tier: number) => {
    const ci = c.info;
    if (c.folded === answerFolded || c.lemma === answerLemma || excluded.has(c.folded)) return;
    // Militär/Militärische: a derivative of the answer is no fair wrong option.
    if (related(c.folded, answerLemma) || related(answerFolded, c.lemma)) return;
    if (info.pos === 'other' && (ci.rank === undefined || rank === undefined)) return;
    if (answerSenses.size > 0) {
      const cs = senses(options.gloss?.(ci.lemma));
      if ([...cs].some((s) => answerSenses.has(s))) return reject(c, 'synonym');
    }
    if (synonyms.has(c.folded) || synonyms.has(c.lemma)) return reject(c, 'synonym');
    const relation = meaning?.(ci.lemma);
    if (relation === 'synonym' || relation === 'near') return reject(c, 'synonym');
    if (
      lang &&
      listedSynonyms(
        lang,
        { text: answer.text, lemma: info.lemma },
        { text: c.text, lemma: ci.lemma },
      )
    ) {
      return reject(c, 'synonym');
    }
    const fit = slot ? slot.fit(c) : { text: c.text, check: 'unchecked' as const };
    if ('reject' in fit) return reject(c, fit.reject);
    const text = fit.text;
    const outFolded = text === c.text ? c.folded : fold(text);
    if (outFolded === answerFolded || excluded.has(outFolded)) return;
    // A slot check stands for the grammar fit; without one, the ending class does.
    const formMiss =
      fit.check !== 'unchecked'
        ? 0
        : info.pos === 'verb' || info.pos === 'adj'
          ? formDistance(answerEnding, answerLast, c)
          : 0;
    const rankMiss =
      rank !== undefined && ci.rank !== undefined && ci.rank <= 2 * rank && ci.rank >= rank / 2
        ? 0
        : 1;
    // A word met in the slot's very form was used in the same role (sehr kompliziert):
    // after the source, that is the best guess at a plausible option this code has.
    const inflectedMiss = fit.check === 'inflected' ? 1 : 0;
    // Plausibility re-orders only what the grammar allows: it comes after the fit.
    const tie = relatedness(relation, tier === 0);
    const relMiss = tie === 'co-hyponym' ? 0 : tie === 'related' ? 1 : 2;
    const key: Key = [
      formMiss,
      relMiss,
      tier,
      inflectedMiss,
      rankMiss,
      hash32(answerKey + outFolded),
    ];
    const seen = best.get(outFolded);
    if (!seen || compareKeys(key, seen.key) < 0) {
      best.set(outFolded, { text, lemma: c.lemma, key, check: fit.check, tie });
    }
  };
  const buckets = (list: readonly { readonly text: string; readonly info: WordInfo }[]) => {
    const grouped = prepare(list);
    if (!slot?.number) return grouped.get(bucket) ?? [];
    // With the article in view, a noun of any gender that fits it is fair (des Angriffs,
    // des Frühlings); the number is the slot's (vom syrischen Präsidenten is singular).
    const genders = slot.anyGender ? ['m', 'f', 'n'] : [slot.gender ?? ''];
    return genders.flatMap((g) => grouped.get(`noun|${g}|${slot.number}`) ?? []);
  };
  for (const c of buckets(pool)) consider(c, c.articleId === articleId ? 0 : 1);
  // The key puts the grammar fit first, relatedness second and the tier third: once the
  // library gives n lemmas that fit, only a related dictionary word (tier 2) can come before
  // them. Scanning only the thesaurus's kin then changes nothing, and the full scan of the
  // vocabulary was most of an import's time.
  const fitting = new Set<string>();
  for (const c of best.values()) if (c.key[0] === 0) fitting.add(c.lemma);
  if (fitting.size < n) {
    for (const c of buckets(options.fallback ?? [])) consider(c, 2);
  } else if ((options.kin && options.kin.size > 0) || options.bridgedKin) {
    const kin = options.kin ?? new Set<string>();
    const bridged = options.bridgedKin;
    for (const c of buckets(options.fallback ?? [])) {
      if (kin.has(c.info.lemma.toLowerCase()) || bridged?.(c.info.lemma)) consider(c, 2);
    }
  }

  const ordered = [...best.values()].sort(
    (a, b) => compareKeys(a.key, b.key) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
  const out: string[] = [];
  const checks: FitCheck[] = [];
  const ties: Relatedness[] = [];
  const lemmas = new Set<string>();
  for (const c of ordered) {
    if (out.length >= n) break;
    // Three different words, not two forms of one (Staat, Staaten).
    if (lemmas.has(c.lemma)) continue;
    lemmas.add(c.lemma);
    out.push(withInitial(c.text, upper));
    checks.push(c.check);
    ties.push(c.tie);
  }
  return { options: out, checks, relatedness: ties, rejected };
}

function compareKeys(a: Key, b: Key): number {
  return (
    a[0] - b[0] ||
    a[1] - b[1] ||
    a[2] - b[2] ||
    a[3] - b[3] ||
    a[4] - b[4] ||
    (a[5] < b[5] ? -1 : a[5] > b[5] ? 1 : 0)
  );
}
