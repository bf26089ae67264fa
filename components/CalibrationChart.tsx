import type { CalibrationBin } from '@/lib/srs/optimizer';

const S = 120;

/**
 * Predicted against actual recall, a dot per bin (larger for more answers): on the
 * diagonal, the prediction is right. The parameters in use as rings, the fit filled.
 */
export function CalibrationChart({
  before,
  after,
}: {
  before: readonly CalibrationBin[];
  after: readonly CalibrationBin[];
}) {
  const total = Math.max(1, ...[...before, ...after].map((b) => b.count));
  const dot = (b: CalibrationBin, filled: boolean, i: number) => (
    <circle
      key={`${filled ? 'a' : 'b'}${i}`}
      cx={b.predicted * S}
      cy={S - b.actual * S}
      r={2 + 4 * Math.sqrt(b.count / total)}
      className={filled ? 'cal-after' : 'cal-before'}
    />
  );
  return (
    <svg className="calibration" viewBox={`-4 -4 ${S + 8} ${S + 8}`} width="100%">
      <rect x={0} y={0} width={S} height={S} className="cal-frame" />
      <line x1={0} y1={S} x2={S} y2={0} className="cal-diagonal" />
      {before.map((b, i) => dot(b, false, i))}
      {after.map((b, i) => dot(b, true, i))}
    </svg>
  );
}
