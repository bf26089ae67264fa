import type { Lang } from './types';

/**
 * The most frequent function words per language, lower case. Two uses: guessing a
 * text's language, and keeping look-alike function words ("sich"/"such",
 * "wenn"/"when") from counting as cognates when aligning.
 */
export const STOPWORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  de: new Set(
    [
      'der die das und ist nicht ein eine einer einen einem eines zu den dem des von mit sich',
      'auf für im dass es sie er wir ich ihr auch als an wie bei aus nach noch wird werden',
      'wurde wurden hat haben habe hatte hatten sind war waren wäre würde sollte könnte kann',
      'können muss oder aber nur so vom zum zur über unter durch gegen ohne um doch schon',
      'sehr dies diese dieser dieses diesen wenn weil denn man sein seine seinen ihre ihren',
      'uns mehr einige alle andere anderen hier dort jetzt immer gibt geht darüber dabei',
    ]
      .join(' ')
      .split(' '),
  ),
  it: new Set(
    [
      'il lo la le gli un una uno di del della dei delle degli dello dal dalla dai nel nella',
      'nei nelle con su sul sulla per tra fra che non è ed sono era erano ha hanno essere',
      'stato stata stati come anche ma più molto questo questa questi queste quello quella',
      'quale quali cui loro suo sua suoi sue si ci ne lei lui noi voi se perché quando dove',
      'già ancora sempre tutto tutti tutte altri altre altro dopo prima aveva avevano sarà',
      'fare fatto della alla allo agli alle dell all nell sull',
    ]
      .join(' ')
      .split(' '),
  ),
  en: new Set(
    [
      'the of and to in is it that was for on are with as be by this have from or had not',
      'but what all were when we there can an which their has been would will they more if',
      'its about than into other some could also only after them these those should because',
      'does did where who how why such since being might must shall then than over just very',
      'your you our his her she he him any most many much while',
    ]
      .join(' ')
      .split(' '),
  ),
};

const ALL = new Set([...STOPWORDS.de, ...STOPWORDS.it, ...STOPWORDS.en]);

/** True when the word (any case) is a function word in any of the languages. */
export function isStopword(word: string): boolean {
  return ALL.has(word.toLowerCase());
}
