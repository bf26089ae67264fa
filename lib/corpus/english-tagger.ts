/**
 * English parts of speech in context from wink-nlp's tagger (wink-eng-lite-web-model,
 * MIT), measured best of the registry's taggers on our articles (README, "English
 * tagger"). The suffix rules in english.ts cannot tell "says" the verb from "says"
 * the plural noun; a tagger reading the whole sentence can. The model is ~1 MB gzip,
 * so only the import Worker and the Node build load it (`loadEnglishTagger`); the
 * pipeline itself gets it through `createLexicon(dict, { taggers })` and stays pure.
 */
import type { Token } from './types';

/** Universal POS tag and lemma of one token, as the tagger read it in its sentence. */
export interface TaggedWord {
  readonly upos: string;
  readonly lemma: string;
}

/** Tags for a sentence's tokens, aligned by index (undefined where no tag starts at a token). */
export type SentenceTagger = (
  text: string,
  tokens: readonly Token[],
) => readonly (TaggedWord | undefined)[];

/** The part of wink-nlp this module uses, so tests and callers need not import its types. */
export interface WinkLike {
  readDoc(text: string): {
    tokens(): { out(what: unknown): unknown };
  };
  its: { readonly value: unknown; readonly pos: unknown; readonly lemma: unknown };
}

/** A tagger on an instantiated wink-nlp (`winkNLP(model, ['pos'])`). */
export function englishTagger(nlp: WinkLike): SentenceTagger {
  return (text, tokens) => {
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out(nlp.its.value) as string[];
    const pos = doc.tokens().out(nlp.its.pos) as string[];
    const lemmas = doc.tokens().out(nlp.its.lemma) as string[];
    // wink gives no offsets; its tokens are substrings in order (isn’t → is + n’t).
    const byStart = new Map<number, TaggedWord>();
    let from = 0;
    values.forEach((v, i) => {
      const at = text.indexOf(v, from);
      if (at < 0) return;
      from = at + v.length;
      if (!byStart.has(at))
        byStart.set(at, { upos: pos[i] ?? 'X', lemma: (lemmas[i] ?? v).toLowerCase() });
    });
    return correctEnglishTags(
      tokens,
      tokens.map((t) => byStart.get(t.start)),
    );
  };
}

// The tagger's slips on the shipped English, fixed by rule (README, "English tagger"): each
// rule reads the words around the tag, so a word keeps its tag where the slip's context is absent.
const DEGREE = new Set(
  'very so too quite rather extremely more most less least really deeply highly increasingly fairly'.split(
    ' ',
  ),
);
const COPULA = new Set(
  'is are was were be been being am seem seems seemed become becomes became remain remains remained'.split(
    ' ',
  ),
);
const AUXILIARY = new Set([
  ...COPULA,
  ...'has have had having do does did will would can could may might must shall should'.split(' '),
  '’s',
  "'s",
  '’re',
  "'re",
]);
const DETERMINER = new Set(
  'a an the this that these those its their his her our your my some any no every each another'.split(
    ' ',
  ),
);
const POSSESSIVE = new Set('his her their my your its our'.split(' '));
// Nouns the tagger calls adjectives when they modify another noun (world stage, world events).
const NOUN_MODIFIERS = new Set(['world']);
// Adjectives that are also nouns, read as the noun where they end a noun phrase (the
// Russian [military].): options for them were adjectives (capable, open, strong).
const NOMINAL_ADJECTIVES = new Set(['military', 'public', 'civilian', 'intelligence']);

/** wishes → wish, plans → plan, hopes → hope: a third-person form's base. */
function baseOfThirdPerson(word: string): string {
  return /(?:sh|ch|ss|x|z)es$/u.test(word) ? word.slice(0, -2) : word.slice(0, -1);
}

/** early for earlier, close for closer, big for bigger, fast for faster. */
function comparativeLemma(word: string): string {
  if (/ier$/u.test(word)) return word.replace(/ier$/u, 'y');
  if (/([bdgmnpt])\1er$/u.test(word)) return word.slice(0, -3);
  if (/(?:os|at|ur|ar|iv|ag|av|in|ud|ut)er$/u.test(word)) return word.slice(0, -1);
  return word.slice(0, -2);
}

