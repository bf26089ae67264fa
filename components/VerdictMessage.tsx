import { useTranslations } from 'next-intl';
import type { Verdict } from '@/lib/answer/check';
import { assertNever } from '@/lib/assert';
import type { DiffPart } from '@/lib/answer/osa';

/** Says why an answer was right, almost or wrong, and shows the difference. */
export function VerdictMessage({
  verdict,
  expected,
  typed,
}: {
  verdict: Verdict;
  expected: string;
  typed: string;
}) {
  const t = useTranslations('Study');
  let text: string;
  let diff: readonly DiffPart[] | null = null;
  switch (verdict.kind) {
    case 'right':
      text = t(`verdict.right.${verdict.how}`);
      break;
    case 'almost':
      text = t(`verdict.almost.${verdict.how}`, { expected });
      if (verdict.how === 'typo') diff = verdict.diff;
      break;
    case 'wrong':
      text = t(`verdict.wrong.${verdict.why}`, { expected });
      break;
    case 'synonym':
      text = t('verdict.synonym.text', { expected });
      break;
    default:
      return assertNever(verdict, 'verdict');
  }
  return (
    <div id="verdict" className={`verdict verdict-${verdict.kind}`} role="status">
      <p>
        <strong>{t(`verdict.${verdict.kind}.title`)}</strong> {text}
      </p>
      {verdict.kind !== 'right' && verdict.kind !== 'synonym' && typed ? (
        <p className="diff">
          {t('youTyped')}{' '}
          <span className="typed">
            {diff
              ? diff.map((part, i) =>
                  part.op === 'same' ? (
                    <span key={i}>{part.typed}</span>
                  ) : (
                    <mark key={i} className={`diff-${part.op}`} title={part.expected}>
                      {part.typed || '·'}
                    </mark>
                  ),
                )
              : typed}
          </span>{' '}
          → <strong>{expected}</strong>
        </p>
      ) : null}
    </div>
  );
}
