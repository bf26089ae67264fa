/**
 * The corpus quality report (`corpus/QUALITY.md`, written by `npm run corpus`):
 * what each article leaves out and why, how sure its word facts are, how its
 * distractors were checked and how many blanks the hint points at. Committed, so
 * a change to the pipeline that makes cards worse shows in review as a diff of
 * counts. One pass of the card maker feeds both the distractor and the alignment
 * counts, so the report describes exactly the cards that ship.
 */
import {
  countDistractorChoice,
  emptyDistractorCounts,
  sumDistractorCounts,
  type DistractorCheckKey,
  type DistractorCounts,
} from './distractor-report';
import { CERTAINTIES, type CertaintyCounts } from './lexicon';
import { LEFT_OUT_REASONS, leftOutCounts, type LeftOutReport } from './left-out';
import {
  articleCardsHeard,
  factCounts,
  type AnalyzedArticle,
  type CardResources,
} from './pipeline';
import { LANGS, type Lang } from './types';
import { alignmentCounts, type AlignmentCounts, type ClozeJudgement } from './word-align';

export interface ArticleQuality {
  readonly id: string;
  readonly langs: readonly Lang[];
  readonly leftOut: LeftOutReport;
  readonly facts: Record<Lang, CertaintyCounts>;
  readonly distractors: DistractorCounts;
  readonly alignment: Partial<Record<Lang, AlignmentCounts>>;
}

/** Every count the report shows for one analysed article. */
export function articleQuality(a: AnalyzedArticle, res: CardResources): ArticleQuality {
  const distractors = emptyDistractorCounts();
  const judged: { lang: Lang; judgement: ClozeJudgement }[] = [];
  articleCardsHeard(a, res, {
    onDistractors: (lang, choice) => countDistractorChoice(distractors, lang, choice),
    judged: (lang, judgement) => judged.push({ lang, judgement }),
  });
  return {
    id: a.article.id,
    langs: a.langs,
    leftOut: leftOutCounts(a),
    facts: factCounts(a),
    distractors,
    alignment: alignmentCounts(judged),
  };
}

const DISTRACTOR_ROWS: readonly DistractorCheckKey[] = [
  'clozes',
  'agrees',
  'inflected to slot',
  'unchecked',
  'short of options',
  'related:co-hyponym',
  'related:related',
  'related:same topic',
  'related:other',
  'clozes with a related option',
];

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`;
}

/** The report as Markdown: deterministic for the same input, so a test can compare it. */
export function qualityReport(articles: readonly ArticleQuality[]): string {
  const out: string[] = [
    '# Corpus quality report',
    '',
    'Written by `npm run corpus` (`lib/corpus/quality.ts`); `scripts/build-corpus.test.ts` checks',
    'that this file is what the pipeline produces. Counts, not judgements: a change that makes',
    'cards worse shows here as a diff.',
  ];
  for (const a of articles) {
    const langs = LANGS.filter((l) => a.langs.includes(l));
    out.push(
      '',
      `## ${a.id}`,
      '',
      '### Left out, by reason (texts / the clozes they would have given)',
      '',
    );
    const reasons = LEFT_OUT_REASONS.filter((r) => langs.some((l) => a.leftOut.leftOut[l][r]));
    out.push(
      reasons.length === 0
        ? 'Nothing left out.'
        : table(
            ['reason', ...langs],
            reasons.map((r) => [
              `\`${r}\``,
              ...langs.map((l) => {
                const c = a.leftOut.leftOut[l][r];
                return c ? `${c.texts} / ${c.clozes}` : '–';
              }),
            ]),
          ),
    );
    const repairs = [...new Set(langs.flatMap((l) => Object.keys(a.leftOut.repaired[l])))].sort();
    if (repairs.length > 0) {
      out.push(
        '',
        'Repaired:',
        '',
        table(
          ['repair', ...langs],
          repairs.map((r) => [
            `\`${r}\``,
            ...langs.map(
              (l) => a.leftOut.repaired[l][r as keyof LeftOutReport['repaired'][Lang]] ?? 0,
            ),
          ]),
        ),
      );
    }
    out.push('', '### Word facts of content words, by certainty (only sure ones are clozed)', '');
    out.push(
      table(
        ['certainty', ...langs],
        CERTAINTIES.map((c) => [c, ...langs.map((l) => a.facts[l][c])]),
      ),
    );
    out.push('', '### Distractors, by agreement check', '');
    out.push(distractorTable(a.distractors, langs));
    out.push('', '### The hint and the blank (word alignment)', '');
    out.push(
      table(
        ['', ...langs],
        [
          ['clozes made', ...langs.map((l) => a.alignment[l]?.clozes ?? 0)],
          [
            'hint word marked',
            ...langs.map((l) => {
              const c = a.alignment[l];
              return c ? `${c.aligned} (${percent(c.aligned, c.clozes)})` : '–';
            }),
          ],
          ['accepting synonyms', ...langs.map((l) => a.alignment[l]?.withAlternatives ?? 0)],
          [
            'not made: the hint points to another word too',
            ...langs.map((l) => a.alignment[l]?.ambiguousDropped ?? 0),
          ],
          [
            'not made: a fixed phrase, no hint word',
            ...langs.map((l) => a.alignment[l]?.idiomDropped ?? 0),
          ],
        ],
      ),
    );
  }
  out.push('', '## All articles: distractors', '');
  out.push(distractorTable(sumDistractorCounts(articles.map((a) => a.distractors)), LANGS));
  return out.join('\n') + '\n';
}

function distractorTable(counts: DistractorCounts, langs: readonly Lang[]): string {
  const rejected = [
    ...new Set(
      langs.flatMap((l) =>
        (Object.keys(counts[l]) as DistractorCheckKey[]).filter((k) => k.startsWith('rejected:')),
      ),
    ),
  ].sort();
  return table(
    ['', ...langs],
    [...DISTRACTOR_ROWS, ...rejected].map((k) => [
      k === 'clozes' || k === 'clozes with a related option'
        ? k
        : k.startsWith('rejected:')
          ? `candidates ${k}`
          : `options: ${k}`,
      ...langs.map((l) => counts[l][k] ?? 0),
    ]),
  );
}
