import type { EventResolvers } from '../schema/generated/resolvers.js';
import { RELATION_FIELDS } from '../relationFields.js';
import { entityFields, listProp, relationResolvers } from './common.js';
import { datedFields } from './datedFields.js';

export const Event: EventResolvers = {
  ...entityFields,
  ...datedFields,
  ...relationResolvers(RELATION_FIELDS.Event),
  status: (e) => (e.status as 'REPORTED' | 'CLAIMED' | 'CONFIRMED' | undefined) ?? 'REPORTED',
  weapons: (e) => listProp(e.weapons),
  damaged: (e) => listProp(e.damaged),
};
