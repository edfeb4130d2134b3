import type { DateHint, Span } from './extraction.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const HINT = new RegExp(
  [
    `\\b(${WEEKDAYS.join('|')})\\b`,
    `\\b(${MONTHS.join('|')})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?`,
    `\\b(\\d{1,2})\\s+(${MONTHS.join('|')})(?:\\s+(\\d{4}))?`,
    `\\b(overnight|last night|tonight|yesterday|today|this morning|this evening|earlier (?:in|this) the week|earlier this week|this week|last week|last month|last year|earlier this year)\\b`,
  ].join('|'),
  'gi',
);

const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

/**
 * Date hints in `[start, end)` of the text, resolved against the publication date:
 * a weekday is its latest occurrence on or before publication ("on Friday" in a
 * Saturday article is the day before), "overnight" and "last night" span the eve
 * and the day of publication, explicit dates keep their year or take publication's.
 */
export function findDateHints(text: string, start: number, end: number, publishedOn: string): DateHint[] {
  const pub = Date.parse(`${publishedOn}T00:00:00Z`);
  const year = Number(publishedOn.slice(0, 4));
  const out: DateHint[] = [];
  HINT.lastIndex = 0;
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(HINT)) {
    const span: Span = { start: start + m.index, end: start + m.index + m[0].length, quote: m[0] };
    const g = m.slice(1).map((x) => x?.toLowerCase());
    if (g[0]) {
      const back = (new Date(pub).getUTCDay() - WEEKDAYS.indexOf(g[0]) + 7) % 7;
      out.push({ from: iso(pub - back * DAY), to: iso(pub - back * DAY), precision: 'DAY', span });
    } else if (g[1] || g[5]) {
      const month = MONTHS.indexOf((g[1] ?? g[5])!);
      const day = Number(g[2] ?? g[4]);
      const y = Number(g[3] ?? g[6] ?? year);
      const t = Date.UTC(y, month, day);
      out.push({ from: iso(t), to: iso(t), precision: 'DAY', span });
    } else if (g[7]) {
      out.push({ ...relative(g[7], pub, year), span });
    }
  }
  return out;
}

function relative(words: string, pub: number, year: number): Omit<DateHint, 'span'> {
  if (/overnight|last night|tonight/.test(words)) return { from: iso(pub - DAY), to: iso(pub), precision: 'DAY' };
  if (words === 'yesterday') return { from: iso(pub - DAY), to: iso(pub - DAY), precision: 'DAY' };
  if (/today|this morning|this evening/.test(words)) return { from: iso(pub), to: iso(pub), precision: 'DAY' };
  if (/week/.test(words)) {
    return words === 'last week'
      ? { from: iso(pub - 13 * DAY), to: iso(pub - 7 * DAY), precision: 'WEEK' }
      : { from: iso(pub - 6 * DAY), to: iso(pub), precision: 'WEEK' };
  }
  if (words === 'last month') {
    const d = new Date(pub);
    const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1);
    const last = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 0);
    return { from: iso(first), to: iso(last), precision: 'MONTH' };
  }
  if (words === 'last year') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31`, precision: 'YEAR' };
  return { from: `${year}-01-01`, to: iso(pub), precision: 'YEAR' };
}

/** The range an undated report most likely covers: the two days before publication and the day itself. */
export function defaultDateHint(publishedOn: string): DateHint {
  const pub = Date.parse(`${publishedOn}T00:00:00Z`);
  return { from: iso(pub - 2 * DAY), to: publishedOn, precision: 'DAY', span: null };
}
