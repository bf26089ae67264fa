import { useTranslations } from 'next-intl';
import type { DictationResult } from '@/lib/answer/dictation';
import type { Lang } from '@/lib/corpus/types';

/** A dictation marked word by word: each word of the sentence with what was typed for it. */
export function DictationResultView({ result, lang }: { result: DictationResult; lang: Lang }) {
  const t = useTranslations('Study.dictation');
  const expected = result.words.filter((w) => w.kind !== 'extra').length;
  const right = result.words.filter((w) => w.kind === 'right').length;
  const tone = right === expected && expected === result.words.length ? 'right' : 'almost';
  return (
    <div id="verdict" className={`verdict verdict-${tone}`} role="status">
      <p>
        <strong>
          {t('summary', { right, total: expected, share: Math.round(result.share * 100) })}
        </strong>
      </p>
      <ol className="dictation-words" lang={lang} aria-label={t('wordsLabel')}>
        {result.words.map((w, i) => (
          <li key={i} className={`dw dw-${w.kind}`}>
            {w.kind === 'extra' ? <del>{w.typed}</del> : null}
            {w.kind === 'missing' ? <ins>{w.expected}</ins> : null}
            {w.kind === 'right' ? <span>{w.expected}</span> : null}
            {w.kind === 'almost' || w.kind === 'wrong' ? (
              <>
                <del>{w.typed}</del> <ins>{w.expected}</ins>
              </>
            ) : null}
            <span className="visually-hidden"> {t(`kind.${w.kind}`)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
