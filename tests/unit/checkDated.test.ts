import { describe, expect, it } from 'vitest';
import { eventSchema, negotiationSchema } from '../../src/seed/seedFileSchema.js';

// The seed format's date rules (src/seed/checkDated.ts), through the schemas that apply them.

const event = (dates: Record<string, unknown>) => ({
  type: 'Event',
  id: 'fx-event',
  name: 'Event',
  kind: 'OTHER',
  mentions: [{ quote: 'x', start: 0 }],
  ...dates,
});

/** The issues of a refused event as "field: message", or [] when it is accepted. */
function problems(dates: Record<string, unknown>): string[] {
  const r = eventSchema.safeParse(event(dates));
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('seed dates', () => {
  it('accepts a date the article words, at the precision it gives', () => {
    expect(problems({ date: '2025-01-01', datePrecision: 'YEAR', dateText: 'last year' })).toEqual([]);
    expect(problems({ date: '2026-01-19', datePrecision: 'WEEK', dateText: 'earlier in the week' })).toEqual([]);
    expect(problems({ date: '2026-03-01', datePrecision: 'MONTH', dateText: 'in March' })).toEqual([]);
    expect(problems({ date: '2026-01-22', endDate: '2026-01-23', datePrecision: 'DAY', dateText: 'x' })).toEqual([]);
  });

  it('accepts a date that cites Wikidata or a web page instead', () => {
    const wikidata = { date: '2022-02-24', datePrecision: 'DAY', dateSource: 'WIKIDATA', dateSourceRef: 'Q110999040' };
    expect(problems(wikidata)).toEqual([]);
    const url = { date: '2026-01-19', datePrecision: 'DAY', dateSource: 'URL', dateSourceRef: 'https://example.org/a' };
    expect(problems(url)).toEqual([]);
    expect(negotiationSchema.safeParse({ ...event(wikidata), type: 'Negotiation' }).success).toBe(true);
  });

  it('accepts no date at all, with the article’s wording alone', () => {
    expect(problems({ dateText: 'As negotiations continue' })).toEqual([]);
  });

  it('refuses a date that says nothing of where it comes from', () => {
    expect(problems({ date: '2026-01-23', datePrecision: 'DAY' })).toEqual([
      'date: needs `dateText` (the article’s wording it rests on) or a `dateSource` that gives it',
    ]);
  });

  it('refuses a date without its precision', () => {
    expect(problems({ date: '2026-01-23', dateText: 'Friday' })).toEqual([
      'datePrecision: is required with a `date` (DAY, WEEK, MONTH or YEAR)',
    ]);
  });

  it.each([
    ['YEAR', '2025-06-01', 'date: must be 1 January of the year with YEAR precision'],
    ['MONTH', '2026-01-15', 'date: must be the first day of the month with MONTH precision'],
    ['WEEK', '2026-01-20', 'date: must be the Monday of the week with WEEK precision'],
  ])('refuses a %s date that is not the first day of its period', (precision, date, message) => {
    expect(problems({ date, datePrecision: precision, dateText: 'x' })).toEqual([message]);
  });

  it('refuses a day that does not exist and an end before the start', () => {
    expect(problems({ date: '2026-02-30', datePrecision: 'DAY', dateText: 'x' })).toEqual([
      // The shared field rule (src/write/nodeFields.ts) refuses it before the seed's date rules run.
      'date: is not a calendar date',
    ]);
    expect(problems({ date: '2026-01-23', endDate: '2026-01-22', datePrecision: 'DAY', dateText: 'x' })).toEqual([
      'endDate: must not be before `date`',
    ]);
  });

  it('refuses date fields without a date', () => {
    expect(problems({ endDate: '2026-01-23', datePrecision: 'DAY', dateText: 'x' })).toEqual([
      'endDate: needs a `date`',
      'datePrecision: needs a `date`',
    ]);
  });

  it('refuses a source without its reference, and references of the wrong shape', () => {
    const base = { date: '2022-02-24', datePrecision: 'DAY' };
    expect(problems({ ...base, dateSource: 'WIKIDATA' })).toEqual([
      'dateSourceRef: `dateSource` and `dateSourceRef` go together',
    ]);
    expect(problems({ ...base, dateText: 'x', dateSourceRef: 'Q1' })).toEqual([
      'dateSource: `dateSource` and `dateSourceRef` go together',
    ]);
    expect(problems({ ...base, dateSource: 'WIKIDATA', dateSourceRef: 'wikidata.org/Q1' })).toEqual([
      'dateSourceRef: must be a Wikidata item id like Q110999040 with dateSource WIKIDATA',
    ]);
    expect(problems({ ...base, dateSource: 'URL', dateSourceRef: 'ftp://example.org' })).toEqual([
      'dateSourceRef: must be an http(s) URL with dateSource URL',
    ]);
    expect(problems({ ...base, dateSource: 'BLOG', dateSourceRef: 'x' })).toHaveLength(1);
  });
});
