import { useTranslations } from 'next-intl';
import { Fragment } from 'react';

/**
 * A hint sentence with the words that translate the blank marked. The mark's text stays
 * readable as it is; a hidden note says what it means, since screen readers do not announce
 * <mark> by itself. Spans come from the pipeline's word alignment and are skipped when they do
 * not fit the text (a card from an older build).
 */
export function HintSentence({
  text,
  spans,
}: {
  text: string;
  spans?: readonly (readonly [number, number])[] | undefined;
}) {
  const t = useTranslations('Cards');
  const valid = [...(spans ?? [])]
    .filter(([s, e]) => s >= 0 && e > s && e <= text.length)
    .sort((a, b) => a[0] - b[0])
    .filter(([s], i, all) => i === 0 || s >= all[i - 1]![1]);
  if (valid.length === 0) return <>{text}</>;
  return (
    <>
      {valid.map(([s, e], i) => (
        <Fragment key={s}>
          {text.slice(i === 0 ? 0 : valid[i - 1]![1], s)}
          <mark className="hint-word">{text.slice(s, e)}</mark>
          <span className="visually-hidden"> ({t('hintWord')})</span>
        </Fragment>
      ))}
      {text.slice(valid[valid.length - 1]![1])}
    </>
  );
}
