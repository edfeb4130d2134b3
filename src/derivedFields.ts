/**
 * GraphQL fields computed from stored properties of other names. The fetch planner
 * projects only the properties a query names, so it reads this table to bring what
 * these fields are computed from (see src/resolvers/datedFields.ts).
 */
export const DERIVED_FIELD_PROPS: ReadonlyMap<string, readonly string[]> = new Map([
  ['dateLabel', ['date', 'endDate', 'datePrecision']],
  ['dateSource', ['dateSource', 'dateSourceRef']],
]);
