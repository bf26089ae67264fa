import { glossSynonyms, slotContext, type Knows } from './agreement';
import {
  chooseClozes,
  explainDistractors,
  type DistractorChoice,
  type DistractorOptions,
} from './cloze';
import { glossInContext } from './glossary';
import { isGermanFixedPhraseVerb } from './idiom';
import { canonicalText, contentHash } from './hash';
import { isContentPos, type ContentPos, type WordInfo } from './lexicon';
import { isHint, type Card, type CardKind, type Cloze, type Unit } from './model';
import { bridgedKin, meaningOf } from './plausibility';
import type { Thesaurus } from './thesaurus';
import type { ArticleId, CardId, Lang, Token } from './types';
import { judgeCloze, type Candidate, type ClozeJudgement } from './word-align';

export interface AnalyzedToken {
  readonly token: Token;
  readonly info: WordInfo;
}

export interface CardSources {
  /** Candidate distractors for a language, from every article (the chooser prefers the same one). */
  readonly pool: (lang: Lang) => readonly { text: string; info: WordInfo; articleId: string }[];
  /** Dictionary words to draw distractors from when the corpus has too few. */
  readonly fallback: (lang: Lang) => readonly { text: string; info: WordInfo }[];
  readonly gloss: (lang: Lang, lemma: string) => string | undefined;
  /** Other real words a typo-tolerant checker must not accept for `answer`. */
  readonly neighbours: (lang: Lang, answer: string, info: WordInfo) => readonly string[];
  /** Told every cloze's word alignment, the dropped ones included (for the quality report). */
  readonly judged?: (lang: Lang, judgement: ClozeJudgement) => void;
  /** A bare form's reading, so a distractor can be put in the slot's case (agreement.ts). */
  readonly knows?: (lang: Lang) => Knows;
  /** Told every cloze's distractor choice, for the quality report (distractor-report.ts). */
  readonly onDistractors?: (lang: Lang, choice: DistractorChoice) => void;
  /** A language's thesaurus (thesaurus.ts), where loaded: synonyms and plausible options. */
  readonly thesaurus?: (lang: Lang) => Thesaurus | undefined;
}

const candidatesCache = new WeakMap<object, Map<ArticleId, Candidate[]>>();
/** The pool as alignment candidates, marked by article; cached per pool array and article. */
function candidatesOf(pool: ReturnType<CardSources['pool']>, article: ArticleId): Candidate[] {
  let perArticle = candidatesCache.get(pool);
  if (!perArticle) {
    perArticle = new Map();
    candidatesCache.set(pool, perArticle);
  }
  let out = perArticle.get(article);
  if (!out) {
    out = pool.map((p) => ({ text: p.text, info: p.info, own: p.articleId === article }));
    perArticle.set(article, out);
  }
  return out;
}

/** What the distractor chooser is told about blank `i` of a sentence. */
export function distractorOptions(
  lang: Lang,
  tokens: readonly AnalyzedToken[],
  i: number,
  sources: CardSources,
  /** The unit's German and Italian sides of an English cloze, whose glosses witness synonyms. */
  glossedSides: Partial<Record<Lang, readonly AnalyzedToken[]>> | undefined,
  /** Synonyms the hint allows (word-align.ts): second right answers, never options. */
  alternatives: readonly string[] = [],
  /** The English words the hint aligns with a German or Italian answer: its sense here. */
  anchors: readonly string[] = [],
): DistractorOptions {
  const { token, info } = tokens[i]!;
  const thesaurus = sources.thesaurus?.(lang);
  // German and Italian reach the English thesaurus through their glosses (Waffe, arma →
  // weapon): the Italian thesaurus has no generic terms, so no co-hyponyms of its own.
  const english = lang !== 'en' ? sources.thesaurus?.('en') : undefined;
  const pos = isContentPos(info.pos) ? info.pos : undefined;
  return {
    ...(pos && (thesaurus || english)
      ? {
          meaning: meaningOf(
            { lemma: info.lemma, pos },
            thesaurus,
            english
              ? {
                  english,
                  gloss: (lemma) => sources.gloss(lang, lemma),
                  anchors,
                  // OpenThesaurus's classes relate German words well enough (Politiker,
                  // Minister for Präsident); the Italian thesaurus's long lists relate
                  // words at random (ruolo: fine, conto), so there it only tells synonyms.
                  ownKin: lang === 'de',
                }
              : undefined,
          ),
          ...(thesaurus ? { kin: thesaurus.kin(info.lemma, pos) } : {}),
          ...bridgedKinOption(
            english,
            info.lemma,
            pos,
            (lemma) => sources.gloss(lang, lemma),
            anchors,
          ),
        }
      : {}),
    fallback: sources.fallback(lang),
    // The senses a card shows: the stored ones go deeper for corpus lemmas only
    // (de-en.json), and a Worker build must offer what npm run corpus offers.
    gloss: (lemma) => {
      const stored = sources.gloss(lang, lemma);
      return stored && glossInContext(stored);
    },
    // A word already visible in the sentence would give itself away as wrong, and a
    // synonym would be a second right answer.
    exclude: [
      ...tokens.filter((t) => t.token.kind === 'word').map((t) => t.token.text),
      ...alternatives,
    ],
    lang,
    context: slotContext(tokens, i),
    ...(sources.knows ? { knows: sources.knows(lang) } : {}),
    ...(lang === 'en' && glossedSides
      ? {
          synonyms: [
            ...new Set(
              (Object.entries(glossedSides) as [Lang, readonly AnalyzedToken[]][]).flatMap(
                ([side, sideTokens]) =>
                  glossSynonyms(
                    { text: token.text, lemma: info.lemma },
                    sideTokens
                      .filter((t) => t.token.kind === 'word')
                      .map((t) => t.info.lemma.toLocaleLowerCase(side)),
                    (lemma) => sources.gloss(side, lemma),
                  ),
              ),
            ),
          ].sort(),
        }
      : {}),
  };
}

