import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';
import { ISO_DATE } from '../write/nodeFields.js';

const localDate = LocalDateResolver.toConfig();

/**
 * `Date` is graphql-scalars' strict local date (YYYY-MM-DD), under the name clients
 * expect. Inputs get its full calendar check. Outputs come from the graph, where the
 * one writer admits only calendar dates (src/write/nodeFields.ts), so a well-formed
 * string is sent as it is; anything else still gets the strict check and its error.
 * A timeline page serializes a hundred dates, and the calendar check built a Date
 * and an ISO string for each.
 */
export const Date = new GraphQLScalarType({
  ...localDate,
  name: 'Date',
  serialize: (value) => (typeof value === 'string' && ISO_DATE.test(value) ? value : localDate.serialize(value)),
});
export const JSONObject = JSONObjectResolver;
/** `DateTime` is graphql-scalars' RFC 3339 date-time; the change feed's commit times. */
export const DateTime = DateTimeResolver;
