const HEIGHT = 80;

/** Bars of equal width, one per value, scaled to the largest; a baseline under them. */
export function BarChart({ values }: { values: readonly number[] }) {
  const max = Math.max(1, ...values);
  const w = 10;
  const gap = 3;
  return (
    <svg
      className="bar-chart"
      viewBox={`0 0 ${values.length * (w + gap)} ${HEIGHT + 2}`}
      width="100%"
      preserveAspectRatio="none"
    >
      {values.map((v, i) => {
        const h = (v / max) * HEIGHT;
        return <rect key={i} x={i * (w + gap)} y={HEIGHT - h} width={w} height={h} rx={1} />;
      })}
      <line x1={0} x2={values.length * (w + gap)} y1={HEIGHT + 1} y2={HEIGHT + 1} />
    </svg>
  );
}
