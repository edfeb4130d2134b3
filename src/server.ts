import http from 'node:http';
import type { Duplex } from 'node:stream';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { InMemoryLRUCache, PrefixingKeyValueCache } from '@apollo/utils.keyvaluecache';
import { cacheLane } from './cache/cacheLane.js';
import { ResponseCache } from './cache/responseCache.js';
import { responseCachePlugin } from './cache/responseCachePlugin.js';
import { localWritesPlugin } from './cache/localWrites.js';
import type { Config } from './config.js';
import { bearerToken, createContext, type Context } from './context.js';
import type { Database } from './db/database.js';
import { startFeedPruner } from './feed/changeFeed.js';
import { subgraphSchema } from './federation/subgraphSchema.js';
import { executorGateway } from './execution/executorGateway.js';
import { createFormatError } from './formatError.js';
import { bodyErrorAnswer, INTERNAL_ERROR_BODY } from './http/bodyErrorAnswer.js';
import { graphqlPostListener } from './http/graphqlPost.js';
import { queryLimits } from './limits.js';
import { startLiveServer, type LiveServer } from './live/liveServer.js';
import type { Logger } from './logger.js';
import { mountUi } from './ui.js';
import { shutdownGate } from './shutdownGate.js';
import { resolvers } from './resolvers/index.js';
import { typeDefs } from './schema/typeDefs.js';

export interface AppServer {
  apollo: ApolloServer<Context>;
  httpServer: http.Server;
  /** Live updates: the feed follower and the WebSocket endpoint. */
  live: LiveServer;
  /** Cached query answers (src/cache); undefined when RESPONSE_CACHE=false. */
  responseCache: ResponseCache | undefined;
  /** Listens on the configured host and port (0 picks a free one); returns the URL. */
  listen(port?: number): Promise<string>;
  /**
   * Stops accepting requests and waits for those in flight. `graceful` (SIGTERM) first
   * refuses new requests with 503 and lets clients drop idle connections, so that no
   * request sent just before the signal is cut (see shutdownGate.ts).
   */
  stop(options?: { graceful?: boolean }): Promise<void>;
}

/**
 * Builds the HTTP server: GraphQL at /graphql (POST, and GET for queries), the
 * playground for browsers at the same address, and /health and /ready probes.
 * Holds no state beyond the driver, so any number of replicas can run side by side.
 */
