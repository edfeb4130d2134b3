import type { NegotiationResolvers } from '../schema/generated/resolvers.js';
import { RELATION_FIELDS } from '../relationFields.js';
import { entityFields, relationResolvers } from './common.js';

export const Negotiation: NegotiationResolvers = {
  ...entityFields,
  ...relationResolvers(RELATION_FIELDS.Negotiation),
};
