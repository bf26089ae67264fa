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
    return tokens.map((t) => byStart.get(t.start));
  };
}

let loading: Promise<SentenceTagger> | undefined;

/** wink-nlp and its English model, loaded once (a separate chunk in the browser). */
export function loadEnglishTagger(): Promise<SentenceTagger> {
  loading ??= Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]).then(
    ([wink, model]) => englishTagger(wink.default(model.default, ['pos']) as unknown as WinkLike),
  );
  return loading;
}
