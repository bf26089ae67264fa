import { SrsError } from './errors';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Anki's answer buttons use a 365-day year and a twelfth of it as the month.
const YEAR = 365 * DAY;
const MONTH = YEAR / 12;

/** Unit names as Intl.NumberFormat's `unit` style knows them, so the UI can localise. */
export type IntervalUnit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

interface Unit {
  readonly name: IntervalUnit;
  readonly suffix: string;
  readonly ms: number;
  /** Months and years keep one decimal: "1.5y" says more than "2y". */
  readonly decimals: number;
}

const UNITS: readonly Unit[] = [
  { name: 'second', suffix: 's', ms: SECOND, decimals: 0 },
  { name: 'minute', suffix: 'm', ms: MINUTE, decimals: 0 },
  { name: 'hour', suffix: 'h', ms: HOUR, decimals: 0 },
  { name: 'day', suffix: 'd', ms: DAY, decimals: 0 },
  { name: 'month', suffix: 'mo', ms: MONTH, decimals: 1 },
  { name: 'year', suffix: 'y', ms: YEAR, decimals: 1 },
];

/**
 * A compact, language-neutral span for answer buttons: '45s', '10m', '3h', '3d', '2mo', '1.2y'.
 * Below a second reads '0s'; negative spans (an overdue card) read as '0s' too.
 */
export function formatInterval(ms: number): string {
  const { value, unit } = intervalParts(ms);
  return `${value}${UNITS.find((u) => u.name === unit)!.suffix}`;
}

/** The same span as a number and a unit, for `Intl.NumberFormat(…, { style: 'unit' })`. */
export function intervalParts(ms: number): { value: number; unit: IntervalUnit } {
  if (!Number.isFinite(ms)) throw new SrsError('INVALID_INTERVAL', `Not a finite interval: ${ms}`);
  const span = Math.max(0, ms);
  let i = 0;
  while (i + 1 < UNITS.length && span >= UNITS[i + 1]!.ms) i++;
  // Promote when rounding reaches the next unit: 59.6 minutes is '1h', 364.9 days '1y'.
  while (i + 1 < UNITS.length && rounded(span, UNITS[i]!) * UNITS[i]!.ms >= UNITS[i + 1]!.ms) i++;
  const unit = UNITS[i]!;
  return { value: rounded(span, unit), unit: unit.name };
}

function rounded(span: number, unit: Unit): number {
  const f = 10 ** unit.decimals;
  return Math.round((span / unit.ms) * f) / f;
}
