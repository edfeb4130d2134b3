import type { PlaceResolvers } from '../schema/generated/resolvers.js';
import { RELATION_FIELDS } from '../relationFields.js';
import { entityFields, others, relationResolvers } from './common.js';

export const Place: PlaceResolvers = {
  ...entityFields,
  ...relationResolvers(RELATION_FIELDS.Place),
  events: (p, args, ctx) =>
    args.includeContained ? ctx.loaders.eventsWithin.load(p.id) : others(ctx, p.id, 'OCCURRED_IN', 'IN'),
};
