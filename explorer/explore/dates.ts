import { h } from './dom.js';

/** What the API says of an item's date; `dateLabel` is already at the date's precision. */
export interface Dated {
  date?: string | null;
  datePrecision?: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | null;
  dateLabel?: string | null;
  dateText?: string | null;
  dateSource?: { kind: 'WIKIDATA' | 'URL'; ref: string; url: string } | null;
}

/** The ISO week of a date, as HTML's `<time datetime>` writes it: `2026-W04`. */
function isoWeek(iso: string): string {
  // An ISO week belongs to the year of its Thursday, and is numbered by that Thursday's day of the year.
  const thursday = new Date(`${iso}T00:00:00Z`);
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * A machine-readable `datetime` no more precise than the date: `2025` for a YEAR,
 * `2026-01` for a MONTH, `2026-W04` for a WEEK, the day otherwise.
 */
export function datetimeOf(d: Dated): string | null {
  if (!d.date) return null;
  switch (d.datePrecision) {
    case 'YEAR':
      return d.date.slice(0, 4);
    case 'MONTH':
      return d.date.slice(0, 7);
    case 'WEEK':
      return isoWeek(d.date);
    default:
      return d.date;
  }
}

/** The date at its precision, in a `<time>`; the article's own wording when it gives no date. */
export function timeOf(d: Dated): HTMLElement {
  const datetime = datetimeOf(d);
  return h('time', datetime ? { datetime } : {}, d.dateLabel ?? d.dateText ?? 'undated');
}

/** A link to the source of a date that the article does not give, or null. */
export function dateSourceLink(d: Dated): HTMLElement | null {
  const s = d.dateSource;
  if (!s) return null;
  const name = s.kind === 'WIKIDATA' ? `Wikidata ${s.ref}` : new URL(s.url).hostname;
  return h('a', { class: 'date-source', href: s.url, rel: 'noopener', target: '_blank' }, `date: ${name}`);
}