/** The bridged kin predicate as an option, where the answer has English kin. */
function bridgedKinOption(
  english: Thesaurus | undefined,
  lemma: string,
  pos: ContentPos,
  gloss: (lemma: string) => string | undefined,
  anchors: readonly string[],
): { bridgedKin?: (lemma: string) => boolean } {
  if (!english) return {};
  const kin = bridgedKin({ lemma, pos }, { english, gloss, anchors });
  return kin ? { bridgedKin: kin } : {};
}

/** The lemmas of the English hint's words that the alignment marks for the blank. */
function englishAnchors(
  judgement: ClozeJudgement,
  english: readonly AnalyzedToken[] | undefined,
): string[] {
  const spans = judgement.spans.en;
  if (!spans || !english) return [];
  return english
    .filter((t) => spans.some(([s, e]) => t.token.start >= s && t.token.end <= e))
    .filter((t) => isContentPos(t.info.pos))
    .map((t) => t.info.lemma.toLowerCase());
}

/** English words this common are no evidence for a gloss sense. */
const COMMON_ENGLISH = 1000;

/** Used for ordering new cards when a word has no frequency rank. */
const UNRANKED = 100_000;

/**
 * A card id is a hash of what the learner sees: article, language, kind, the
 * target text and, for a cloze, the blanked word and which occurrence it is.
 * Editing one sentence therefore changes only that sentence's cards.
 */
export function cardId(
  article: ArticleId,
  lang: Lang,
  kind: CardKind,
  text: string,
  cloze?: { answer: string; occurrence: number },
): CardId {
  const parts = [article, lang, kind, canonicalText(text)];
  if (cloze) parts.push(cloze.answer, String(cloze.occurrence));
  return `${lang}:${article}:${kind}:${contentHash(parts.join('\u241f'))}` as CardId;
}

export function siblingKey(article: ArticleId, lang: Lang, text: string): string {
  return `${article}:${lang}:${contentHash(canonicalText(text))}`;
}

