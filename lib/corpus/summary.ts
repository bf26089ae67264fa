import type { CardContent, CardKind, CourseSummary } from './model';
import { LANGS } from './types';

/** How many sentences and cards of each kind an article gives each course. */
export function courseSummaries(cards: readonly CardContent[]): CourseSummary[] {
  return LANGS.flatMap((lang) => {
    const mine = cards.filter((c) => c.lang === lang);
    if (mine.length === 0) return [];
    const byKind: Record<CardKind, number> = { cloze: 0, understand: 0, produce: 0 };
    for (const c of mine) byKind[c.kind]++;
    return [
      { lang, sentences: new Set(mine.map((c) => c.sibling)).size, cards: mine.length, byKind },
    ];
  });
}

/** Per course, the sum over several articles' summaries (every course listed, even when empty). */
export function sumCourses(perArticle: readonly (readonly CourseSummary[])[]): CourseSummary[] {
  return LANGS.map((lang) => {
    const byKind: Record<CardKind, number> = { cloze: 0, understand: 0, produce: 0 };
    let sentences = 0;
    let cards = 0;
    for (const courses of perArticle) {
      const c = courses.find((x) => x.lang === lang);
      if (!c) continue;
      sentences += c.sentences;
      cards += c.cards;
      for (const k of ['cloze', 'understand', 'produce'] as const) byKind[k] += c.byKind[k];
    }
    return { lang, sentences, cards, byKind };
  });
}
