import { buildSubgraphSchema } from '@apollo/subgraph';
import type { DocumentNode, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import type { Resolvers } from '../schema/generated/resolvers.js';
import { resolveEntities, type Representation } from './resolveEntities.js';
import { subgraphTypeDefs } from './subgraphTypeDefs.js';

/**
 * The executable schema of `FEDERATION=true`: the API's own types and resolvers,
 * plus `_service { sdl }` and `_entities` from @apollo/subgraph. `_entities` is
 * replaced by the batched {@link resolveEntities}: the library's default resolves
 * each reference on its own, which would cost a statement per reference.
 */
export function subgraphSchema(typeDefs: DocumentNode, resolvers: Resolvers): GraphQLSchema {
  const entities = (
    _source: unknown,
    args: { representations: readonly Representation[] },
    ctx: Context,
    info: GraphQLResolveInfo,
  ) => resolveEntities(args.representations, ctx, info);
  return buildSubgraphSchema({
    typeDefs: subgraphTypeDefs(typeDefs),
    resolvers: { ...resolvers, Query: { ...resolvers.Query, _entities: entities } } as never,
  });
}
