import { parse } from 'node:url';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { cacheKey } from './cacheKey.js';
import { laneRequest } from './laneRequest.js';
import type { ResponseCache } from './responseCache.js';
import { CACHE_HEADER } from './responseCachePlugin.js';

/**
 * The content types Apollo picks from for a single result, in its order
 * (chooseContentTypeForSingleResultResponse); the third, for subscription
 * callbacks, is left to Apollo.
 */
const APPLICATION_JSON = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
const RESULT_TYPES = [APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, 'application/json; callbackSpec=1.0; charset=utf-8'];

/**
 * Answers a repeated query from the response cache's stored bytes before Apollo
 * sees it: a hit skips Apollo's request parsing, its plugins' hooks and the JSON
 * serialization of the answer, which cost more than the lookup itself. Mounted
 * after the rate limiter, the shutdown gate, the body-size limit and JSON parsing.
 *
 * An entry exists only for a query that passed parsing, validation and the query
 * limits and answered without errors, and those verdicts depend only on the text,
 * so the lane serves only a request that Apollo would read into the same key and
 * would not refuse before looking at the text: CSRF prevention, GET rules, batches,
 * the Accept header and an APQ hash Apollo does not hold (laneRequest.ts). Anything
 * else goes to Apollo unchanged. Reads do not depend on the bearer token (only
 * mutations look at it), so the key does not include it.
 *
 * What Apollo would also have done on a hit is done here: registering a query sent
 * with its APQ hash, counting the hit, and the headers the plugin sets
 * (responseCachePlugin.ts). Express's `res.send` adds the ETag (computed once per
 * entry) and answers 304 to a matching If-None-Match, as for Apollo's answers.
 */
export function cacheLane(cache: ResponseCache, persistedQueries: KeyValueCache<string>, log: Logger): RequestHandler {
  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'POST') return next();
    // Apollo reads a GET's parameters from the URL the same way (@as-integrations/express5).
    const search = req.method === 'GET' ? (parse(req.url).search ?? '') : '';
    const request = laneRequest(req.method, req.headers, search, req.body);
    if (!request) return next();
    const type = req.accepts(RESULT_TYPES);
    if (type !== APPLICATION_JSON && type !== GRAPHQL_RESPONSE_JSON) return next();
    // A hash Apollo does not hold is answered PERSISTED_QUERY_NOT_FOUND, whatever the cache holds.
    if (request.query === undefined && (await persistedQueries.get(request.queryHash)) === undefined) return next();
    const cached = cache.body(cacheKey(request.queryHash, request.operationName, request.variables));
    if (!cached) return next();

    if (request.registers && request.query !== undefined) {
      persistedQueries.set(request.queryHash, request.query).catch((err: unknown) => {
        log.warn({ err }, 'response cache: could not register a persisted query');
      });
    }
    cache.hits++;
    cache.laneHits++;
    log.debug({ operation: request.operationName ?? request.queryHash.slice(0, 12), lane: true }, 'response cache hit');
    res.setHeader(CACHE_HEADER, 'hit');
    if (req.method === 'GET') res.setHeader('cache-control', 'no-cache');
    res.setHeader('content-type', type);
    const etagOf = req.app.get('etag fn') as ((body: Buffer, encoding?: string) => string | undefined) | undefined;
    if (etagOf) {
      cached.etag ??= etagOf(cached.body);
      if (cached.etag) res.setHeader('etag', cached.etag);
    }
    res.send(cached.body);
  };
}