export async function createServer(config: Config, db: Database, log: Logger): Promise<AppServer> {
  const app = express();
  app.disable('x-powered-by');
  // The request listener is attached once Apollo has started (below).
  const httpServer = http.createServer();
  httpServer.on('clientError', answerClientError);
  const gate = shutdownGate(httpServer);
  app.use(gate.middleware);
  const production = config.env === 'production';
  const limits = queryLimits(config.limits, production);
  // One schema object for HTTP and WebSocket alike; as a Federation 2 subgraph when asked.
  const schema = config.federation
    ? subgraphSchema(typeDefs, resolvers)
    : makeExecutableSchema({ typeDefs, resolvers });
  const formatError = createFormatError(log, config.exposeStacktraces);
  const responseCache = config.responseCache.enabled
    ? new ResponseCache(config.responseCache.maxBytes, log)
    : undefined;

  // Apollo's default store for APQ hashes (30 MiB), held here so that the cache lane
  // sees the hashes Apollo holds; Apollo's key prefix only separates it from other users of a shared cache.
  const persistedQueries = new InMemoryLRUCache<string>();

  // Subscriptions at ws://host:port/graphql, fed by this replica's change-feed follower.
  const live: LiveServer = await startLiveServer({ httpServer, schema, config, db, log, limits, formatError });
  const apollo = new ApolloServer<Context>({
    // Apollo parses, validates and formats; the gateway only executes (src/execution).
    gateway: executorGateway(schema, config.executor),
    introspection: config.limits.introspection,
    // main.ts owns SIGINT/SIGTERM (drain, close the driver, stop the local Neo4j, exit 0);
    // Apollo's own handlers would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.exposeStacktraces,
    hideSchemaDetailsFromClientErrors: production,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError,
    persistedQueries: {
      cache: PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation(persistedQueries),
    },
    plugins: [
      ...(limits.plugins as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads from a CDN; the playground is served locally instead.
      ApolloServerPluginLandingPageDisabled(),
      // The schema has no @cacheControl hints, so Apollo's default cache-control plugin
      // only ever answered `no-store`; its per-field hook wrapped every resolver and cost
      // more than any of our own code (bench/results/http-cpu.json). The header is set
      // below instead.
      ApolloServerPluginCacheControlDisabled(),
      ...(responseCache ? [responseCachePlugin(responseCache, log)] : []),
      localWritesPlugin(responseCache, live.follower),
    ],
  });
  await apollo.start();
  // Every replica prunes the change feed; the deletes are idempotent, so none needs to lead.
  const stopPruner = startFeedPruner(
    db,
    {
      retentionMs: config.feed.retentionMs,
      maxEntries: config.feed.maxEntries,
      intervalMs: config.feed.pruneIntervalMs,
    },
    log,
  );
  // The cache is evicted by the same follower: one feed poll per replica.
  responseCache?.follow(live.follower);

  // Someone opening the bare address in a browser wants the playground.
  app.get('/', (_req, res) => res.redirect(302, '/graphql'));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ready = await db.isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', database: ready });
  });

  if (config.limits.rateLimitPerMinute > 0) {
    app.use(
      '/graphql',
      rateLimit({
        windowMs: 60_000,
        limit: config.limits.rateLimitPerMinute,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        handler: (_req, res) => {
          res.status(429).json({
            errors: [
              {
                message: 'Too many requests; slow down.',
                extensions: {
                  code: 'RATE_LIMITED',
                  limit: 'RATE_LIMIT_PER_MINUTE',
                  max: config.limits.rateLimitPerMinute,
                },
              },
            ],
          });
        },
      }),
    );
  }

  mountUi(app);
  const context = async (req: http.IncomingMessage): Promise<Context> =>
    createContext(db, config, log, bearerToken(req.headers.authorization));
  app.use(
    '/graphql',
    noStore,
    express.json({ limit: config.limits.maxBodyBytes }),
    // Cache hits answered from stored bytes, before Apollo (src/cache/cacheLane.ts).
    ...(responseCache ? [cacheLane(responseCache, persistedQueries, log)] : []),
    expressMiddleware(apollo, {
      context: ({ req }) => context(req),
    }),
  );

  // Body-parser failures (malformed JSON, oversized bodies) get the same error shape as GraphQL errors.
  const bodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
    const answer = bodyErrorAnswer(err, config.limits.maxBodyBytes);
    if (answer) {
      res.status(answer.status).json(answer.body);
      return;
    }
    log.error({ err }, 'unhandled HTTP error');
    if (res.headersSent) return next(err);
    res.status(500).json(INTERNAL_ERROR_BODY);
  };
  app.use(bodyErrors);

  // POST /graphql skips Express (src/http/graphqlPost.ts), unless the rate limiter,
  // an Express middleware, must count it.
  httpServer.on(
    'request',
    config.limits.rateLimitPerMinute > 0
      ? app
      : graphqlPostListener(
          {
            gate,
            apollo,
            context,
            maxBodyBytes: config.limits.maxBodyBytes,
            lane: responseCache ? { cache: responseCache, persistedQueries } : undefined,
            log,
          },
          app,
        ),
  );

  return {
    apollo,
    httpServer,
    live,
    responseCache,
    listen: (port = config.port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, config.host, () => {
          const addr = httpServer.address();
          const actual = typeof addr === 'object' && addr ? addr.port : port;
          resolve(`http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${actual}/graphql`);
        });
      }),
    stop: async ({ graceful = false } = {}) => {
      stopPruner();
      responseCache?.stop();
      // Sockets first (1001, going away): the HTTP drain would otherwise wait on them.
      await live.stop();
      if (graceful) await gate.drain();
      await apollo.stop();
    },
  };
}

/**
 * GraphQL answers are not for shared caches, as Apollo's cache-control plugin said
 * before it was disabled; a plugin may still replace it (the response cache answers
 * GETs with `no-cache` and an ETag).
 */
const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/**
 * Requests Node's HTTP parser refuses (headers over its size limit, broken request
 * lines) never reach Express; they get the same JSON error shape instead of a bare
 * status line.
 */
function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify({
    errors: [
      {
        message: tooLarge ? 'Request headers or URL too large; send the query in a POST body.' : 'Bad request.',
        extensions: { code: 'BAD_REQUEST' },
      },
    ],
  });
  socket.end(
    `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
      `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Connection: close\r\n\r\n${body}`,
  );
}
