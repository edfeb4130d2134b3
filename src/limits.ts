import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Config } from './config.js';

/**
 * Query limits applied during validation, before anything runs. graphql-armor does
 * the counting; this module only sets the numbers from configuration and tags each
 * rejection with the limit it hit (`extensions.limit`, `extensions.max`), which
 * formatError turns into a LIMIT_EXCEEDED code.
 */
export function queryLimits(limits: Config['limits'], production: boolean) {
  const tag = (limit: string, max: number) => [
    (_ctx: unknown, error: GraphQLError) => {
      Object.assign(error.extensions as Record<string, unknown>, { limit, max });
    },
  ];
  return new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      onReject: tag('MAX_DEPTH', limits.maxDepth),
    },
    costLimit: {
      maxCost: limits.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
      onReject: tag('MAX_COST', limits.maxCost),
    },
    maxAliases: { n: limits.maxAliases, onReject: tag('MAX_ALIASES', limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, onReject: tag('MAX_DIRECTIVES', limits.maxDirectives) },
    maxTokens: { n: limits.maxTokens, onReject: tag('MAX_TOKENS', limits.maxTokens) },
    // Field suggestions ("Did you mean …?") help in development and leak schema otherwise.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
