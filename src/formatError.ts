import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { CodedError, ErrorCode } from './errors.js';
import type { Logger } from './logger.js';

// Codes Apollo Server itself assigns to request-level problems; they are safe to show.
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * A few request problems reach us as bare GraphQLErrors, with no code, no path and
 * no cause: graphql-js's "Too many errors processing variables" and Apollo's
 * "provided sha does not match query". They are the client's, and their messages
 * are safe to show. (Checked by name: Apollo may load another copy of graphql-js.)
 */
function isUncodedRequestError(error: unknown, formatted: GraphQLFormattedError): boolean {
  const e = error as { name?: unknown; originalError?: unknown; extensions?: { code?: unknown } } | null;
  return (
    e?.name === 'GraphQLError' &&
    e.originalError == null &&
    e.extensions?.code === undefined &&
    formatted.path === undefined
  );
}

/**
 * The last word on what a client sees of an error. Our coded errors and Apollo's
 * request errors pass through; rejections by a query limit get LIMIT_EXCEEDED;
 * anything else becomes a generic INTERNAL_SERVER_ERROR and is logged, so no
 * Cypher, driver message or stack leaves the server.
 */
export function createFormatError(log: Logger, showStacks: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const ext = (formatted.extensions ?? {}) as Record<string, unknown>;
    if (original instanceof CodedError) return formatted;
    if (typeof ext.limit === 'string') {
      return { ...formatted, extensions: { ...ext, code: ErrorCode.LIMIT_EXCEEDED } };
    }
    if (typeof ext.code === 'string' && APOLLO_CODES.has(ext.code)) return formatted;
    if (isUncodedRequestError(error, formatted)) {
      return { ...formatted, extensions: { ...ext, code: 'BAD_REQUEST' } };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in resolver');
    return {
      message: 'Internal server error.',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        ...(showStacks && ext.stacktrace ? { stacktrace: ext.stacktrace } : {}),
      },
    };
  };
}
