import type { ArticleResolvers } from '../schema/generated/resolvers.js';
import { RELATION_FIELDS } from '../relationFields.js';
import { fullRecord, mentionsField, relationResolvers } from './common.js';

export const Article: ArticleResolvers = {
  ...mentionsField,
  ...relationResolvers(RELATION_FIELDS.Article),
  text: async (a, _args, ctx) => String((await fullRecord(a, ctx)).text ?? ''),
};
