import type http from 'node:http';
import accepts from 'accepts';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import bodyParser from 'body-parser';
import { laneHit } from '../cache/laneHit.js';
import type { ResponseCache } from '../cache/responseCache.js';
import { CACHE_HEADER } from '../cache/responseCachePlugin.js';
import type { Logger } from '../logger.js';
import type { ShutdownGate } from '../shutdownGate.js';
import { bodyErrorAnswer, INTERNAL_ERROR_BODY } from './bodyErrorAnswer.js';
import { sendJson } from './sendJson.js';

export interface GraphqlPostOptions<TContext extends BaseContext> {
  gate: ShutdownGate;
  apollo: ApolloServer<TContext>;
  context(req: http.IncomingMessage): Promise<TContext>;
  maxBodyBytes: number;
  /** The response cache and Apollo's APQ store, when the cache is on. */
  lane?: { cache: ResponseCache; persistedQueries: KeyValueCache<string> };
  log: Logger;
}

/**
 * The node server's request listener: `POST /graphql` (the exact path, any query
 * string), which is every request of Apollo Client and of the benchmark, goes
 * straight to the steps it needs; everything else goes to `fallback` (the Express
 * app) unchanged. Express's router walked every mounted layer for each request and
 * cost more CPU than the response cache's lane (bench/results/lean-http.json).
 *
 * The steps are the Express chain's, in its order and with its libraries: the
 * shutdown gate, `Cache-Control: no-store`, body-parser's JSON parser with the same
 * limit and content types (its failures answered as on the Express path), the cache
 * lane's decision (laneHit.ts), then Apollo as @as-integrations/express5 calls it.
 * A POST the rate limiter must see does not come here: the caller passes this
 * listener only when the limiter is off.
 */
export function graphqlPostListener<TContext extends BaseContext>(
  options: GraphqlPostOptions<TContext>,
  fallback: http.RequestListener,
): http.RequestListener {
  const { gate, maxBodyBytes, log } = options;
  const parseJson = bodyParser.json({ limit: maxBodyBytes });

  const fail = (res: http.ServerResponse, err: unknown) => {
    const answer = bodyErrorAnswer(err, maxBodyBytes);
    if (answer) return sendJson(res, answer.status, answer.body);
    log.error({ err }, 'unhandled HTTP error');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendJson(res, 500, INTERNAL_ERROR_BODY);
  };

  return (req, res) => {
    const url = req.url ?? '';
    if (req.method !== 'POST' || !(url === '/graphql' || url.startsWith('/graphql?'))) {
      fallback(req, res);
      return;
    }
    if (!gate.admit(req, res)) return;
    res.setHeader('Cache-Control', 'no-store');
    parseJson(req, res, (err?: unknown) => {
      if (err) return fail(res, err);
      answer(options, req, res, url).catch((e: unknown) => fail(res, e));
    });
  };
}

async function answer<TContext extends BaseContext>(
  { apollo, context, lane, log }: GraphqlPostOptions<TContext>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: string,
): Promise<void> {
  const body = (req as { body?: unknown }).body;
  if (lane) {
    const hit = await laneHit(lane.cache, lane.persistedQueries, log, {
      method: 'POST',
      headers: req.headers,
      search: '',
      body,
      accepts: (types) => accepts(req).type(types) as string | false,
    });
    if (hit) {
      // No ETag: a POST answer is never revalidated (Express's ETag on it went unused).
      res.setHeader(CACHE_HEADER, 'hit');
      res.setHeader('Content-Type', hit.type);
      res.setHeader('Content-Length', hit.cached.body.length);
      res.end(hit.cached.body);
      return;
    }
  }

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const q = url.indexOf('?');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: q < 0 ? '' : url.slice(q), body },
    context: () => context(req),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    // As Express's res.send does for a string.
    if (!res.hasHeader('Content-Type')) res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
