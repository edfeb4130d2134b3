import type { NegotiationResolvers } from '../schema/generated/resolvers.js';
import { entityFields, other, others, rels } from './common.js';

export const Negotiation: NegotiationResolvers = {
  ...entityFields,
  venues: (n, _a, ctx) => others(ctx, n.id, 'HELD_IN', 'OUT'),
  parties: (n, _a, ctx) => others(ctx, n.id, 'PARTY_TO', 'IN'),
  participants: (n, _a, ctx) => rels(ctx, n.id, 'PARTICIPATED_IN', 'IN'),
  partOf: (n, _a, ctx) => other(ctx, n.id, 'PART_OF', 'OUT', ['Negotiation']),
  rounds: (n, _a, ctx) => others(ctx, n.id, 'PART_OF', 'IN', ['Negotiation']),
  follows: (n, _a, ctx) => others(ctx, n.id, 'FOLLOWS', 'OUT'),
  followedBy: (n, _a, ctx) => others(ctx, n.id, 'FOLLOWS', 'IN'),
  aimsToEnd: (n, _a, ctx) => others(ctx, n.id, 'AIMS_TO_END', 'OUT'),
  namedAfter: (n, _a, ctx) => other(ctx, n.id, 'NAMED_AFTER', 'OUT'),
  proposals: (n, _a, ctx) => others(ctx, n.id, 'DISCUSSED_AT', 'IN'),
  concurrentWith: (n, _a, ctx) => others(ctx, n.id, 'CONCURRENT_WITH', 'BOTH'),
  statements: (n, _a, ctx) => others(ctx, n.id, 'ABOUT', 'IN'),
};
