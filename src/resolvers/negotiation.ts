import type { NegotiationResolvers } from '../schema/generated/resolvers.js';
import { RELATION_FIELDS } from '../relationFields.js';
import { entityFields, relationResolvers } from './common.js';
import { datedFields } from './datedFields.js';

export const Negotiation: NegotiationResolvers = {
  ...entityFields,
  ...datedFields,
  ...relationResolvers(RELATION_FIELDS.Negotiation),
};
