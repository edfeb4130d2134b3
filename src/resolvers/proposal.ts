import type { ProposalResolvers } from '../schema/generated/resolvers.js';
import { entityFields, listProp, other, others, rels } from './common.js';

export const Proposal: ProposalResolvers = {
  ...entityFields,
  demands: (p) => listProp(p.demands),
  proposedBy: (p, _a, ctx) => others(ctx, p.id, 'PROPOSED_BY', 'OUT'),
  concerns: (p, _a, ctx) => others(ctx, p.id, 'CONCERNS', 'OUT'),
  discussedAt: (p, _a, ctx) => others(ctx, p.id, 'DISCUSSED_AT', 'OUT'),
  namedAfter: (p, _a, ctx) => other(ctx, p.id, 'NAMED_AFTER', 'OUT'),
  positions: (p, _a, ctx) => rels(ctx, p.id, 'HAS_POSITION', 'IN'),
  statements: (p, _a, ctx) => others(ctx, p.id, 'ABOUT', 'IN'),
};
