import type { IncomingHttpHeaders } from 'node:http';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Logger } from '../logger.js';
import { cacheKey } from './cacheKey.js';
import { laneRequest } from './laneRequest.js';
import type { CachedBody, ResponseCache } from './responseCache.js';

/**
 * The content types Apollo picks from for a single result, in its order
 * (chooseContentTypeForSingleResultResponse); the third, for subscription
 * callbacks, is left to Apollo.
 */
const APPLICATION_JSON = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
const RESULT_TYPES = [APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, 'application/json; callbackSpec=1.0; charset=utf-8'];

/** A request as the lane reads it, whichever HTTP path (Express or the lean POST path) received it. */
export interface LaneInput {
  method: string;
  headers: IncomingHttpHeaders;
  /** The URL's query string (GET); '' for a POST. */
  search: string;
  /** The parsed JSON body (POST). */
  body: unknown;
  /** Content negotiation against the Accept header, as `accepts(req).type(types)`. */
  accepts(types: string[]): string | false;
}

/** A hit: the stored answer and the content type to send it with. */
export interface LaneHit {
  cached: CachedBody;
  type: string;
}

/**
 * Decides whether the response cache answers a request before Apollo sees it
 * (see cacheLane.ts for why that is safe), and on a hit does what Apollo would
 * also have done: registers a query sent with its APQ hash and counts the hit.
 * The caller sends the bytes with the headers of responseCachePlugin.ts; only
 * the sending differs between the two HTTP paths.
 */
export async function laneHit(
  cache: ResponseCache,
  persistedQueries: KeyValueCache<string>,
  log: Logger,
  input: LaneInput,
): Promise<LaneHit | undefined> {
  if (input.method !== 'GET' && input.method !== 'POST') return undefined;
  const request = laneRequest(input.method, input.headers, input.search, input.body);
  if (!request) return undefined;
  const type = input.accepts(RESULT_TYPES);
  if (type !== APPLICATION_JSON && type !== GRAPHQL_RESPONSE_JSON) return undefined;
  // A hash Apollo does not hold is answered PERSISTED_QUERY_NOT_FOUND, whatever the cache holds.
  if (request.query === undefined && (await persistedQueries.get(request.queryHash)) === undefined) return undefined;
  const cached = cache.body(cacheKey(request.queryHash, request.operationName, request.variables));
  if (!cached) return undefined;

  if (request.registers && request.query !== undefined) {
    persistedQueries.set(request.queryHash, request.query).catch((err: unknown) => {
      log.warn({ err }, 'response cache: could not register a persisted query');
    });
  }
  cache.hits++;
  cache.laneHits++;
  log.debug({ operation: request.operationName ?? request.queryHash.slice(0, 12), lane: true }, 'response cache hit');
  return { cached, type };
}
