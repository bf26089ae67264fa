import {
  IT_AUX_PARTICIPLES,
  isDeterminer,
  isFunctionWord,
  isItalianPluralDeterminer,
  isNumberWord,
  SEPARABLE_PARTICLES,
} from './function-words';
import type { SentenceTagger, TaggedWord } from './english-tagger';
import type { Lang, Token } from './types';

export type Pos = 'noun' | 'verb' | 'adj' | 'adv' | 'propn' | 'num' | 'func' | 'other';
/** The parts of speech a dictionary can confirm: the only ones worth testing. */
export type ContentPos = 'noun' | 'verb' | 'adj' | 'adv';
export type Gender = 'm' | 'f' | 'n';
export type GrammaticalNumber = 'sg' | 'pl';

/**
 * How sure the analysis is: `sure` when the evidence agrees (one dictionary reading, a
 * decisive context rule, tagger and lexicon), `likely` when a weaker rule chose among
 * readings or a witness disagrees, `guess` when no dictionary knows the word. Only sure
 * words are blanked (`isClozeCandidate`).
 */
export type Certainty = 'sure' | 'likely' | 'guess';
export const CERTAINTIES: readonly Certainty[] = ['sure', 'likely', 'guess'];

/** A separable verb's particle (an for angreifen), and whether this form carries it. */
export interface Separable {
  readonly particle: string;
  /**
   * The particle is part of the form (ansieht, herkam, zurückkehren, angegriffen): such a
   * form never stands in a main clause's second position, where the verb splits
   * (greift … an, joined false).
   */
  readonly joined: boolean;
}

export interface WordInfo {
  readonly lemma: string;
  readonly pos: Pos;
  readonly gender?: Gender;
  readonly number?: GrammaticalNumber;
  /** Frequency rank, 1 = most common; absent when no list has the form or its lemma. */
  readonly rank?: number;
  /** Absent on facts made elsewhere (stored words, tests): treated as sure. */
  readonly certainty?: Certainty;
  /** What the certainty rests on, for the quality report (`dictionary`, `tagger≠ending`…). */
  readonly evidence?: string;
  readonly separable?: Separable;
}

export interface LookupContext {
  readonly lang: Lang;
  readonly prev?: Token;
  readonly next?: Token;
  readonly sentenceStart: boolean;
  /** The aligned sentences in the other languages, for spotting names. */
  readonly otherSides: readonly string[];
  /** The whole sentence and this token's index in it, for clause-wide rules (greift … an). */
  readonly tokens?: readonly Token[];
  readonly index?: number;
  /** The tagger's reading of this token in its sentence, when the language has a tagger. */
  readonly tag?: TaggedWord;
}

/** A word a dictionary knows, as written, for distractors beyond the corpus. */
export interface VocabularyEntry {
  readonly text: string;
  readonly info: WordInfo;
}

export interface Lexicon {
  lookup(token: Token, ctx: LookupContext): WordInfo;
  /** A sentence's tags, where the language has a tagger (`createLexicon`'s `taggers`). */
  tag?(
    lang: Lang,
    text: string,
    tokens: readonly Token[],
  ): readonly (TaggedWord | undefined)[] | undefined;
  /** Every form the dictionaries know in a language, sorted: typing one is not a typo. */
  wordList(lang: Lang): readonly string[];
  /** Ranked content words with their analysis, most common first. */
  vocabulary(lang: Lang): readonly VocabularyEntry[];
}

/** One dictionary reading of a form; context picks among several. */
export interface Analysis {
  readonly lemma: string;
  readonly pos: ContentPos;
  readonly gender?: Gender;
  readonly number?: GrammaticalNumber;
  /** A past participle: a verb after an auxiliary, an adjective before a noun. */
  readonly participle?: boolean;
  readonly infinitive?: boolean;
  /** Guessed from the spelling alone (English has no dictionary here). */
  readonly guessed?: boolean;
  readonly separable?: Separable;
}

/** What the build-time dictionaries provide; createLexicon adds the context rules. */
export interface Dictionary {
  /** Readings of a form exactly as written (German nouns only match capitalised). */
  analyse(lang: Lang, form: string): readonly Analysis[];
  /** Frequency rank of a lower-cased form, 1 = most common. */
  rank(lang: Lang, norm: string): number | undefined;
  wordList(lang: Lang): readonly string[];
  vocabulary(lang: Lang): readonly VocabularyEntry[];
  /** The separable verb a stem form makes with `particle` (greift + an → angreifen). */
  separable?(lang: Lang, form: string, particle: string): string | undefined;
}

