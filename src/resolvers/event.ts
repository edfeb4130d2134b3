import type { EventResolvers } from '../schema/generated/resolvers.js';
import { entityFields, listProp, other, others, rels } from './common.js';

export const Event: EventResolvers = {
  ...entityFields,
  status: (e) => (e.status as 'REPORTED' | 'CLAIMED' | 'CONFIRMED' | undefined) ?? 'REPORTED',
  weapons: (e) => listProp(e.weapons),
  damaged: (e) => listProp(e.damaged),
  places: (e, _a, ctx) => others(ctx, e.id, 'OCCURRED_IN', 'OUT'),
  perpetrators: (e, _a, ctx) => others(ctx, e.id, 'CARRIED_OUT_BY', 'OUT'),
  partOf: (e, _a, ctx) => other(ctx, e.id, 'PART_OF', 'OUT', ['Event']),
  subEvents: (e, _a, ctx) => others(ctx, e.id, 'PART_OF', 'IN', ['Event']),
  figures: (e, _a, ctx) => others(ctx, e.id, 'FIGURE_OF', 'IN'),
  responses: (e, _a, ctx) => others(ctx, e.id, 'RESPONDED_TO', 'IN', ['Event']),
  respondsTo: (e, _a, ctx) => others(ctx, e.id, 'RESPONDED_TO', 'OUT', ['Event']),
  responders: (e, _a, ctx) => others(ctx, e.id, 'RESPONDED_TO', 'IN', ['Organization']),
  participants: (e, _a, ctx) => rels(ctx, e.id, 'PARTICIPATED_IN', 'IN'),
  concurrentWith: (e, _a, ctx) => others(ctx, e.id, 'CONCURRENT_WITH', 'BOTH'),
  negotiationsToEnd: (e, _a, ctx) => others(ctx, e.id, 'AIMS_TO_END', 'IN'),
  follows: (e, _a, ctx) => others(ctx, e.id, 'FOLLOWS', 'OUT'),
  followedBy: (e, _a, ctx) => others(ctx, e.id, 'FOLLOWS', 'IN'),
  namedAfter: (e, _a, ctx) => other(ctx, e.id, 'NAMED_AFTER', 'OUT'),
  statements: (e, _a, ctx) => others(ctx, e.id, 'ABOUT', 'IN'),
};
