import type { FigureResolvers } from '../schema/generated/resolvers.js';
import { mentionsField, other, others } from './common.js';

export const Figure: FigureResolvers = {
  ...mentionsField,
  group: (f) => (f.group as 'PEOPLE' | undefined) ?? 'PEOPLE',
  isAggregate: (f) => f.isAggregate === true,
  event: (f, _a, ctx) => other(ctx, f.id, 'FIGURE_OF', 'OUT'),
  reportedBy: (f, _a, ctx) => others(ctx, f.id, 'REPORTED_BY', 'OUT'),
  places: (f, _a, ctx) => others(ctx, f.id, 'FOR_PLACE', 'OUT'),
  partOf: (f, _a, ctx) => other(ctx, f.id, 'PART_OF', 'OUT', ['Figure']),
  breakdown: (f, _a, ctx) => others(ctx, f.id, 'PART_OF', 'IN', ['Figure']),
  statements: (f, _a, ctx) => others(ctx, f.id, 'ABOUT', 'IN'),
};
