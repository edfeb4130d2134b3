import type { z } from 'zod';
import type { DATE_PRECISIONS, DATE_SOURCE_KINDS } from '../model.js';

/** The date fields an Event or Negotiation may carry in a seed file. */
export interface DatedFields {
  date?: string | undefined;
  endDate?: string | undefined;
  dateText?: string | undefined;
  datePrecision?: (typeof DATE_PRECISIONS)[number] | undefined;
  dateSource?: (typeof DATE_SOURCE_KINDS)[number] | undefined;
  dateSourceRef?: string | undefined;
}

const WIKIDATA_ITEM = /^Q\d+$/;

/** The weekday of an ISO date (0 = Sunday), or null when the date does not exist (2026-02-30). */
function weekday(iso: string): number | null {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : d.getUTCDay();
}

/**
 * The rules that keep a seed's dates no more precise than their source:
 * a date says what it rests on (the article's `dateText`, or a `dateSource`
 * elsewhere), states its precision, and is the first day of its precision period,
 * so that `2025-01-01` with YEAR can only ever mean "2025". Reported as zod issues
 * on the field at fault, so the seeder names it.
 */
export function checkDated(d: DatedFields, ctx: z.RefinementCtx): void {
  const issue = (field: keyof DatedFields, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });

  // A date that is no calendar day is refused by the shared field rule (src/write/nodeFields.ts).
  if (d.date === undefined) {
    for (const field of ['endDate', 'datePrecision', 'dateSource'] as const)
      if (d[field] !== undefined) issue(field, 'needs a `date`');
  } else {
    if (d.datePrecision === undefined) issue('datePrecision', 'is required with a `date` (DAY, WEEK, MONTH or YEAR)');
    if (d.dateText === undefined && d.dateSource === undefined)
      issue('date', 'needs `dateText` (the article’s wording it rests on) or a `dateSource` that gives it');
    const day = weekday(d.date);
    if (day !== null) {
      const [, month, dayOfMonth] = d.date.split('-');
      if (d.datePrecision === 'WEEK' && day !== 1) issue('date', 'must be the Monday of the week with WEEK precision');
      if (d.datePrecision === 'MONTH' && dayOfMonth !== '01')
        issue('date', 'must be the first day of the month with MONTH precision');
      if (d.datePrecision === 'YEAR' && `${month}-${dayOfMonth}` !== '01-01')
        issue('date', 'must be 1 January of the year with YEAR precision');
    }
    if (d.endDate !== undefined && d.endDate < d.date) issue('endDate', 'must not be before `date`');
  }

  if ((d.dateSource === undefined) !== (d.dateSourceRef === undefined))
    issue(d.dateSource === undefined ? 'dateSource' : 'dateSourceRef', '`dateSource` and `dateSourceRef` go together');
  else if (d.dateSource === 'WIKIDATA' && !WIKIDATA_ITEM.test(d.dateSourceRef!))
    issue('dateSourceRef', 'must be a Wikidata item id like Q110999040 with dateSource WIKIDATA');
  else if (d.dateSource === 'URL' && !(/^https?:\/\//.test(d.dateSourceRef!) && URL.canParse(d.dateSourceRef!)))
    issue('dateSourceRef', 'must be an http(s) URL with dateSource URL');
}
