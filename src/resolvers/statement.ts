import type { StatementResolvers } from '../schema/generated/resolvers.js';
import { RELATION_FIELDS } from '../relationFields.js';
import { mentionsField, provenanceFields, relationResolvers } from './common.js';

export const Statement: StatementResolvers = {
  ...mentionsField,
  ...provenanceFields,
  ...relationResolvers(RELATION_FIELDS.Statement),
  isDirectQuote: (s) => s.isDirectQuote === true,
};
