import type { OrganizationResolvers } from '../schema/generated/resolvers.js';
import { RELATION_FIELDS } from '../relationFields.js';
import { entityFields, relationResolvers } from './common.js';

export const Organization: OrganizationResolvers = {
  ...entityFields,
  ...relationResolvers(RELATION_FIELDS.Organization),
};
