import type { NodeLabel, RelationshipType } from './model.js';

export type RelDirection = 'OUT' | 'IN' | 'BOTH';

/**
 * How a GraphQL field without arguments maps onto the graph. One table serves two
 * readers: the type resolvers are generated from it, and the selection planner
 * (src/prefetch) reads it to fetch a whole query's relationships in one statement.
 * Because both read the same entry, a prefetched answer is by construction the one
 * the resolver would have loaded.
 *
 * - `rels`: the relationships themselves (Role, Participation, Position), far node included;
 * - `nodes` / `node`: the far nodes (all, or the first), optionally only of some labels;
 * - `ancestors`: the places a place lies in, transitively (Place.partOf).
 */
export type RelationField =
  | { kind: 'rels' | 'nodes' | 'node'; type: RelationshipType; dir: RelDirection; labels?: readonly NodeLabel[] }
  | { kind: 'ancestors' };

const rels = (type: RelationshipType, dir: RelDirection) => ({ kind: 'rels', type, dir }) as const;
const nodes = (type: RelationshipType, dir: RelDirection, labels?: readonly NodeLabel[]) =>
  ({ kind: 'nodes', type, dir, ...(labels ? { labels } : {}) }) as const;
const node = (type: RelationshipType, dir: RelDirection, labels?: readonly NodeLabel[]) =>
  ({ kind: 'node', type, dir, ...(labels ? { labels } : {}) }) as const;

export const RELATION_FIELDS = {
  Person: {
    roles: rels('HOLDS_ROLE', 'OUT'),
    authored: nodes('AUTHORED', 'OUT'),
    statements: nodes('SAID_BY', 'IN'),
    participations: rels('PARTICIPATED_IN', 'OUT'),
    positions: rels('HAS_POSITION', 'OUT'),
    proposals: nodes('PROPOSED_BY', 'IN'),
    figuresReported: nodes('REPORTED_BY', 'IN'),
    statementsAbout: nodes('ABOUT', 'IN'),
  },
  Place: {
    partOf: { kind: 'ancestors' },
    contains: nodes('PART_OF', 'IN', ['Place']),
    capitalOf: node('CAPITAL_OF', 'OUT'),
    capital: node('CAPITAL_OF', 'IN'),
    eventsCarriedOut: nodes('CARRIED_OUT_BY', 'IN'),
    negotiationsHeld: nodes('HELD_IN', 'IN'),
    negotiations: nodes('PARTY_TO', 'OUT'),
    officials: rels('HOLDS_ROLE', 'IN'),
    organizations: nodes('LOCATED_IN', 'IN'),
    figures: nodes('FOR_PLACE', 'IN'),
    proposalsConcerning: nodes('CONCERNS', 'IN'),
    proposals: nodes('PROPOSED_BY', 'IN'),
    positions: rels('HAS_POSITION', 'OUT'),
    statements: nodes('SAID_BY', 'IN'),
    statementsAbout: nodes('ABOUT', 'IN'),
    participations: rels('PARTICIPATED_IN', 'OUT'),
    figuresReported: nodes('REPORTED_BY', 'IN'),
    namesakes: nodes('NAMED_AFTER', 'IN'),
  },
  Organization: {
    locatedIn: nodes('LOCATED_IN', 'OUT'),
    members: rels('HOLDS_ROLE', 'IN'),
    statements: nodes('SAID_BY', 'IN'),
    figuresReported: nodes('REPORTED_BY', 'IN'),
    participations: rels('PARTICIPATED_IN', 'OUT'),
    respondedTo: nodes('RESPONDED_TO', 'OUT'),
    negotiations: nodes('PARTY_TO', 'OUT'),
    eventsCarriedOut: nodes('CARRIED_OUT_BY', 'IN'),
    proposals: nodes('PROPOSED_BY', 'IN'),
    positions: rels('HAS_POSITION', 'OUT'),
    statementsAbout: nodes('ABOUT', 'IN'),
  },
  Event: {
    places: nodes('OCCURRED_IN', 'OUT'),
    perpetrators: nodes('CARRIED_OUT_BY', 'OUT'),
    partOf: node('PART_OF', 'OUT', ['Event']),
    subEvents: nodes('PART_OF', 'IN', ['Event']),
    figures: nodes('FIGURE_OF', 'IN'),
    responses: nodes('RESPONDED_TO', 'IN', ['Event']),
    respondsTo: nodes('RESPONDED_TO', 'OUT', ['Event']),
    responders: nodes('RESPONDED_TO', 'IN', ['Organization']),
    participants: rels('PARTICIPATED_IN', 'IN'),
    concurrentWith: nodes('CONCURRENT_WITH', 'BOTH'),
    negotiationsToEnd: nodes('AIMS_TO_END', 'IN'),
    follows: nodes('FOLLOWS', 'OUT'),
    followedBy: nodes('FOLLOWS', 'IN'),
    namedAfter: node('NAMED_AFTER', 'OUT'),
    statements: nodes('ABOUT', 'IN'),
  },
  Negotiation: {
    venues: nodes('HELD_IN', 'OUT'),
    parties: nodes('PARTY_TO', 'IN'),
    participants: rels('PARTICIPATED_IN', 'IN'),
    partOf: node('PART_OF', 'OUT', ['Negotiation']),
    rounds: nodes('PART_OF', 'IN', ['Negotiation']),
    follows: nodes('FOLLOWS', 'OUT'),
    followedBy: nodes('FOLLOWS', 'IN'),
    aimsToEnd: nodes('AIMS_TO_END', 'OUT'),
    namedAfter: node('NAMED_AFTER', 'OUT'),
    proposals: nodes('DISCUSSED_AT', 'IN'),
    concurrentWith: nodes('CONCURRENT_WITH', 'BOTH'),
    statements: nodes('ABOUT', 'IN'),
  },
  Proposal: {
    proposedBy: nodes('PROPOSED_BY', 'OUT'),
    concerns: nodes('CONCERNS', 'OUT'),
    discussedAt: nodes('DISCUSSED_AT', 'OUT'),
    namedAfter: node('NAMED_AFTER', 'OUT'),
    positions: rels('HAS_POSITION', 'IN'),
    statements: nodes('ABOUT', 'IN'),
  },
  Statement: {
    speaker: node('SAID_BY', 'OUT'),
    about: nodes('ABOUT', 'OUT'),
  },
  Figure: {
    event: node('FIGURE_OF', 'OUT'),
    reportedBy: nodes('REPORTED_BY', 'OUT'),
    places: nodes('FOR_PLACE', 'OUT'),
    partOf: node('PART_OF', 'OUT', ['Figure']),
    breakdown: nodes('PART_OF', 'IN', ['Figure']),
    statements: nodes('ABOUT', 'IN'),
  },
  Article: {
    authors: nodes('AUTHORED', 'IN'),
  },
} as const satisfies Record<NodeLabel, Record<string, RelationField>>;

/**
 * The fields of the relationship types (`rels` fields) that return one end of the
 * relationship. Seen from the `viewer`, the far node is the `to` end of an outgoing
 * relationship and the `from` end of an incoming one.
 */
export const ENDPOINT_FIELDS: Record<string, { from: string; to: string }> = {
  Role: { from: 'person', to: 'actsFor' },
  Participation: { from: 'participant', to: 'in' },
  Position: { from: 'holder', to: 'proposal' },
};
