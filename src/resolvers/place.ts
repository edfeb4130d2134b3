import type { PlaceResolvers } from '../schema/generated/resolvers.js';
import { entityFields, other, others, rels } from './common.js';

export const Place: PlaceResolvers = {
  ...entityFields,
  partOf: (p, _a, ctx) => ctx.loaders.ancestors.load(p.id),
  contains: (p, _a, ctx) => others(ctx, p.id, 'PART_OF', 'IN', ['Place']),
  capitalOf: (p, _a, ctx) => other(ctx, p.id, 'CAPITAL_OF', 'OUT'),
  capital: (p, _a, ctx) => other(ctx, p.id, 'CAPITAL_OF', 'IN'),
  events: (p, args, ctx) =>
    args.includeContained ? ctx.loaders.eventsWithin.load(p.id) : others(ctx, p.id, 'OCCURRED_IN', 'IN'),
  eventsCarriedOut: (p, _a, ctx) => others(ctx, p.id, 'CARRIED_OUT_BY', 'IN'),
  negotiationsHeld: (p, _a, ctx) => others(ctx, p.id, 'HELD_IN', 'IN'),
  negotiations: (p, _a, ctx) => others(ctx, p.id, 'PARTY_TO', 'OUT'),
  officials: (p, _a, ctx) => rels(ctx, p.id, 'HOLDS_ROLE', 'IN'),
  organizations: (p, _a, ctx) => others(ctx, p.id, 'LOCATED_IN', 'IN'),
  figures: (p, _a, ctx) => others(ctx, p.id, 'FOR_PLACE', 'IN'),
  proposalsConcerning: (p, _a, ctx) => others(ctx, p.id, 'CONCERNS', 'IN'),
  proposals: (p, _a, ctx) => others(ctx, p.id, 'PROPOSED_BY', 'IN'),
  positions: (p, _a, ctx) => rels(ctx, p.id, 'HAS_POSITION', 'OUT'),
  statements: (p, _a, ctx) => others(ctx, p.id, 'SAID_BY', 'IN'),
  statementsAbout: (p, _a, ctx) => others(ctx, p.id, 'ABOUT', 'IN'),
  participations: (p, _a, ctx) => rels(ctx, p.id, 'PARTICIPATED_IN', 'OUT'),
  figuresReported: (p, _a, ctx) => others(ctx, p.id, 'REPORTED_BY', 'IN'),
  namesakes: (p, _a, ctx) => others(ctx, p.id, 'NAMED_AFTER', 'IN'),
};
