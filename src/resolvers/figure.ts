import type { FigureResolvers } from '../schema/generated/resolvers.js';
import { RELATION_FIELDS } from '../relationFields.js';
import { mentionsField, provenanceFields, relationResolvers } from './common.js';

export const Figure: FigureResolvers = {
  ...mentionsField,
  ...provenanceFields,
  ...relationResolvers(RELATION_FIELDS.Figure),
  group: (f) => (f.group as 'PEOPLE' | undefined) ?? 'PEOPLE',
  isAggregate: (f) => f.isAggregate === true,
};
