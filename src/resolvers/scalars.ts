import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';

/** `Date` is graphql-scalars' strict local date (YYYY-MM-DD), under the name clients expect. */
export const Date = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' });
export const JSONObject = JSONObjectResolver;
/** `DateTime` is graphql-scalars' RFC 3339 date-time; the change feed's commit times. */
export const DateTime = DateTimeResolver;