export function isContentPos(pos: Pos): pos is ContentPos {
  return pos === 'noun' || pos === 'verb' || pos === 'adj' || pos === 'adv';
}

export function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

function lowerFirst(text: string): string {
  return text.slice(0, 1).toLocaleLowerCase('und') + text.slice(1);
}

// A capital after an opening quote, a colon or a list dash starts a clause, like
// a sentence's first word (sagt: „Putin …“; - die offizielle …).
const CLAUSE_OPENERS = new Set([
  '"',
  "'",
  '„',
  '“',
  '”',
  '«',
  '»',
  '‚',
  '‘',
  ':',
  '-',
  '–',
  '—',
  '(',
]);

function opensClause(prev: Token | undefined): boolean {
  return prev !== undefined && CLAUSE_OPENERS.has(prev.text);
}

const ACRONYM_RE = /^\p{Lu}{2,}$/u;
// al-Assad, anti-Assad, pro-Assad, al-Qaida: a name inside a hyphenated word.
const NAMED_PART_RE = /[-‐]\p{Lu}/u;
const LETTER_RUN_RE = /\p{L}[\p{L}\p{M}]*/gu;

/**
 * Whether a capitalised word also stands capitalised in the aligned translations,
 * which marks a name (Assad, Putin, Reeve, Light, Instagram). German capitalises
 * every noun and every language its first word, so a word the dictionary knows
 * needs stronger evidence: capitalised in every other side, mid-sentence in one.
 */
export function echoedInOtherSides(
  text: string,
  otherSides: readonly string[],
  known: boolean,
): boolean {
  if (!isCapitalised(text) || [...text].filter((c) => /\p{L}/u.test(c)).length < 3) return false;
  const target = text.toLocaleLowerCase('und');
  const sides = otherSides.filter((s) => s.trim() !== '');
  if (sides.length === 0) return false;
  let anyMid = false;
  let inAll = true;
  let inAny = false;
  for (const side of sides) {
    let found = false;
    let first = true;
    for (const m of side.matchAll(LETTER_RUN_RE)) {
      const word = m[0];
      if (isCapitalised(word) && word.toLocaleLowerCase('und') === target) {
        found = true;
        if (!first) anyMid = true;
      }
      first = false;
    }
    inAny ||= found;
    inAll &&= found;
  }
  return known ? inAll && anyMid : inAny;
}

/** A reading and how sure the rule that chose it is. */
interface Pick {
  readonly a: Analysis;
  readonly certainty: Certainty;
  readonly evidence: string;
}

const pick = (a: Analysis, certainty: Certainty, evidence: string): Pick => ({
  a,
  certainty,
  evidence,
});

function infoOf(a: Analysis, certainty?: Certainty, evidence?: string): WordInfo {
  return {
    lemma: a.lemma,
    pos: a.pos,
    ...(a.gender ? { gender: a.gender } : {}),
    ...(a.number ? { number: a.number } : {}),
    ...(certainty ? { certainty } : {}),
    ...(evidence ? { evidence } : {}),
    ...(a.separable ? { separable: a.separable } : {}),
  };
}

const fromPick = (p: Pick): WordInfo => infoOf(p.a, p.certainty, p.evidence);

