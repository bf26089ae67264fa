/**
 * Texts handed to the Add screen by another page (a foreign Anki deck's
 * sentence pairs): kept in sessionStorage for one read, so a reload of Add
 * after it does not bring them back.
 */
import { isLang, type Lang } from '@/lib/corpus/types';

const KEY = 'triglot:add-handoff';

export interface Handoff {
  readonly title: string;
  readonly texts: Readonly<Partial<Record<Lang, string>>>;
}

export function handOff(storage: Storage, handoff: Handoff): void {
  storage.setItem(KEY, JSON.stringify(handoff));
}

/** The handed texts, once; anything unreadable is dropped. */
export function takeHandoff(storage: Storage): Handoff | null {
  const raw = storage.getItem(KEY);
  storage.removeItem(KEY);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as { title?: unknown; texts?: unknown };
    if (typeof v.title !== 'string' || typeof v.texts !== 'object' || v.texts === null) return null;
    const texts: Partial<Record<Lang, string>> = {};
    for (const [l, t] of Object.entries(v.texts))
      if (isLang(l) && typeof t === 'string') texts[l] = t;
    return { title: v.title, texts };
  } catch {
    return null;
  }
}
