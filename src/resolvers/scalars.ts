import { GraphQLScalarType } from 'graphql';
import { JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';

/** `Date` is graphql-scalars' strict local date (YYYY-MM-DD), under the name clients expect. */
export const Date = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' });
export const JSONObject = JSONObjectResolver;
