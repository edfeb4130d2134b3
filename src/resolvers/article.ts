import type { ArticleResolvers } from '../schema/generated/resolvers.js';
import { fullRecord, mentionsField, others } from './common.js';

export const Article: ArticleResolvers = {
  ...mentionsField,
  text: async (a, _args, ctx) => String((await fullRecord(a, ctx)).text ?? ''),
  authors: (a, _a, ctx) => others(ctx, a.id, 'AUTHORED', 'IN'),
};
