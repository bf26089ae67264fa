/**
 * How plausible a wrong option is in meaning: a word of the same kind as the answer (missiles
 * for weapons, Bomben for Waffen) keeps the sentence making some sense, a word of the same
 * article at least belongs to the topic, anything else only fits the grammar. Only the order of
 * what the grammar checks (agreement.ts) let through changes; a synonym is never offered.
 */
import type { ContentPos } from './lexicon';
import type { Relation, Thesaurus } from './thesaurus';

/** A distractor's tie to the answer's meaning, the most plausible first. */
export type Relatedness = 'co-hyponym' | 'related' | 'same topic' | 'other';

export const RELATEDNESS: readonly Relatedness[] = ['co-hyponym', 'related', 'same topic', 'other'];

/** What the distractor chooser asks about a candidate's lemma, relative to one answer. */
export type MeaningOf = (lemma: string) => Relation | undefined;

const key = (w: string) => w.toLowerCase();

const glossMemo = new Map<string, string[]>();

/** One-word senses of a gloss ("weapon; arm (sth.)" → weapon, arm), for the bridge. */
function glossWords(gloss: string | undefined, max: number): string[] {
  if (!gloss) return [];
  const memoKey = `${max}|${gloss}`;
  const known = glossMemo.get(memoKey);
  if (known) return known;
  const out = gloss
    .split(';')
    .map((s) =>
      s
        .replace(/\([^)]*\)|\bsth\.|\bsb\./g, '')
        .trim()
        .replace(/^to /, '')
        .trim(),
    )
    .filter((s) => /^\p{L}+$/u.test(s))
    .slice(0, max);
  glossMemo.set(memoKey, out);
  return out;
}

const ORDER: Readonly<Record<Relation, number>> = {
  synonym: 0,
  near: 1,
  'co-hyponym': 2,
  related: 3,
};

/**
 * The relation of a candidate lemma to the answer's, from the language's thesaurus and, for
 * German, also through the English thesaurus by way of the first gloss senses of both words
 * (Waffe "weapon", Bombe "bomb": both weapons). The closest relation wins, so a
 * synonym by either road is a synonym.
 */
export function meaningOf(
  answer: { readonly lemma: string; readonly pos: ContentPos },
  thesaurus: Thesaurus | undefined,
  bridge?: {
    readonly english: Thesaurus;
    readonly gloss: (lemma: string) => string | undefined;
    /**
     * The English words the hint aligns with the answer (word-align.ts): the sense the
     * sentence uses (Reaktion here "response", not the chemical reaction), before the gloss.
     */
    readonly anchors?: readonly string[];
    /**
     * Whether the language's own thesaurus may relate words (co-hyponyms, related), or only
     * tell synonyms: OpenThesaurus's generic terms and the Italian thesaurus's long lists
     * name no sense (Reaktion → Oxidation, Ebene → Hochebene, ruolo → conto).
     */
    readonly ownKin?: boolean;
  },
): MeaningOf {
  const memo = new Map<string, Relation | undefined>();
  // First senses only: a second sense (Praxis "practice; experience") links at random.
  const answerEnglish = bridge
    ? bridge.anchors && bridge.anchors.length > 0
      ? bridge.anchors
      : glossWords(bridge.gloss(answer.lemma), 1)
    : [];
  const ownKin = bridge?.ownKin ?? true;
  return (lemma) => {
    const k = key(lemma);
    if (memo.has(k)) return memo.get(k);
    const own = thesaurus?.relation(answer.lemma, lemma, answer.pos);
    let best: Relation | undefined =
      ownKin || own === 'synonym' || own === 'near' ? own : undefined;
    if (bridge && answerEnglish.length > 0 && best !== 'synonym') {
      for (const theirs of glossWords(bridge.gloss(lemma), 1)) {
        for (const ours of answerEnglish) {
          const r = bridge.english.relation(ours, theirs, answer.pos);
          if (r && (best === undefined || ORDER[r] < ORDER[best])) best = r;
        }
      }
    }
    memo.set(k, best);
    return best;
  };
}