function isContentToken(t: Token | undefined, lang: Lang): boolean {
  return (
    t !== undefined &&
    t.kind === 'word' &&
    !isFunctionWord(t.norm, lang) &&
    !/[-‐']/u.test(t.norm) &&
    !isCapitalised(t.text)
  );
}

function first(readings: readonly Analysis[], pos: ContentPos): Analysis | undefined {
  return readings.find((r) => r.pos === pos);
}

/** Whether the readings offer more than one part of speech. */
function ambiguous(readings: readonly Analysis[]): boolean {
  return new Set(readings.map((r) => r.pos)).size > 1;
}

const DE_ADJ_ENDING_RE = /(?:e|en|er|em|es)$/u;
const DE_SEIN = new Set(['ist', 'sind', 'war', 'waren', 'wäre', 'wären', 'sei', 'seien']);
// sehr besorgt, so wichtig: a degree word before a participle makes it a state.
const DE_DEGREE = new Set([
  'sehr',
  'so',
  'zu',
  'ganz',
  'äußerst',
  'besonders',
  'ziemlich',
  'recht',
  'extrem',
]);
const DE_PERFECT_AUX = new Set(
  'wird werden wurde wurden worden würde würden hat haben hatte hatten habe hätte hätten'.split(
    ' ',
  ),
);
const IT_PREPOSITIONS = new Set([
  'di',
  'a',
  'da',
  'in',
  'con',
  'su',
  'per',
  'tra',
  'fra',
  'contro',
  'senza',
]);

// Where a German clause ends, for finding a separated particle (greift … an,).
const CLAUSE_PUNCT = new Set([
  ',',
  ';',
  ':',
  '.',
  '!',
  '?',
  '–',
  '—',
  '(',
  ')',
  '"',
  '„',
  '“',
  '”',
  '»',
  '«',
]);
const DE_CLAUSE_WORDS = new Set(
  'und oder aber sondern denn dass weil ob obwohl nachdem bevor damit sodass'.split(' '),
);

function endsClause(t: Token | undefined): boolean {
  return (
    t === undefined || (t.kind === 'punct' ? CLAUSE_PUNCT.has(t.text) : DE_CLAUSE_WORDS.has(t.norm))
  );
}

/** The clause-final word after `index`, if it is a lower-case word (a particle candidate). */
function clauseFinalWord(tokens: readonly Token[], index: number): Token | undefined {
  let last: Token | undefined;
  for (let i = index + 1; i < tokens.length && !endsClause(tokens[i]); i++) last = tokens[i];
  return last && last.kind === 'word' && !isCapitalised(last.text) ? last : undefined;
}

// Determiners of the masculine or neuter singular only (dem, des, vom, im, einem).
const DE_SG_MN = new Set(
  'dem des vom zum im am beim einem eines diesem dieses jedem jedes seinem seines ihrem ihres'.split(
    ' ',
  ),
);

/**
 * vom syrischen Präsidenten: a weak noun's -en form is singular after a singular-only
 * determiner, whatever the form's table says (skipping the adjectives in between).
 */
function withGermanNumber(a: Analysis, ctx: LookupContext): Analysis {
  if (
    a.number !== 'pl' ||
    (a.gender !== 'm' && a.gender !== 'n') ||
    !ctx.tokens ||
    ctx.index === undefined
  )
    return a;
  for (let i = ctx.index - 1; i >= 0; i--) {
    const t = ctx.tokens[i]!;
    if (t.kind !== 'word') return a;
    if (DE_SG_MN.has(t.norm)) return { ...a, number: 'sg' };
    if (isCapitalised(t.text) || !DE_ADJ_ENDING_RE.test(t.norm)) return a;
  }
  return a;
}

/** A particle that never is a preposition (zurück, auseinander, fest, weg), unlike an or aus. */
function isLoneParticle(norm: string): boolean {
  return SEPARABLE_PARTICLES.includes(norm) && !isFunctionWord(norm, 'de');
}

// Forms of the copulas: an uninflected adjective after one in its clause is predicative.
const DE_COPULA = new Set([
  ...DE_SEIN,
  ...'bin bist seid wird werden wurde wurden würde würden bleibt bleiben blieb blieben'.split(' '),
]);

/**
 * dass sie wirklich an Assad glauben, was will Russland eigentlich?: an uninflected adjective
 * before a verb, a function word or a question mark, with no copula before it in its clause
 * (ist schwierig) and no degree word before it (besonders schwierig), modifies a verb or the
 * sentence: an adverb, so its options are adverbs.
 */
function adverbialSlot(ctx: LookupContext): boolean {
  const next = ctx.next;
  if (!next || !ctx.tokens || ctx.index === undefined) return false;
  if (ctx.prev && DE_DEGREE.has(ctx.prev.norm)) return false;
  const nextFits =
    next.kind === 'punct' ? next.text === '?' : next.kind === 'word' && !isCapitalised(next.text);
  if (!nextFits) return false;
  for (let i = ctx.index - 1; i >= 0; i--) {
    const t = ctx.tokens[i]!;
    if (t.kind === 'punct') break;
    if (t.kind === 'word' && DE_COPULA.has(t.norm)) return false;
  }
  return true;
}

/** Pick among a lower-case German word's readings (verbs and adjectives). */
function pickGerman(
  form: string,
  readings: readonly Analysis[],
  ctx: LookupContext,
  rank: (norm: string) => number,
): Pick {
  const verb = first(readings, 'verb');
  const adj = first(readings, 'adj');
  const only = !ambiguous(readings);
  const infinitive = readings.find((r) => r.pos === 'verb' && r.infinitive);
  if (ctx.prev?.norm === 'zu' && infinitive) return pick(infinitive, 'sure', 'zu+infinitive');
  // Only an inflected adjective or participle stands before its noun (syrischen
  // Präsidenten, gehaltenen Stadt); versucht Russland is a verb and its object.
  const beforeNoun = ctx.next?.kind === 'word' && isCapitalised(ctx.next.text);
  if (adj && beforeNoun && DE_ADJ_ENDING_RE.test(form) && form !== adj.lemma) {
    return pick(adj, 'sure', 'attributive');
  }
  // Before a form of sein a participle is a state (kompliziert ist), before
  // werden a passive (unterstützt wird); after sein or a degree word too (sind sehr besorgt).
  if (adj && verb && ctx.next && DE_SEIN.has(ctx.next.norm))
    return pick(adj, 'sure', 'before sein');
  if (adj && verb && ctx.prev && (DE_SEIN.has(ctx.prev.norm) || DE_DEGREE.has(ctx.prev.norm))) {
    return pick(adj, 'sure', 'after sein or degree word');
  }
  if (adj && !verb && form === adj.lemma && adverbialSlot(ctx)) {
    return pick({ lemma: adj.lemma, pos: 'adv' }, 'sure', 'adverbial');
  }
  const nextNorm = ctx.next?.norm ?? '';
  if (
    verb?.participle &&
    (DE_PERFECT_AUX.has(nextNorm) || DE_PERFECT_AUX.has(ctx.prev?.norm ?? ''))
  ) {
    return pick(verb, 'sure', 'auxiliary');
  }
  const finite = readings.some((r) => r.pos === 'verb' && !r.participle);
  if (verb && adj && !finite) {
    // kompliziert is an adjective of its own, getötet the participle of töten:
    // the more frequent lemma wins.
    return pick(rank(adj.lemma) < rank(verb.lemma) ? adj : verb, 'likely', 'rank');
  }
  const chosen = verb ?? adj ?? readings[0]!;
  return pick(chosen, only ? 'sure' : 'likely', only ? 'dictionary' : 'verb first');
}

/** Pick among an Italian word's readings by the words around it. */
function pickItalian(
  readings: readonly Analysis[],
  ctx: LookupContext,
  nextIsNoun: () => boolean,
  prevIsNoun: () => boolean,
): Pick {
  const noun = first(readings, 'noun');
  const adj = first(readings, 'adj');
  const verb = first(readings, 'verb');
  const adv = first(readings, 'adv');
  const prev = ctx.prev;
  const only = !ambiguous(readings);
  const fallback = (evidence: string) => {
    const a = adj ?? noun ?? verb ?? adv ?? readings[0]!;
    return pick(a, only ? 'sure' : 'likely', only ? 'dictionary' : evidence);
  };
  const determined =
    prev !== undefined && (prev.kind === 'number' || isDeterminer(prev.norm, 'it'));
  if (determined) {
    // la scorsa settimana, un sospetto attacco: an adjective before its noun.
    if (adj && noun && isContentToken(ctx.next, 'it') && nextIsNoun()) {
      // i punti chiave: where the noun and the adjective share their lemma, the word
      // before a noun may be either (a noun + a noun used as an adjective).
      return pick(adj, adj.lemma === noun.lemma ? 'likely' : 'sure', 'before noun');
    }
    if (noun) return pick(noun, 'sure', only ? 'dictionary' : 'determiner');
    return fallback('determiner');
  }
  // in teoria, una serie di rivolte: a bare noun after a preposition; only an adjective
  // reading (di nuovo, per primo) leaves it open.
  if (noun && prev && IT_PREPOSITIONS.has(prev.norm)) {
    return pick(noun, adj ? 'likely' : 'sure', only ? 'dictionary' : 'preposition');
  }
  // ha ucciso, è stata tenuta, sostenuti da al-Qaeda: a participle after an auxiliary or
  // before its agent is the verb.
  if (verb?.participle && ((prev && IT_AUX.has(prev.norm)) || /^da/u.test(ctx.next?.norm ?? ''))) {
    return pick(verb, 'sure', 'auxiliary or agent');
  }
  if (verb?.participle && prev && IT_DEGREE.has(prev.norm)) {
    // estremamente dispiaciuti, molto stretto: a degree word makes the participle a state.
    return pick({ lemma: participleLemma(verb, ctx), pos: 'adj' }, 'sure', 'after degree word');
  }
  if (
    verb?.participle &&
    prev?.kind === 'word' &&
    !isFunctionWord(prev.norm, 'it') &&
    !/^da/u.test(ctx.next?.norm ?? '')
  ) {
    // un rapporto stretto (adjective) or gruppi sostenuti (passive): without an agent
    // (da …) the two readings are a toss-up, so the fact is not sure.
    return pick(verb, 'likely', 'participle after a word');
  }
  if (verb && (verb.participle || verb.infinitive)) {
    // ridotta → ridurre; an infinitive has no other reading worth having.
    return pick(verb, only || verb.infinitive ? 'sure' : 'likely', 'participle or infinitive');
  }
  // presidente siriano, è semplice: without an article, an adjective; sure after a noun
  // or a form of essere, where nothing else fits.
  if (adj && prev && (IT_ESSERE.has(prev.norm) || (prev.kind === 'word' && prevIsNoun()))) {
    return pick(adj, 'sure', 'after noun or essere');
  }
  return fallback('adjective first');
}

const IT_ESSERE = new Set(
  'è sono era erano sia siano sarà saranno sarebbe essere fosse stato stata stati state'.split(' '),
);
const IT_AUX = new Set([
  ...IT_ESSERE,
  ...'ha hanno ho hai abbiamo avete aveva avevano avrebbe avrebbero avere viene vengono venne furono fu'.split(
    ' ',
  ),
]);

const IT_DEGREE = new Set(
  'molto molta molti molte estremamente così troppo più meno piuttosto assai tanto davvero particolarmente'.split(
    ' ',
  ),
);

/** The masculine singular of a participle as written (dispiaciuti → dispiaciuto). */
function participleLemma(verb: Analysis, ctx: LookupContext): string {
  const form = ctx.tokens && ctx.index !== undefined ? ctx.tokens[ctx.index]!.norm : verb.lemma;
  return /[aeio]$/u.test(form) ? `${form.slice(0, -1)}o` : form;
}

const EN_VERB_CUES = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'did',
  'does',
  'do',
  'not',
  "n't",
  "didn't",
  "don't",
  "doesn't",
  'they',
  'we',
  'i',
  'you',
]);
// it sends, he says: a third-person subject makes an -s form a verb.
const EN_SUBJECTS_3SG = new Set(['he', 'she', 'it', 'who', 'which', 'that']);

