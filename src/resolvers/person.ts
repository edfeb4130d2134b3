import type { PersonResolvers } from '../schema/generated/resolvers.js';
import { entityFields, others, rels } from './common.js';

export const Person: PersonResolvers = {
  ...entityFields,
  roles: (p, _a, ctx) => rels(ctx, p.id, 'HOLDS_ROLE', 'OUT'),
  authored: (p, _a, ctx) => others(ctx, p.id, 'AUTHORED', 'OUT'),
  statements: (p, _a, ctx) => others(ctx, p.id, 'SAID_BY', 'IN'),
  participations: (p, _a, ctx) => rels(ctx, p.id, 'PARTICIPATED_IN', 'OUT'),
  positions: (p, _a, ctx) => rels(ctx, p.id, 'HAS_POSITION', 'OUT'),
  proposals: (p, _a, ctx) => others(ctx, p.id, 'PROPOSED_BY', 'IN'),
  figuresReported: (p, _a, ctx) => others(ctx, p.id, 'REPORTED_BY', 'IN'),
  statementsAbout: (p, _a, ctx) => others(ctx, p.id, 'ABOUT', 'IN'),
};
