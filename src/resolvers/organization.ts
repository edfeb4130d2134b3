import type { OrganizationResolvers } from '../schema/generated/resolvers.js';
import { entityFields, others, rels } from './common.js';

export const Organization: OrganizationResolvers = {
  ...entityFields,
  locatedIn: (o, _a, ctx) => others(ctx, o.id, 'LOCATED_IN', 'OUT'),
  members: (o, _a, ctx) => rels(ctx, o.id, 'HOLDS_ROLE', 'IN'),
  statements: (o, _a, ctx) => others(ctx, o.id, 'SAID_BY', 'IN'),
  figuresReported: (o, _a, ctx) => others(ctx, o.id, 'REPORTED_BY', 'IN'),
  participations: (o, _a, ctx) => rels(ctx, o.id, 'PARTICIPATED_IN', 'OUT'),
  respondedTo: (o, _a, ctx) => others(ctx, o.id, 'RESPONDED_TO', 'OUT'),
  negotiations: (o, _a, ctx) => others(ctx, o.id, 'PARTY_TO', 'OUT'),
  eventsCarriedOut: (o, _a, ctx) => others(ctx, o.id, 'CARRIED_OUT_BY', 'IN'),
  proposals: (o, _a, ctx) => others(ctx, o.id, 'PROPOSED_BY', 'IN'),
  positions: (o, _a, ctx) => rels(ctx, o.id, 'HAS_POSITION', 'OUT'),
  statementsAbout: (o, _a, ctx) => others(ctx, o.id, 'ABOUT', 'IN'),
};