/**
 * The tags with the slips rules can see fixed: a participle after a degree word (extremely
 * complicated, very worried) or before a noun (the attacked convoy, a renewed low, newly
 * expanded military) is an adjective; "according to" is a preposition; intent before on or
 * after a degree word or copula is an adjective (more intent … on); likely before a verb is an
 * adverb (will most likely be); a comparative adverb before a noun or after a copula is an
 * adjective (their earlier relationship, is closer to); world before a noun is a noun; arms
 * is its own lemma (arms sales) except after a possessive (his arms); mid- is a prefix.
 */
export function correctEnglishTags(
  tokens: readonly Token[],
  tags: readonly (TaggedWord | undefined)[],
): (TaggedWord | undefined)[] {
  const isWord = (i: number) => tokens[i]?.kind === 'word';
  const norm = (i: number) => (isWord(i) ? tokens[i]!.norm : '');
  const upos = (i: number) => (isWord(i) ? (tags[i]?.upos ?? '') : '');
  // An auxiliary or copula just before (are also attacking, has been accused): a verb phrase.
  const inVerbPhrase = (i: number) => [1, 2].some((k) => AUXILIARY.has(norm(i - k)));
  return tags.map((tag, i) => {
    if (!tag || !isWord(i)) return tag;
    const word = norm(i);
    const prev = norm(i - 1);
    const next = norm(i + 1);
    const nextNominal = ['NOUN', 'ADJ', 'PROPN'].includes(upos(i + 1));
    if (tag.upos === 'VERB' && /(?:ed|en)$/u.test(word) && DEGREE.has(prev)) {
      return { upos: 'ADJ', lemma: word };
    }
    if (
      tag.upos === 'VERB' &&
      /(?:ed|en|ing)$/u.test(word) &&
      nextNominal &&
      !inVerbPhrase(i) &&
      (DETERMINER.has(prev) || upos(i - 1) === 'ADJ' || /ly$/u.test(prev))
    ) {
      return { upos: 'ADJ', lemma: word };
    }
    if (word === 'according' && next === 'to') return { upos: 'ADP', lemma: word };
    if (
      word === 'intent' &&
      (DEGREE.has(prev) || COPULA.has(prev) || next === 'on' || next === 'upon')
    ) {
      return { upos: 'ADJ', lemma: word };
    }
    if (word === 'likely' && tag.upos === 'ADJ' && ['VERB', 'AUX'].includes(upos(i + 1))) {
      return { upos: 'ADV', lemma: word };
    }
    if (
      tag.upos === 'ADV' &&
      /er$/u.test(word) &&
      ((DETERMINER.has(prev) && nextNominal) || COPULA.has(prev))
    ) {
      return { upos: 'ADJ', lemma: comparativeLemma(word) };
    }
    if (NOUN_MODIFIERS.has(word) && tag.upos === 'ADJ') return { upos: 'NOUN', lemma: word };
    if (
      NOMINAL_ADJECTIVES.has(word) &&
      tag.upos === 'ADJ' &&
      // The Russian military: a nationality may come tagged as a name.
      (DETERMINER.has(prev) || ['ADJ', 'PROPN'].includes(upos(i - 1))) &&
      !nextNominal
    ) {
      return { upos: 'NOUN', lemma: word };
    }
    // CNN "… and [wishes] to challenge it": an -s form before to + verb, with no determiner,
    // possessive or adjective before it (his plans to build stay a noun), is a verb.
    if (
      tag.upos === 'NOUN' &&
      /[^s]s$/u.test(word) &&
      next === 'to' &&
      upos(i + 2) === 'VERB' &&
      !DETERMINER.has(prev) &&
      !POSSESSIVE.has(prev) &&
      !['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(upos(i - 1))
    ) {
      return { upos: 'VERB', lemma: baseOfThirdPerson(word) };
    }
    if (word === 'arms' && tag.upos === 'NOUN' && !POSSESSIVE.has(prev)) {
      return { upos: 'NOUN', lemma: 'arms' };
    }
    if (word === 'mid' && /^[-‐]$/u.test(tokens[i + 1]?.text ?? '')) {
      return { upos: 'X', lemma: word };
    }
    return tag;
  });
}

let loading: Promise<SentenceTagger> | undefined;

/** wink-nlp and its English model, loaded once (a separate chunk in the browser). */
export function loadEnglishTagger(): Promise<SentenceTagger> {
  loading ??= Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]).then(
    ([wink, model]) => englishTagger(wink.default(model.default, ['pos']) as unknown as WinkLike),
  );
  return loading;
}