/** English without a tagger: the suffix guess, nudged by the word before. Never sure. */
function pickEnglish(readings: readonly Analysis[], ctx: LookupContext): Analysis {
  const r = readings[0]!;
  if (!r.guessed) return r;
  const prev = ctx.prev?.norm;
  if (prev && EN_SUBJECTS_3SG.has(prev) && r.number === 'pl') {
    return { lemma: r.lemma, pos: 'verb', guessed: true };
  }
  if (prev && EN_VERB_CUES.has(prev) && r.number !== 'pl') {
    return { lemma: r.lemma, pos: 'verb', guessed: true };
  }
  if (prev && isDeterminer(prev, 'en') && r.pos === 'verb' && !r.participle) {
    return { lemma: r.lemma, pos: 'noun', number: 'sg', guessed: true };
  }
  return r;
}

const UPOS_CONTENT: Readonly<Record<string, ContentPos>> = {
  NOUN: 'noun',
  VERB: 'verb',
  ADJ: 'adj',
  ADV: 'adv',
};

// Endings that settle the class whatever the tagger says (…tion is a noun); a tagger
// reading against one is a disagreement between witnesses, so not sure.
const EN_NOUN_ENDING_RE = /(?:tion|sion|ment|ness|ity|ism|ship|hood)s?$/u;
const EN_ADJ_ENDING_RE = /(?:ous|ful|less|able|ible|ical)$/u;

