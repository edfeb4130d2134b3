import { z } from 'zod';
import { RELATIONSHIP_TYPE_NAMES, type NodeLabel, type RelationshipType } from '../model.js';
import { fullShape, NODE_FIELDS, slug } from '../write/nodeFields.js';
import { checkDated } from './checkDated.js';

/**
 * The seed file format, version 1 (`format: kg-seed/1`). A seed file is YAML that
 * describes one article and everything it says; `docs/seed-format.md` explains
 * each field. Offsets are checked against the article text by the validator.
 */
export const SEED_FORMAT = 'kg-seed/1';

/** Where in the article a fact is stated: an exact quote and its start offset. */
export const mentionSchema = z.strictObject({
  quote: z.string().trim().min(1, 'must not be empty'),
  start: z.number().int().min(0),
});

/**
 * A node of a seed file: its type, id and mentions, and the fields every write of
 * that label validates against (src/write/nodeFields.ts).
 */
const seedNode = <L extends Exclude<NodeLabel, 'Article'>>(label: L) =>
  z.strictObject({
    type: z.literal(label),
    id: slug,
    mentions: z.array(mentionSchema).min(1, 'needs at least one mention'),
    ...fullShape(label),
  });

export const personSchema = seedNode('Person');
export const placeSchema = seedNode('Place');
export const organizationSchema = seedNode('Organization');
// A seed date says what it rests on: the article's wording or a cited source (checkDated).
export const eventSchema = seedNode('Event').superRefine(checkDated);
export const negotiationSchema = seedNode('Negotiation').superRefine(checkDated);
export const proposalSchema = seedNode('Proposal');
export const statementSchema = seedNode('Statement');
export const figureSchema = seedNode('Figure');

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
  type: z.enum(RELATIONSHIP_TYPE_NAMES as [RelationshipType, ...RelationshipType[]]),
  to: slug,
  properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  mentions: z.array(mentionSchema).min(1, 'needs at least one mention'),
});

export const seedFileSchema = z.strictObject({
  format: z.literal(SEED_FORMAT),
  article: z.strictObject({
    id: slug,
    title: NODE_FIELDS.Article.title,
    textFile: z.string().regex(/^[\w.-]+\.txt$/, 'must name a .txt file in the same folder'),
    publishedOn: NODE_FIELDS.Article.publishedOn,
    publisher: NODE_FIELDS.Article.publisher.optional(),
    url: NODE_FIELDS.Article.url.optional(),
    language: z.string().default('en'),
  }),
  nodes: z.array(seedNodeSchema).min(1),
  relationships: z.array(seedRelationshipSchema).default([]),
});

export type SeedMention = z.infer<typeof mentionSchema>;
export type SeedNode = z.infer<typeof seedNodeSchema>;
export type SeedRelationship = z.infer<typeof seedRelationshipSchema>;
export type SeedFile = z.infer<typeof seedFileSchema>;
