import { dayDate } from '@/lib/srs/stats';

const CELL = 11;
const GAP = 2;

/** Reviews per day as a calendar: a column per week (Monday on top), darker for more. */
export function HeatmapChart({ days }: { days: readonly { day: number; answers: number }[] }) {
  const max = Math.max(1, ...days.map((d) => d.answers));
  // Monday = 0: the first column starts on the first day's weekday.
  const offset = days.length ? (dayDate(days[0]!.day).getUTCDay() + 6) % 7 : 0;
  const weeks = Math.ceil((days.length + offset) / 7);
  return (
    <svg
      className="heatmap"
      viewBox={`0 0 ${weeks * (CELL + GAP)} ${7 * (CELL + GAP)}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      {days.map((d, i) => {
        const slot = i + offset;
        const level = d.answers === 0 ? 0 : Math.min(4, Math.ceil((d.answers / max) * 4));
        return (
          <rect
            key={d.day}
            x={Math.floor(slot / 7) * (CELL + GAP)}
            y={(slot % 7) * (CELL + GAP)}
            width={CELL}
            height={CELL}
            rx={2}
            className={`heat-${level}`}
          />
        );
      })}
    </svg>
  );
}
