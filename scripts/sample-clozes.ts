/**
 * A fixed-seed sample of cloze cards per language, for a teacher to judge by hand (issue 10):
 * sentence with the blank, answer, lemma/pos/gender/number, gloss, options with their
 * relatedness class, the hint with the marked word. Not a test: a reading aid.
 *
 *   npx tsx scripts/sample-clozes.ts [perLang=60] [seed=10] [lang…]
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DistractorChoice } from '@/lib/corpus/cloze';
import type { Card } from '@/lib/corpus/model';
import { analyzeArticle, articleCardsHeard } from '@/lib/corpus/pipeline';
import { articleId, isLang, LANGS, type Lang } from '@/lib/corpus/types';
import { loadCorpusResources, ROOT } from './build-corpus';

/** mulberry32: a small seeded generator, so the same seed draws the same sample. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function marked(text: string, spans: readonly (readonly [number, number])[] | undefined): string {
  if (!spans || spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [s, e] of [...spans].sort((x, y) => x[0] - y[0])) {
    out += text.slice(at, s) + '⟦' + text.slice(s, e) + '⟧';
    at = e;
  }
  return out + text.slice(at);
}

async function main() {
  const [perArg, seedArg, ...langArgs] = process.argv.slice(2);
  const perLang = Number(perArg ?? 60);
  const seed = Number(seedArg ?? 10);
  const langs = langArgs.length > 0 ? langArgs.filter(isLang) : [...LANGS];

  const { lexicon, gloss, thesauri } = await loadCorpusResources(ROOT);

  const analyzed = [];
  for (const folder of ['bbc-russia-syria', 'cnn-russia-syria']) {
    const meta = JSON.parse(await readFile(join(ROOT, 'corpus', folder, 'meta.json'), 'utf8')) as {
      id: string;
      languages: Lang[];
      pivot: Lang;
    } & Record<string, unknown>;
    const texts: Partial<Record<Lang, string>> = {};
    for (const lang of meta.languages) {
      texts[lang] = await readFile(join(ROOT, 'corpus', folder, `${lang}.txt`), 'utf8');
    }
    const { id, languages: _l, pivot, ...rest } = meta;
    analyzed.push(
      analyzeArticle({ id: articleId(id), meta: rest as never, texts, pivot }, lexicon),
    );
  }
  const library = analyzed.flatMap((a) => a.words);
  type ClozeCard = Extract<Card, { kind: 'cloze' }>;
  const all: { card: ClozeCard; choice: DistractorChoice }[] = [];
  for (const a of analyzed) {
    const choices: DistractorChoice[] = [];
    const cards = articleCardsHeard(
      a,
      { lexicon, gloss, library, thesauri },
      { onDistractors: (_lang, choice) => choices.push(choice) },
    ).filter((c): c is ClozeCard => c.kind === 'cloze');
    // One distractor choice per cloze card, in the same order (cards.ts).
    cards.forEach((card, i) => all.push({ card, choice: choices[i]! }));
  }

  for (const lang of langs) {
    const pool = all.filter((x) => x.card.lang === lang);
    const next = rng(seed);
    // Partial Fisher–Yates: the first perLang of a seeded shuffle.
    const idx = pool.map((_, i) => i);
    for (let i = 0; i < Math.min(perLang, idx.length); i++) {
      const j = i + Math.floor(next() * (idx.length - i));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    console.log(`\n===== ${lang}: ${perLang} of ${pool.length} clozes, seed ${seed} =====`);
    idx.slice(0, perLang).forEach((k, n) => {
      const { card, choice } = pool[k]!;
      const c = card.cloze;
      const text = card.text;
      const blanked = text.slice(0, c.start) + '[' + c.answer + ']' + text.slice(c.end);
      const facts = [c.lemma, c.pos, c.gender, c.number].filter(Boolean).join('/');
      const opts = choice.options.map((o, i) => `${o} (${choice.relatedness[i]})`).join(', ');
      console.log(`\n#${n + 1} ${card.article.slice(0, 3)} ${blanked}`);
      console.log(`   answer ${c.answer} = ${facts}; gloss: ${c.gloss ?? '—'}`);
      console.log(`   options: ${opts}`);
      if (c.alternatives?.length) console.log(`   also right: ${c.alternatives.join(', ')}`);
      for (const [hl, ht] of Object.entries(card.hints)) {
        console.log(`   ${hl}: ${marked(ht!, c.hintSpans?.[hl as Lang])}`);
      }
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
