const W = 300;
const H = 80;

/** A rising total over time (x and y scaled to the data), drawn as one line. */
export function LineChart({ points }: { points: readonly { x: number; y: number }[] }) {
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const x0 = Math.min(...xs);
  const span = Math.max(1, Math.max(...xs) - x0);
  const top = Math.max(1, ...points.map((p) => p.y));
  const d = points
    .map((p, i) => {
      const x = ((p.x - x0) / span) * W;
      const y = H - (p.y / top) * H;
      return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
  return (
    <svg
      className="line-chart"
      viewBox={`0 0 ${W} ${H + 2}`}
      width="100%"
      preserveAspectRatio="none"
    >
      <path d={d} fill="none" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
