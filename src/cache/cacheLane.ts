import { parse } from 'node:url';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { laneHit } from './laneHit.js';
import type { ResponseCache } from './responseCache.js';
import { CACHE_HEADER } from './responseCachePlugin.js';

/**
 * Answers a repeated query from the response cache's stored bytes before Apollo
 * sees it: a hit skips Apollo's request parsing, its plugins' hooks and the JSON
 * serialization of the answer, which cost more than the lookup itself. Mounted
 * after the rate limiter, the shutdown gate, the body-size limit and JSON parsing;
 * the lean POST /graphql path (src/http/graphqlPost.ts) uses the same decision (laneHit.ts).
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
    // Apollo reads a GET's parameters from the URL the same way (@as-integrations/express5).
    const search = req.method === 'GET' ? (parse(req.url).search ?? '') : '';
    const hit = await laneHit(cache, persistedQueries, log, {
      method: req.method,
      headers: req.headers,
      search,
      body: req.body,
      accepts: (types) => req.accepts(types),
    });
    if (!hit) return next();
    res.setHeader(CACHE_HEADER, 'hit');
    if (req.method === 'GET') res.setHeader('cache-control', 'no-cache');
    res.setHeader('content-type', hit.type);
    const etagOf = req.app.get('etag fn') as ((body: Buffer, encoding?: string) => string | undefined) | undefined;
    if (etagOf) {
      hit.cached.etag ??= etagOf(hit.cached.body);
      if (hit.cached.etag) res.setHeader('etag', hit.cached.etag);
    }
    res.send(hit.cached.body);
  };
}
