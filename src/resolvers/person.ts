import type { PersonResolvers } from '../schema/generated/resolvers.js';
import { RELATION_FIELDS } from '../relationFields.js';
import { entityFields, relationResolvers } from './common.js';

export const Person: PersonResolvers = {
  ...entityFields,
  ...relationResolvers(RELATION_FIELDS.Person),
};
