import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Lexer,
  Source,
  TokenKind,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Config } from './config.js';

/** What {@link queryLimits} hands to Apollo Server. */
export interface QueryLimits {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  plugins: ApolloServerPlugin[];
}

/**
 * Query limits applied before anything runs. graphql-armor counts depth, cost,
 * aliases and directives during validation; graphql-js's own parser stops at the
 * token limit. Every rejection carries the limit it hit (`extensions.limit`,
 * `extensions.max`), which formatError turns into a LIMIT_EXCEEDED code.
 */
export function queryLimits(limits: Config['limits'], production: boolean): QueryLimits {
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: true,
      // Inline fragments on interfaces (`... on Person`) add no data level, so they add no depth.
      flattenFragments: true,
      ...reportAs('MAX_DEPTH', limits.maxDepth),
    },
    costLimit: {
      maxCost: limits.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      flattenFragments: true,
      ignoreIntrospection: true,
      ...reportAs('MAX_COST', limits.maxCost),
    },
    maxAliases: { n: limits.maxAliases, ...reportAs('MAX_ALIASES', limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, ...reportAs('MAX_DIRECTIVES', limits.maxDirectives) },
    // armor's Apollo token plugin re-parses the query in parsingDidStart, outside
    // Apollo's error handling, so every syntax error became a 500; graphql-js's
    // parser has the same limit built in (parseOptions below).
    maxTokens: { enabled: false },
    // Field suggestions ("Did you mean …?") help in development and leak schema otherwise.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same at run time.
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin[]), tagTokenLimit(limits.maxTokens)],
  };
}

/**
 * armor's default reporter replaces the error with a bare BAD_USER_INPUT one, which
 * loses the limit's name; this reports a fresh error that keeps it. Apollo then
 * files it under GRAPHQL_VALIDATION_FAILED (HTTP 400) with the extensions intact.
 */
function reportAs(limit: string, max: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) => {
        // armor prefixes every message with "Syntax Error:", which these are not.
        const message = error.message.replace(/^Syntax Error:\s*/, '');
        ctx?.reportError(new GraphQLError(message, { extensions: { limit, max } }));
      },
    ],
  };
}

/**
 * Marks graphql-js's "more than N tokens" parse error with the limit's name. The
 * error is recognised by where it points (the first token past the limit), not by
 * its wording.
 */
function tagTokenLimit(maxTokens: number): ApolloServerPlugin {
  // One listener for every request: Apollo asks each plugin on every request, and
  // parsing (the only hook here) happens only for query strings not seen before.
  const listener = {
    async parsingDidStart({ source }: { source: string | undefined }) {
      return async (error?: Error) => {
        // Duck-typed: Apollo may load another copy of graphql-js than this module.
        const e = error as { positions?: readonly number[]; extensions?: Record<string, unknown> } | undefined;
        if (!e?.extensions || source === undefined) return;
        const at = tokenPastLimit(source, maxTokens);
        if (at !== undefined && e.positions?.[0] === at) {
          Object.assign(e.extensions, { limit: 'MAX_TOKENS', max: maxTokens });
        }
      };
    },
  };
  return { requestDidStart: async () => listener };
}

/** Offset of the first token beyond `max` (comments excluded, as the parser counts), if any. */
function tokenPastLimit(source: string, max: number): number | undefined {
  const lexer = new Lexer(new Source(source));
  try {
    for (let n = 1; ; n++) {
      const token = lexer.advance();
      if (token.kind === TokenKind.EOF) return undefined;
      if (n > max) return token.start;
    }
  } catch {
    // A lexical error before the limit is an ordinary syntax error.
    return undefined;
  }
}
