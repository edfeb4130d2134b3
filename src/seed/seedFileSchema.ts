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
  RELATIONSHIP_TYPE_NAMES,
} from '../model.js';
import { checkDated } from './checkDated.js';

/**
 * The seed file format, version 1 (`format: kg-seed/1`). A seed file is YAML that
 * describes one article and everything it says; `docs/seed-format.md` explains
 * each field. Offsets are checked against the article text by the validator.
 */
export const SEED_FORMAT = 'kg-seed/1';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "vitali-klitschko"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-01-24');
const text = z.string().trim().min(1, 'must not be empty');

/** Where in the article a fact is stated: an exact quote and its start offset. */
export const mentionSchema = z.strictObject({
  quote: text,
  start: z.number().int().min(0),
});

const base = {
  id: slug,
  mentions: z.array(mentionSchema).min(1, 'needs at least one mention'),
};
const entityBase = {
  ...base,
  name: text,
  aliases: z.array(text).default([]),
  description: text.optional(),
  wikidataId: z
    .string()
    .regex(/^Q\d+$/, 'must be a Wikidata id like Q1899')
    .optional(),
};
const dated = {
  date: isoDate.optional(),
  endDate: isoDate.optional(),
  dateText: text.optional(),
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
  /** Who gives the date when the article does not (see checkDated). */
  dateSource: z.enum(DATE_SOURCE_KINDS).optional(),
  dateSourceRef: text.optional(),
};

export const personSchema = z.strictObject({ type: z.literal('Person'), ...entityBase });
export const placeSchema = z.strictObject({
  type: z.literal('Place'),
  ...entityBase,
  kind: z.enum(PLACE_KINDS),
  iso3166: z
    .string()
    .regex(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/, 'must be an ISO 3166-1 alpha-2 or ISO 3166-2 code')
    .optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});
export const organizationSchema = z.strictObject({
  type: z.literal('Organization'),
  ...entityBase,
  kind: z.enum(ORGANIZATION_KINDS),
});
export const eventSchema = z
  .strictObject({
    type: z.literal('Event'),
    ...entityBase,
    ...dated,
    kind: z.enum(EVENT_KINDS),
    status: z.enum(EVENT_STATUSES).default('REPORTED'),
    weapons: z.array(text).default([]),
    damaged: z.array(text).default([]),
    acledEventType: text.optional(),
    acledSubEventType: text.optional(),
  })
  .superRefine(checkDated);
export const negotiationSchema = z
  .strictObject({
    type: z.literal('Negotiation'),
    ...entityBase,
    ...dated,
    kind: z.enum(NEGOTIATION_KINDS),
    round: z.number().int().min(1).optional(),
  })
  .superRefine(checkDated);
export const proposalSchema = z.strictObject({
  type: z.literal('Proposal'),
  ...entityBase,
  kind: z.enum(PROPOSAL_KINDS),
  demands: z.array(text).default([]),
});
export const statementSchema = z.strictObject({
  type: z.literal('Statement'),
  ...base,
  text: text,
  isDirectQuote: z.boolean().default(false),
  cueVerb: text,
  attribution: z.enum(ATTRIBUTIONS),
  speakerLabel: text.optional(),
});
export const figureSchema = z.strictObject({
  type: z.literal('Figure'),
  ...base,
  measure: z.enum(FIGURE_MEASURES),
  count: z.number().int().min(0).nullable(),
  qualifier: z.enum(FIGURE_QUALIFIERS),
  group: z.enum(FIGURE_GROUPS).default('PEOPLE'),
  isAggregate: z.boolean().default(false),
  text: text,
});

export const seedNodeSchema = z.discriminatedUnion('type', [
  personSchema,
  placeSchema,
  organizationSchema,
  eventSchema,
  negotiationSchema,
  proposalSchema,
  statementSchema,
  figureSchema,
]);

export const seedRelationshipSchema = z.strictObject({
  from: slug,
  type: z.enum(RELATIONSHIP_TYPE_NAMES as [string, ...string[]]),
  to: slug,
  properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  mentions: z.array(mentionSchema).min(1, 'needs at least one mention'),
});

export const seedFileSchema = z.strictObject({
  format: z.literal(SEED_FORMAT),
  article: z.strictObject({
    id: slug,
    title: text,
    textFile: z.string().regex(/^[\w.-]+\.txt$/, 'must name a .txt file in the same folder'),
    publishedOn: isoDate,
    publisher: text.optional(),
    url: z.url().optional(),
    language: z.string().default('en'),
  }),
  nodes: z.array(seedNodeSchema).min(1),
  relationships: z.array(seedRelationshipSchema).default([]),
});

export type SeedMention = z.infer<typeof mentionSchema>;
export type SeedNode = z.infer<typeof seedNodeSchema>;
export type SeedRelationship = z.infer<typeof seedRelationshipSchema>;
export type SeedFile = z.infer<typeof seedFileSchema>;