function endingConflict(norm: string, pos: ContentPos): boolean {
  if (EN_NOUN_ENDING_RE.test(norm) && norm.length > 6) return pos !== 'noun';
  if (EN_ADJ_ENDING_RE.test(norm) && norm.length > 6) return pos !== 'adj';
  if (/[^l]ly$/u.test(norm) && norm.length > 5) return pos !== 'adv' && pos !== 'adj';
  return false;
}

function withItalianNumber(a: Analysis, ctx: LookupContext): Analysis {
  // Invariable nouns (la/le città) take their number from the determiner.
  if (a.pos !== 'noun' || a.number || !ctx.prev || !isDeterminer(ctx.prev.norm, 'it')) return a;
  return { ...a, number: isItalianPluralDeterminer(ctx.prev.norm) ? 'pl' : 'sg' };
}

export interface LexiconOptions {
  /** Taggers per language, run once per sentence (English: english-tagger.ts). */
  readonly taggers?: Partial<Record<Lang, SentenceTagger>>;
}

/**
 * The lexicon proper: function words, numbers and names by rule, content words
 * by the dictionaries (and a tagger where there is one), ambiguity settled by the
 * words around, each fact with how sure it is.
 */
export function createLexicon(dict: Dictionary, opts: LexiconOptions = {}): Lexicon {
  const rankOrInf = (norm: string) => dict.rank('de', norm.toLocaleLowerCase('und')) ?? Infinity;
  const sure = (info: Omit<WordInfo, 'certainty' | 'evidence'>, evidence: string): WordInfo => ({
    ...info,
    certainty: 'sure',
    evidence,
  });

  /** greift … an: the stem's separable verb with its clause-final particle. */
  function separatedVerb(form: string, ctx: LookupContext): WordInfo | undefined {
    if (!ctx.tokens || ctx.index === undefined || !dict.separable) return undefined;
    const particle = clauseFinalWord(ctx.tokens, ctx.index);
    if (!particle || particle.start === ctx.tokens[ctx.index]!.start) return undefined;
    const separable = { particle: particle.norm, joined: false };
    const lemma = dict.separable('de', form, particle.norm);
    if (lemma) return sure({ lemma, pos: 'verb', separable }, 'particle in clause');
    // liegen … auseinander: a particle that is no preposition makes a separable verb the
    // tables lack; the lemma is built, so the fact is not sure.
    const plain = dict.analyse('de', form).find((r) => r.pos === 'verb');
    if (plain && isLoneParticle(particle.norm)) {
      return {
        lemma: particle.norm + plain.lemma,
        pos: 'verb',
        separable,
        certainty: 'likely',
        evidence: 'particle in clause, verb not in the tables',
      };
    }
    return undefined;
  }

  /** The particle itself (zurück, fest, auseinander): part of the verb, never a blank alone. */
  function separatedParticle(token: Token, ctx: LookupContext): string | undefined {
    const tokens = ctx.tokens;
    if (!tokens || ctx.index === undefined || !dict.separable || isCapitalised(token.text))
      return undefined;
    if (!endsClause(tokens[ctx.index + 1])) return undefined;
    for (let i = ctx.index - 1; i >= 0 && !endsClause(tokens[i]); i--) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const form = i === 0 ? lowerFirst(t.text) : t.text;
      const lemma = dict.separable('de', form, token.norm);
      if (lemma) return lemma;
      const plain =
        isLoneParticle(token.norm) &&
        dict.analyse('de', form).find((r) => r.pos === 'verb' && !r.participle);
      if (plain) return token.norm + plain.lemma;
    }
    return undefined;
  }

  /** English through the tagger, checked against the frequency list and the ending. */
  function taggedEnglish(
    token: Token,
    ctx: LookupContext,
    tag: TaggedWord,
    initial: boolean,
  ): WordInfo {
    const norm = token.norm;
    const capital = isCapitalised(token.text);
    const known = (w: string) => dict.rank('en', w) !== undefined;
    const propn: WordInfo = { lemma: token.text, pos: 'propn' };
    if (capital && !initial) return sure(propn, 'capitalised');
    if (capital && tag.upos === 'PROPN') return sure(propn, 'tagger');
    if (capital && echoedInOtherSides(token.text, ctx.otherSides, known(norm))) {
      return sure(propn, 'other sides');
    }
    if (tag.upos === 'NUM') return sure({ lemma: norm, pos: 'num' }, 'tagger');
    // A lower-case PROPN is the tagger's slip (website), not a name.
    const pos = UPOS_CONTENT[tag.upos] ?? (tag.upos === 'PROPN' ? 'noun' : undefined);
    if (!pos) {
      const closed = tag.upos !== 'X' && tag.upos !== 'INTJ' && tag.upos !== 'SYM';
      return {
        lemma: norm,
        pos: closed ? 'func' : 'other',
        certainty: 'likely',
        evidence: 'tagger',
      };
    }
    const word = norm.replace(/'s$/u, '');
    // The tagger's lemma only undoes inflection (saw → see, ties → tie, closer → close):
    // it also respells (theatre → theater), and an adverb stays as written (dramatically).
    const inflected =
      pos === 'verb' ||
      (pos === 'noun' && /s$/u.test(word)) ||
      (pos === 'adj' && /(?:er|est)$/u.test(word));
    const lemma = !inflected || !/^\p{L}+$/u.test(tag.lemma) ? word : tag.lemma;
    const info: WordInfo = {
      lemma,
      pos,
      ...(pos === 'noun' ? { number: lemma !== word && word.endsWith('s') ? 'pl' : 'sg' } : {}),
    };
    if (!known(word) && !known(lemma))
      return { ...info, certainty: 'likely', evidence: 'tagger only' };
    if (endingConflict(word, pos))
      return { ...info, certainty: 'likely', evidence: 'tagger≠ending' };
    return { ...info, certainty: 'sure', evidence: 'tagger+lexicon' };
  }

  function classify(token: Token, ctx: LookupContext): WordInfo {
    const { lang } = ctx;
    const norm = token.norm;
    if (token.kind === 'number' || isNumberWord(norm, lang))
      return sure({ lemma: norm, pos: 'num' }, 'number');
    if (token.kind === 'punct') return { lemma: token.text, pos: 'other' };
    if (isFunctionWord(norm, lang)) return sure({ lemma: norm, pos: 'func' }, 'function word');
    if (lang === 'it' && IT_AUX_PARTICIPLES.has(norm)) {
      if (!ctx.prev || !isDeterminer(ctx.prev.norm, 'it'))
        return sure({ lemma: 'essere', pos: 'func' }, 'auxiliary');
    }
    const capital = isCapitalised(token.text);
    const initial = ctx.sentenceStart || opensClause(ctx.prev);
    const propn: WordInfo = { lemma: token.text, pos: 'propn' };
    if (ACRONYM_RE.test(token.text)) return sure(propn, 'acronym');

    if (lang === 'de') {
      const asWritten = dict.analyse(lang, token.text);
      if (capital) {
        const noun = first(asWritten, 'noun');
        const lowerReadings = dict.analyse(lang, lowerFirst(token.text));
        // Kalten Krieges, Islamischer Staat, Nahen Osten: a capitalised adjective
        // before a noun is part of a name.
        const nameAdjective = (t: Token | undefined, tNext: Token | undefined) =>
          t !== undefined &&
          t.kind === 'word' &&
          isCapitalised(t.text) &&
          dict.analyse(lang, lowerFirst(t.text)).some((r) => r.pos === 'adj') &&
          DE_ADJ_ENDING_RE.test(t.text) &&
          tNext?.kind === 'word' &&
          dict.analyse(lang, tNext.text).some((r) => r.pos === 'noun');
        if (!initial && nameAdjective(token, ctx.next)) return sure(propn, 'name adjective');
        // …and so is the noun it qualifies (Islamische [Staat]), unless the adjective only
        // opens the sentence (Russische Truppen).
        const i = ctx.index;
        const prevStarts =
          ctx.tokens !== undefined &&
          i !== undefined &&
          i >= 1 &&
          (i === 1 ||
            opensClause(ctx.tokens[i - 2]) ||
            ctx.tokens.slice(0, i - 1).every((t) => t.kind === 'punct'));
        if (noun && !prevStarts && nameAdjective(ctx.prev, token)) return sure(propn, 'name head');
        // Militärische Muskeln: a sentence's first word, inflected before a noun, is the
        // adjective, not the noun the dictionaries make of it.
        if (initial && noun && nameAdjective(token, ctx.next)) {
          return fromPick(pickGerman(lowerFirst(token.text), lowerReadings, ctx, rankOrInf));
        }
        if (noun) {
          if (echoedInOtherSides(token.text, ctx.otherSides, true))
            return sure(propn, 'other sides');
          return infoOf(withGermanNumber(noun, ctx), 'sure', 'dictionary');
        }
        if (!initial) return sure(propn, 'unknown capitalised');
        // A sentence's first word: read it as written in lower case (Zunächst, Wichtig).
        if (echoedInOtherSides(token.text, ctx.otherSides, lowerReadings.length > 0))
          return sure(propn, 'other sides');
        if (lowerReadings.length > 0) {
          const lower = lowerFirst(token.text);
          return (
            separatedVerb(lower, ctx) ?? fromPick(pickGerman(lower, lowerReadings, ctx, rankOrInf))
          );
        }
        // Unknown in any case: a name (Russland ist …) more often than an adverb.
        return { ...propn, certainty: 'likely', evidence: 'unknown at start' };
      }
      const ofVerb = separatedParticle(token, ctx);
      if (ofVerb) return sure({ lemma: norm, pos: 'func' }, `particle of ${ofVerb}`);
      if (asWritten.length > 0) {
        if (asWritten.some((r) => r.pos === 'verb')) {
          const separated = separatedVerb(token.text, ctx);
          if (separated) return separated;
        }
        return fromPick(pickGerman(token.text, asWritten, ctx, rankOrInf));
      }
      if (NAMED_PART_RE.test(token.text)) return sure(propn, 'named part');
      // Lower-case German words that are no noun, verb or adjective are mostly adverbs
      // (überhaupt, zunächst); the remaining closed classes are function words.
      return dict.rank(lang, norm) !== undefined
        ? { lemma: norm, pos: 'adv', certainty: 'guess', evidence: 'ranked, unknown class' }
        : { lemma: norm, pos: 'other', certainty: 'guess', evidence: 'unknown' };
    }

    if (lang === 'en' && ctx.tag && !NAMED_PART_RE.test(token.text)) {
      return taggedEnglish(token, ctx, ctx.tag, initial);
    }
    if (capital && !initial) return sure(propn, 'capitalised');
    if (NAMED_PART_RE.test(token.text)) return sure(propn, 'named part');
    const readings = dict.analyse(lang, norm);
    if (capital && echoedInOtherSides(token.text, ctx.otherSides, readings.length > 0))
      return sure(propn, 'other sides');
    if (readings.length > 0) {
      if (lang === 'en') return infoOf(pickEnglish(readings, ctx), 'guess', 'ending');
      // Only a word that can be nothing but a noun: i ribelli siriani is noun + adjective.
      const nextIsNoun = () => {
        const next = ctx.next ? dict.analyse(lang, ctx.next.norm) : [];
        return next.some((r) => r.pos === 'noun') && !next.some((r) => r.pos === 'adj');
      };
      const prevIsNoun = () =>
        ctx.prev !== undefined &&
        !isCapitalised(ctx.prev.text) &&
        dict.analyse(lang, ctx.prev.norm).some((r) => r.pos === 'noun');
      const p = pickItalian(readings, ctx, nextIsNoun, prevIsNoun);
      const a = withItalianNumber(p.a, ctx);
      // An invariable noun with no determiner in view (di lunedì): its number is unknown.
      if (a.pos === 'noun' && !a.number) return infoOf(a, 'likely', 'number unknown');
      return fromPick({ ...p, a });
    }
    if (capital && dict.rank(lang, norm) === undefined)
      return { ...propn, certainty: 'likely', evidence: 'unknown at start' };
    return { lemma: norm, pos: 'other', certainty: 'guess', evidence: 'unknown' };
  }

  return {
    lookup(token, ctx) {
      const info = classify(token, ctx);
      if (token.kind !== 'word' || info.pos === 'num') return info;
      const rank =
        dict.rank(ctx.lang, token.norm) ?? dict.rank(ctx.lang, info.lemma.toLocaleLowerCase('und'));
      return rank === undefined ? info : { ...info, rank };
    },
    tag: (lang, text, tokens) => opts.taggers?.[lang]?.(text, tokens),
    wordList: (lang) => dict.wordList(lang),
    vocabulary: (lang) => dict.vocabulary(lang),
  };
}

/** Facts of one language by certainty, for the quality report. */
export type CertaintyCounts = Record<Certainty, number>;

/**
 * Content-word facts (noun, verb, adjective, adverb, other) per language by how sure
 * they are: names, numbers and function words are left out, since no blank is made
 * of them. A fact without a certainty counts as sure, as `isClozeCandidate` takes it.
 */
export function certaintyCounts(
  words: Iterable<{ readonly lang: Lang; readonly info: WordInfo; readonly kind?: string }>,
): Record<Lang, CertaintyCounts> {
  const zero = (): CertaintyCounts => ({ sure: 0, likely: 0, guess: 0 });
  const out: Record<Lang, CertaintyCounts> = { de: zero(), it: zero(), en: zero() };
  for (const { lang, info } of words) {
    if (!isContentPos(info.pos) && info.pos !== 'other') continue;
    out[lang][info.certainty ?? 'sure'] += 1;
  }
  return out;
}
