import type { ArticleResolvers } from '../schema/generated/resolvers.js';
import { mentionsField, others } from './common.js';

export const Article: ArticleResolvers = {
  ...mentionsField,
  authors: (a, _a, ctx) => others(ctx, a.id, 'AUTHORED', 'IN'),
};