/**
 * Whether a lemma is kin to the answer by way of English: its first gloss sense is among the
 * English thesaurus's kin of the answer's English (the hint's aligned words, else its first
 * gloss sense). Undefined when the answer has no English kin. Lets the chooser look for
 * co-hyponyms in the whole vocabulary, not only in the articles (arma "weapon" → bomba
 * "bomb"), where the language's own thesaurus names no kinds.
 */
export function bridgedKin(
  answer: { readonly lemma: string; readonly pos: ContentPos },
  bridge: {
    readonly english: Thesaurus;
    readonly gloss: (lemma: string) => string | undefined;
    readonly anchors?: readonly string[];
  },
): ((lemma: string) => boolean) | undefined {
  const answerEnglish =
    bridge.anchors && bridge.anchors.length > 0
      ? bridge.anchors
      : glossWords(bridge.gloss(answer.lemma), 1);
  const english = new Set<string>();
  for (const w of answerEnglish) {
    for (const k of bridge.english.kin(w, answer.pos)) english.add(k);
  }
  for (const w of answerEnglish) english.delete(key(w));
  if (english.size === 0) return undefined;
  return (lemma) => glossWords(bridge.gloss(lemma), 1).some((w) => english.has(key(w)));
}

/** The plausibility class of a candidate that is no synonym (those never get this far). */
export function relatedness(relation: Relation | undefined, sameArticle: boolean): Relatedness {
  if (relation === 'co-hyponym') return 'co-hyponym';
  if (relation === 'related') return 'related';
  return sameArticle ? 'same topic' : 'other';
}

export interface PlausibilityCandidate {
  readonly text: string;
  readonly lemma: string;
  /** From the answer's own article: the same topic. */
  readonly sameArticle: boolean;
  readonly rank?: number;
}

export interface RankedCandidate extends PlausibilityCandidate {
  readonly relatedness: Relatedness;
}

/** Frequency nearness: 0 within ±2× of the answer's rank, 1 otherwise (or unranked). */
function rankMiss(answer: number | undefined, c: number | undefined): number {
  return answer !== undefined && c !== undefined && c <= 2 * answer && c >= answer / 2 ? 0 : 1;
}

/**
 * Candidates that passed the grammar checks, the most plausible first: co-hyponyms, words
 * the thesaurus relates, words of the same article, the rest; within a class the ones of a
 * similar frequency, then the input order (the chooser's own stable order). Synonyms and
 * near terms are dropped: they would be right answers.
 */
export function rankByRelatedness(
  answer: { readonly rank?: number },
  candidates: readonly PlausibilityCandidate[],
  meaning: MeaningOf,
): RankedCandidate[] {
  const out: { c: RankedCandidate; i: number; miss: number }[] = [];
  candidates.forEach((c, i) => {
    const r = meaning(c.lemma);
    if (r === 'synonym' || r === 'near') return;
    out.push({
      c: { ...c, relatedness: relatedness(r, c.sameArticle) },
      i,
      miss: rankMiss(answer.rank, c.rank),
    });
  });
  const cls = (r: Relatedness) => RELATEDNESS.indexOf(r);
  out.sort((a, b) => cls(a.c.relatedness) - cls(b.c.relatedness) || a.miss - b.miss || a.i - b.i);
  return out.map((o) => o.c);
}

/** Options by relatedness class, per language, for the quality report. */
export type RelatednessCounts = Record<Relatedness, number> & { clozesWithRelated: number };

export const emptyRelatednessCounts = (): RelatednessCounts => ({
  'co-hyponym': 0,
  related: 0,
  'same topic': 0,
  other: 0,
  clozesWithRelated: 0,
});

/** Adds one cloze's options (their classes) to the counts. */
export function countRelatedness(out: RelatednessCounts, classes: readonly Relatedness[]): void {
  for (const c of classes) out[c]++;
  if (classes.some((c) => c === 'co-hyponym' || c === 'related')) out.clozesWithRelated++;
}
