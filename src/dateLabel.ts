import type { DATE_PRECISIONS } from './model.js';

export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const fmt = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
const DAY = fmt({ day: 'numeric', month: 'long', year: 'numeric' });
const DAY_MONTH = fmt({ day: 'numeric', month: 'long' });
const MONTH = fmt({ month: 'long', year: 'numeric' });
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** One date at its precision: `23 January 2026`, `week of 19 January 2026`, `January 2026`, `2025`. */
function single(iso: string, precision: DatePrecision): string {
  switch (precision) {
    case 'YEAR':
      return iso.slice(0, 4);
    case 'MONTH':
      return MONTH.format(utc(iso));
    case 'WEEK':
      return `week of ${DAY.format(utc(iso))}`;
    case 'DAY':
      return DAY.format(utc(iso));
  }
}

/**
 * A date as precise as its source and no more, for people to read. A stored
 * `2025-01-01` with YEAR precision reads `2025`; a span of days in one month
 * reads `22–23 January 2026`. Dates are ISO `YYYY-MM-DD`; a missing precision
 * reads as DAY. Null when there is no date.
 */
export function dateLabel(
  date: string | null | undefined,
  endDate: string | null | undefined,
  precision: DatePrecision | null | undefined,
): string | null {
  if (!date) return null;
  const p = precision ?? 'DAY';
  if (!endDate || endDate === date) return single(date, p);
  if (p === 'DAY' && date.slice(0, 4) === endDate.slice(0, 4)) {
    const sameMonth = date.slice(0, 7) === endDate.slice(0, 7);
    const start = sameMonth ? String(utc(date).getUTCDate()) : DAY_MONTH.format(utc(date));
    return `${start}${sameMonth ? '–' : ' – '}${DAY.format(utc(endDate))}`;
  }
  return `${single(date, p)} – ${single(endDate, p)}`;
}