export function makeCards(
  article: ArticleId,
  units: readonly Unit[],
  analyzed: (unit: Unit, lang: Lang) => readonly AnalyzedToken[],
  langs: readonly Lang[],
  sources: CardSources,
): Card[] {
  const cards: Card[] = [];
  for (const unit of units) {
    for (const lang of langs) {
      // A fragment (fragments.ts) gets no cards; a cut-off translation hints no other card.
      if (unit.leftOut?.[lang]) continue;
      const text = unit.text[lang];
      const hints = Object.fromEntries(
        langs.filter((l) => l !== lang && isHint(unit, l)).map((l) => [l, unit.text[l]]),
      ) as Partial<Record<Lang, string>>;
      // A text of its own (a one-language article) still gives clozes, hinted by lemma and
      // gloss; in a translated article a sentence needs a translation to hint with.
      const translated = Object.keys(hints).length > 0;
      if (!text || (!translated && langs.length > 1)) continue;
      const base = {
        lang,
        article,
        unit: unit.id,
        sibling: siblingKey(article, lang, text),
        text,
        hints,
      };
      const tokens = analyzed(unit, lang);
      // The German and Italian sides' glosses witness English synonyms (Waffen: weapon, gun;
      // armi: weapon).
      const glossedSides =
        lang === 'en'
          ? Object.fromEntries(
              (['de', 'it'] as const)
                .filter((l) => unit.text[l] && langs.includes(l))
                .map((l) => [l, analyzed(unit, l)]),
            )
          : undefined;
      const thesaurus = sources.thesaurus?.(lang);
      // The aligned English sentence's words and lemmas pick the gloss's sense (overthrew:
      // stürzen "overthrow", not "fall"); very common words (say, get) match by accident.
      const english =
        lang !== 'en' && unit.text.en
          ? new Set(
              analyzed(unit, 'en')
                .filter(
                  (t) => isContentPos(t.info.pos) && (t.info.rank ?? Infinity) > COMMON_ENGLISH,
                )
                .flatMap((t) => [t.token.norm, t.info.lemma.toLowerCase()]),
            )
          : undefined;
      const chosen = chooseClozes(
        tokens.map((t) => t.token),
        tokens.map((t) => t.info),
      );
      const hintTokens = Object.fromEntries(
        Object.keys(hints).map((l) => [l, analyzed(unit, l as Lang)]),
      ) as Partial<Record<Lang, readonly AnalyzedToken[]>>;
      let hardest = 0;
      for (const i of chosen) {
        const { token, info } = tokens[i]!;
        const judgement = judgeCloze({
          lang,
          tokens,
          index: i,
          hints: hintTokens,
          gloss: sources.gloss,
          candidates: candidatesOf(sources.pool(lang), article),
          ...(thesaurus ? { thesaurus, vocabulary: sources.fallback(lang) } : {}),
        });
        // daran [liegen], als Vermittler [dazustehen]: the light verb of a fixed phrase with no
        // hint word marked is answerable only by a guess.
        const idiom =
          lang === 'de' &&
          info.pos === 'verb' &&
          Object.keys(judgement.spans).length === 0 &&
          isGermanFixedPhraseVerb(
            tokens.map((t) => t.token),
            i,
            info.lemma,
          );
        sources.judged?.(lang, idiom ? { ...judgement, idiom: true } : judgement);
        // The hint allows another word that the card could not recognise: no fair blank.
        if (judgement.ambiguous || idiom) continue;
        const occurrence = tokens.slice(0, i).filter((t) => t.token.norm === token.norm).length;
        const choice = explainDistractors(
          { text: token.text, info },
          sources.pool(lang),
          article,
          3,
          distractorOptions(
            lang,
            tokens,
            i,
            sources,
            glossedSides,
            judgement.alternatives,
            englishAnchors(judgement, hintTokens.en),
          ),
        );
        sources.onDistractors?.(lang, choice);
        const options = [token.text, ...choice.options];
        const stored = sources.gloss(lang, info.lemma);
        const gloss = stored ? glossInContext(stored, english) : undefined;
        const cloze: Cloze = {
          start: token.start,
          end: token.end,
          answer: token.text,
          lemma: info.lemma,
          pos: info.pos,
          ...(info.gender ? { gender: info.gender } : {}),
          ...(info.number ? { number: info.number } : {}),
          ...(info.rank ? { rank: info.rank } : {}),
          ...(gloss ? { gloss } : {}),
          options,
          neighbours: sources.neighbours(lang, token.text, info),
          ...(Object.keys(judgement.spans).length > 0 ? { hintSpans: judgement.spans } : {}),
          ...(judgement.alternatives.length > 0 ? { alternatives: judgement.alternatives } : {}),
        };
        const rank = info.rank ?? UNRANKED;
        hardest = Math.max(hardest, rank);
        cards.push({
          ...base,
          id: cardId(article, lang, 'cloze', text, { answer: token.text, occurrence }),
          kind: 'cloze',
          rank,
          cloze,
        });
      }
      if (!translated) continue;
      // Whole-sentence cards come after the sentence's words have been met.
      const sentenceRank = (hardest || UNRANKED) + 0.5;
      for (const kind of ['understand', 'produce'] as const) {
        cards.push({ ...base, id: cardId(article, lang, kind, text), kind, rank: sentenceRank });
      }
    }
  }
  return cards;
}
