/**
 * The graph model in one place: node labels, kinds and relationship types. The
 * seed format and the Cypher builders derive from these lists; the GraphQL enums
 * are written in schema.graphql, and tests/unit/modelEnums.test.ts holds them to
 * these lists. Adding a kind is a one-line change here plus the schema enum.
 */

/** Node labels, one per GraphQL object type. */
export const ENTITY_LABELS = ['Person', 'Place', 'Organization', 'Event', 'Negotiation', 'Proposal'] as const;
export const RECORD_LABELS = ['Statement', 'Figure', 'Article'] as const;
export const NODE_LABELS = [...ENTITY_LABELS, ...RECORD_LABELS] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Shared labels: every node is a :Node, every real-world thing also an :Entity. */
export const NODE = 'Node';
export const ENTITY = 'Entity';

export const PLACE_KINDS = ['COUNTRY', 'REGION', 'HISTORICAL_REGION', 'CITY', 'DISTRICT', 'VILLAGE'] as const;
export const ORGANIZATION_KINDS = [
  'GOVERNMENT',
  'GOVERNMENT_AGENCY',
  'MINISTRY',
  'EXECUTIVE_OFFICE',
  'LEGISLATURE',
  'DELEGATION',
  'INTERNATIONAL_FORUM',
  'AUTHORITIES',
  'OTHER',
] as const;
export const EVENT_KINDS = [
  'WAR',
  'AIR_ATTACK',
  'STRIKES',
  'EMERGENCY_RESPONSE',
  'RESCUE',
  'TERRITORIAL_CAPTURE',
  'FORUM',
  'OTHER',
] as const;
export const NEGOTIATION_KINDS = ['PEACE_TALKS', 'TALKS_ROUND', 'SUMMIT', 'SHUTTLE_DIPLOMACY', 'OTHER'] as const;
export const PROPOSAL_KINDS = ['PEACE_FRAMEWORK', 'DEMAND', 'CONDITION', 'APPEAL'] as const;
export const ATTRIBUTIONS = ['ASSERTED', 'CLAIMED', 'DENIED', 'PREDICTED', 'REPORTED', 'DEMANDED', 'URGED'] as const;
export const FIGURE_MEASURES = ['KILLED', 'INJURED', 'HOSPITALIZED', 'RESCUED', 'DEPLOYED'] as const;
export const FIGURE_QUALIFIERS = ['EXACTLY', 'AT_LEAST', 'NEARLY', 'MORE_THAN', 'ABOUT', 'SEVERAL'] as const;
export const FIGURE_GROUPS = ['PEOPLE', 'CHILDREN', 'RESIDENTS', 'RESCUE_WORKERS'] as const;
export const STANCES = ['SUPPORTS', 'OPPOSES', 'DEMANDS', 'REJECTS', 'NEUTRAL'] as const;
export const DATE_PRECISIONS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
/** Where a date comes from when the article does not give it (see docs/graph-model.md, Dates). */
export const DATE_SOURCE_KINDS = ['WIKIDATA', 'URL'] as const;
export const EVENT_STATUSES = ['REPORTED', 'CLAIMED', 'CONFIRMED'] as const;

/**
 * Relationship types with the node labels each may connect. The seeder and the
 * relationship mutations both refuse any other combination.
 */
export const RELATIONSHIP_TYPES = {
  AUTHORED: { from: ['Person'], to: ['Article'] },
  PART_OF: { from: ['Place', 'Event', 'Negotiation', 'Figure'], to: ['Place', 'Event', 'Negotiation', 'Figure'] },
  CAPITAL_OF: { from: ['Place'], to: ['Place'] },
  HOLDS_ROLE: { from: ['Person'], to: ['Organization', 'Place'] },
  LOCATED_IN: { from: ['Organization'], to: ['Place'] },
  OCCURRED_IN: { from: ['Event'], to: ['Place'] },
  HELD_IN: { from: ['Negotiation'], to: ['Place'] },
  CARRIED_OUT_BY: { from: ['Event'], to: ['Place', 'Organization'] },
  RESPONDED_TO: { from: ['Organization', 'Event'], to: ['Event'] },
  PARTY_TO: { from: ['Place', 'Organization'], to: ['Negotiation'] },
  PARTICIPATED_IN: { from: ['Person', 'Organization', 'Place'], to: ['Negotiation', 'Event'] },
  FOLLOWS: { from: ['Negotiation', 'Event'], to: ['Negotiation', 'Event'] },
  CONCURRENT_WITH: { from: ['Event', 'Negotiation'], to: ['Event', 'Negotiation'] },
  AIMS_TO_END: { from: ['Negotiation'], to: ['Event'] },
  PROPOSED_BY: { from: ['Proposal'], to: ['Person', 'Organization', 'Place'] },
  CONCERNS: { from: ['Proposal'], to: ['Place'] },
  DISCUSSED_AT: { from: ['Proposal'], to: ['Negotiation'] },
  NAMED_AFTER: { from: ['Proposal', 'Event', 'Negotiation'], to: ['Place'] },
  HAS_POSITION: { from: ['Person', 'Organization', 'Place'], to: ['Proposal'] },
  SAID_BY: { from: ['Statement'], to: ['Person', 'Organization', 'Place'] },
  ABOUT: {
    from: ['Statement'],
    to: ['Person', 'Place', 'Organization', 'Event', 'Negotiation', 'Proposal', 'Figure'],
  },
  FIGURE_OF: { from: ['Figure'], to: ['Event'] },
  REPORTED_BY: { from: ['Figure'], to: ['Person', 'Organization', 'Place'] },
  FOR_PLACE: { from: ['Figure'], to: ['Place'] },
} as const satisfies Record<string, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

/** Properties a relationship of each type may carry (besides provenance). */
export const RELATIONSHIP_PROPERTIES: Partial<Record<RelationshipType, readonly string[]>> = {
  HOLDS_ROLE: ['title'],
  PARTICIPATED_IN: ['role'],
  HAS_POSITION: ['stance', 'summary'],
  PROPOSED_BY: ['role'],
  RESPONDED_TO: ['role'],
};
