import { z } from 'zod';
import {
  ATTRIBUTIONS,
  DATE_PRECISIONS,
  DATE_SOURCE_KINDS,
  EVENT_KINDS,
  EVENT_STATUSES,
  FIGURE_GROUPS,
  FIGURE_MEASURES,
  FIGURE_QUALIFIERS,
  NEGOTIATION_KINDS,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  PROPOSAL_KINDS,
  type NodeLabel,
} from '../model.js';

/**
 * The one set of field rules for every node a write carries: seed files, mutation
 * inputs and extracted records all validate against these shapes, so a rule
 * (say, what a Wikidata id looks like) can only differ in one place.
 */

const MAX_NAME = 200;
const MAX_TEXT = 2_000;
const MAX_LIST = 50;

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = z
  .string()
  .max(100, 'must be at most 100 characters')
  .regex(SLUG, 'must be a lowercase slug like "vitali-klitschko"');
/** The form of every date the graph stores; the Date scalar relies on it for its output. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDate = z
  .string()
  .regex(ISO_DATE, 'must be a date like 2026-01-24')
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), 'is not a calendar date');
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const name = text(MAX_NAME);
const textList = z.array(name).max(MAX_LIST, `may hold at most ${MAX_LIST} items`);

/** Whether a record was curated by hand (seed files, mutations) or extracted from text, and how sure. */
const provenanceOf = {
  origin: z.enum(['CURATED', 'EXTRACTED']),
  confidence: z.number().min(0).max(1),
};

const entity = {
  ...provenanceOf,
  name,
  aliases: textList,
  description: text(MAX_TEXT),
  wikidataId: z.string().regex(/^Q\d{1,12}$/, 'must be a Wikidata id like Q1899'),
};
const dated = {
  date: isoDate,
  endDate: isoDate,
  dateText: name,
  datePrecision: z.enum(DATE_PRECISIONS),
  /** Who gives the date when the article does not: a Wikidata item or a URL (see src/seed/checkDated.ts). */
  dateSource: z.enum(DATE_SOURCE_KINDS),
  dateSourceRef: name,
};

/** Every field a node of each label may carry (besides its id and provenance), each optional here. */
export const NODE_FIELDS = {
  Person: entity,
  Place: {
    ...entity,
    kind: z.enum(PLACE_KINDS),
    iso3166: z.string().regex(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/, 'must be an ISO 3166-1 alpha-2 or ISO 3166-2 code'),
    latitude: z.number().min(-90, 'must be within -90..90').max(90, 'must be within -90..90'),
    longitude: z.number().min(-180, 'must be within -180..180').max(180, 'must be within -180..180'),
  },
  Organization: { ...entity, kind: z.enum(ORGANIZATION_KINDS) },
  Event: {
    ...entity,
    ...dated,
    kind: z.enum(EVENT_KINDS),
    status: z.enum(EVENT_STATUSES),
    weapons: textList,
    damaged: textList,
    acledEventType: name,
    acledSubEventType: name,
  },
  Negotiation: {
    ...entity,
    ...dated,
    kind: z.enum(NEGOTIATION_KINDS),
    round: z.number().int().min(1, 'must be within 1..1000').max(1000, 'must be within 1..1000'),
  },
  Proposal: { ...entity, kind: z.enum(PROPOSAL_KINDS), demands: textList },
  Statement: {
    ...provenanceOf,
    text: text(MAX_TEXT),
    isDirectQuote: z.boolean(),
    cueVerb: name,
    attribution: z.enum(ATTRIBUTIONS),
    speakerLabel: name,
  },
  Figure: {
    ...provenanceOf,
    measure: z.enum(FIGURE_MEASURES),
    count: z.number().int().min(0).nullable(),
    qualifier: z.enum(FIGURE_QUALIFIERS),
    group: z.enum(FIGURE_GROUPS),
    isAggregate: z.boolean(),
    text: text(MAX_TEXT),
  },
  Article: {
    title: name,
    text: z.string().min(1, 'must not be empty').max(200_000, 'must be at most 200000 characters'),
    textFile: z.string(),
    publishedOn: isoDate,
    publisher: name,
    url: z.url(),
    language: z.string().max(20),
  },
} as const satisfies Record<NodeLabel, Record<string, z.ZodType>>;

/** Fields a new node of each label must have. */
const REQUIRED = {
  Person: ['name'],
  Place: ['name', 'kind'],
  Organization: ['name', 'kind'],
  Event: ['name', 'kind'],
  Negotiation: ['name', 'kind'],
  Proposal: ['name', 'kind'],
  Statement: ['text', 'cueVerb', 'attribution'],
  Figure: ['measure', 'count', 'qualifier', 'text'],
  Article: ['title', 'text', 'publishedOn'],
} as const satisfies Record<NodeLabel, readonly string[]>;

/** Values a new node gets for fields it leaves out. */
export const NODE_DEFAULTS: Partial<Record<NodeLabel, Record<string, unknown>>> = {
  Person: { aliases: [] },
  Place: { aliases: [] },
  Organization: { aliases: [] },
  Event: { aliases: [], status: 'REPORTED', weapons: [], damaged: [] },
  Negotiation: { aliases: [] },
  Proposal: { aliases: [], demands: [] },
  Statement: { isDirectQuote: false },
  Figure: { group: 'PEOPLE', isAggregate: false },
  Article: { language: 'en' },
};

type Fields<L extends NodeLabel> = (typeof NODE_FIELDS)[L];
type FullShape<L extends NodeLabel> = {
  [K in keyof Fields<L>]: K extends (typeof REQUIRED)[L][number]
    ? Fields<L>[K]
    : Fields<L>[K] extends z.ZodType
      ? z.ZodOptional<Fields<L>[K]>
      : never;
};

/** The shape of a whole node's fields: required ones required, the rest optional. */
export function fullShape<L extends NodeLabel>(label: L): FullShape<L> {
  const required: readonly string[] = REQUIRED[label];
  return Object.fromEntries(
    Object.entries(NODE_FIELDS[label]).map(([k, v]) => [k, required.includes(k) ? v : (v as z.ZodType).optional()]),
  ) as never;
}

/** A patch: every field optional; null clears a field, except the required ones. */
export function patchSchema(label: NodeLabel) {
  const required: readonly string[] = REQUIRED[label];
  return z.strictObject(
    Object.fromEntries(
      Object.entries(NODE_FIELDS[label]).map(([k, v]) => [
        k,
        required.includes(k) ? (v as z.ZodType).optional() : (v as z.ZodType).nullable().optional(),
      ]),
    ),
  );
}

/** A whole node's fields, as create and replace take them. */
export const fullSchema = (label: NodeLabel) => z.strictObject(fullShape(label));

/** Fields stored as Neo4j `date`, so range indexes and comparisons work. */
export const DATE_FIELDS = ['date', 'endDate', 'publishedOn'] as const;
export type DateField = (typeof DATE_FIELDS)[number];
