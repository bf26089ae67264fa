/**
 * The Data panel's Anki jobs, loaded when one is asked for (not with the
 * settings page): the request the Worker gets, and a foreign deck's texts
 * handed to the Add screen.
 */
import type { Lang } from '@/lib/corpus/types';
import { LANGS } from '@/lib/corpus/types';
import { handOff } from '@/lib/import/handoff';
import { hintLanguage, type Settings } from '@/lib/settings/settings';
import type { BackupClient, BackupProgress } from './client';
import type { ForeignArticle } from './protocol';

export function runApkgExport(
  client: BackupClient,
  opts: {
    readonly course: Lang | 'all';
    readonly settings: Settings;
    readonly locale: string;
    readonly deckName: (l: Lang) => string;
  },
  onProgress: (p: BackupProgress) => void,
) {
  const courses = opts.course === 'all' ? [...LANGS] : [opts.course];
  const hintLangs = Object.fromEntries(
    LANGS.map((l) => [l, hintLanguage(opts.settings, l, opts.locale)]),
  ) as Record<Lang, Lang>;
  const deckNames = Object.fromEntries(LANGS.map((l) => [l, opts.deckName(l)])) as Record<
    Lang,
    string
  >;
  return client.exportApkg({ now: Date.now(), courses, hintLangs, deckNames }, onProgress);
}

/** Its sentences go through Add like any text: checked, aligned, previewed, then added. */
export function handArticleOver(article: ForeignArticle): void {
  handOff(sessionStorage, { title: article.title, texts: article.texts });
}
