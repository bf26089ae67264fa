import { useTranslations } from 'next-intl';

/** The sentence with its cloze word blanked, or revealed and marked once answered. */
export function ClozeSentence({
  text,
  start,
  end,
  lang,
  revealed = false,
}: {
  text: string;
  start: number;
  end: number;
  lang: string;
  revealed?: boolean;
}) {
  const t = useTranslations('Cards');
  return (
    <span lang={lang}>
      {text.slice(0, start)}
      {revealed ? (
        <mark className="cloze-answer">{text.slice(start, end)}</mark>
      ) : (
        <span className="blank">
          <span className="visually-hidden">{t('blank')}</span>
        </span>
      )}
      {text.slice(end)}
    </span>
  );
}
