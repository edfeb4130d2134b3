import type { ProposalResolvers } from '../schema/generated/resolvers.js';
import { RELATION_FIELDS } from '../relationFields.js';
import { entityFields, listProp, relationResolvers } from './common.js';

export const Proposal: ProposalResolvers = {
  ...entityFields,
  ...relationResolvers(RELATION_FIELDS.Proposal),
  demands: (p) => listProp(p.demands),
};
