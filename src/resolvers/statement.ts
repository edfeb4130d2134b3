import type { StatementResolvers } from '../schema/generated/resolvers.js';
import { mentionsField, other, others } from './common.js';

export const Statement: StatementResolvers = {
  ...mentionsField,
  isDirectQuote: (s) => s.isDirectQuote === true,
  speaker: (s, _a, ctx) => other(ctx, s.id, 'SAID_BY', 'OUT'),
  about: (s, _a, ctx) => others(ctx, s.id, 'ABOUT', 'OUT'),
};
