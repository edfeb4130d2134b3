import { articleText } from '../cypher/mutationCypher.js';
import type { Mention } from '../cypher/mentionProps.js';
import type { DateProps } from '../cypher/mutationCypher.js';
import type { Row } from '../db/database.js';
import type { CypherQuery } from '../db/cypherQuery.js';
import { BadUserInputError } from '../errors.js';
import type { EntityLabel } from '../model.js';

type Run = (q: CypherQuery) => Promise<Row[]>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_TEXT = 2_000;
const MAX_NAME = 200;
const MAX_LIST = 50;

/** Turns a name into an id slug: "Vitali Klitschko" → "vitali-klitschko". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** Checks an explicit id or derives one from the name. */
export function resolveId(id: string | null | undefined, name: string, field: string): string {
  if (id !== null && id !== undefined) {
    if (!SLUG.test(id) || id.length > 100) {
      throw new BadUserInputError(`${field} must be a lowercase slug such as "vitali-klitschko".`, field);
    }
    return id;
  }
  const derived = slugify(name);
  if (!derived) throw new BadUserInputError(`Cannot derive an id from the name; give ${field} explicitly.`, field);
  return derived;
}

function text(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new BadUserInputError(`${field} must not be empty.`, field);
  if (value.length > max) throw new BadUserInputError(`${field} must be at most ${max} characters.`, field, { max });
  return value.trim();
}

function textList(value: unknown, field: string): string[] {
  const list = value as string[];
  if (list.length > MAX_LIST) throw new BadUserInputError(`${field} may hold at most ${MAX_LIST} items.`, field);
  return list.map((v, i) => text(v, `${field}[${i}]`, MAX_NAME));
}

const FIELD_CHECKS: Record<string, (v: unknown, field: string) => unknown> = {
  name: (v, f) => text(v, f, MAX_NAME),
  description: (v, f) => text(v, f, MAX_TEXT),
  dateText: (v, f) => text(v, f, MAX_NAME),
  acledEventType: (v, f) => text(v, f, MAX_NAME),
  acledSubEventType: (v, f) => text(v, f, MAX_NAME),
  aliases: textList,
  weapons: textList,
  damaged: textList,
  wikidataId: (v, f) => {
    if (typeof v !== 'string' || !/^Q\d{1,12}$/.test(v)) throw new BadUserInputError(`${f} must look like Q1899.`, f);
    return v;
  },
  iso3166: (v, f) => {
    if (typeof v !== 'string' || !/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/.test(v)) {
      throw new BadUserInputError(`${f} must be an ISO 3166-1 alpha-2 or ISO 3166-2 code.`, f);
    }
    return v;
  },
  latitude: (v, f) => {
    if (typeof v !== 'number' || v < -90 || v > 90) throw new BadUserInputError(`${f} must be within -90..90.`, f);
    return v;
  },
  longitude: (v, f) => {
    if (typeof v !== 'number' || v < -180 || v > 180) throw new BadUserInputError(`${f} must be within -180..180.`, f);
    return v;
  },
  round: (v, f) => {
    if (typeof v !== 'number' || v < 1 || v > 1000) throw new BadUserInputError(`${f} must be within 1..1000.`, f);
    return v;
  },
};

/** The properties each entity label takes through mutations, besides dates. */
const FIELDS: Record<Exclude<EntityLabel, 'Proposal'>, string[]> = {
  Person: ['name', 'aliases', 'description', 'wikidataId'],
  Place: ['name', 'kind', 'aliases', 'description', 'wikidataId', 'iso3166', 'latitude', 'longitude'],
  Organization: ['name', 'kind', 'aliases', 'description', 'wikidataId'],
  Event: [
    'name',
    'kind',
    'status',
    'aliases',
    'description',
    'wikidataId',
    'datePrecision',
    'dateText',
    'weapons',
    'damaged',
    'acledEventType',
    'acledSubEventType',
  ],
  Negotiation: ['name', 'kind', 'aliases', 'description', 'wikidataId', 'datePrecision', 'dateText', 'round'],
};

export type WritableLabel = keyof typeof FIELDS;

/**
 * Validates the fields present in an input or patch and returns the properties to
 * store. Absent fields are left out (patch semantics); explicit nulls clear a value.
 * Errors name the offending field, e.g. `input.name`.
 */
export function entityProps(
  label: WritableLabel,
  input: Record<string, unknown>,
  prefix: string,
): { props: Record<string, unknown>; dates: DateProps } {
  const props: Record<string, unknown> = {};
  for (const key of FIELDS[label]) {
    if (!(key in input) || input[key] === undefined) continue;
    const value = input[key];
    const check = FIELD_CHECKS[key];
    if (value === null) {
      if (key === 'name' || key === 'kind')
        throw new BadUserInputError(`${prefix}.${key} cannot be null.`, `${prefix}.${key}`);
      props[key] = null;
    } else props[key] = check ? check(value, `${prefix}.${key}`) : value;
  }
  if ('aliases' in props) props.aliasesText = ((props.aliases as string[] | null) ?? []).join(' | ');
  const dates: DateProps = {};
  if (label === 'Event' || label === 'Negotiation') {
    if ('date' in input && input.date !== undefined) dates.date = (input.date as string | null) ?? null;
    if ('endDate' in input && input.endDate !== undefined) dates.endDate = (input.endDate as string | null) ?? null;
    if (dates.date && dates.endDate && dates.endDate < dates.date) {
      throw new BadUserInputError(`${prefix}.endDate must not be before ${prefix}.date.`, `${prefix}.endDate`);
    }
  }
  return { props, dates };
}

/**
 * Checks provenance inside the write transaction: the source must be a stored
 * article and the quote must occur in its text. Returns the mention with offsets.
 */
export async function resolveProvenance(
  run: Run,
  p: { sourceId: string; quote: string; start?: number | null },
  prefix: string,
): Promise<Mention> {
  text(p.quote, `${prefix}.quote`, MAX_TEXT);
  const quote = p.quote;
  const rows = await run(articleText(p.sourceId));
  const body = rows[0]?.text;
  if (typeof body !== 'string') {
    throw new BadUserInputError(`No article with id "${p.sourceId}".`, `${prefix}.sourceId`);
  }
  let start: number;
  if (p.start !== null && p.start !== undefined) {
    if (body.slice(p.start, p.start + quote.length) !== quote) {
      throw new BadUserInputError(`The quote does not occur at offset ${p.start} of the article.`, `${prefix}.start`);
    }
    start = p.start;
  } else {
    start = body.indexOf(quote);
    if (start < 0) throw new BadUserInputError('The quote does not occur in the article.', `${prefix}.quote`);
  }
  return { sourceId: p.sourceId, start, end: start + quote.length, quote };
}
