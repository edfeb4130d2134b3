import type http from 'node:http';
import type { Duplex } from 'node:stream';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from '../config.js';
import { bearerToken, createContext, type Context } from '../context.js';
import type { Database } from '../db/database.js';
import { ErrorCode } from '../errors.js';
import type { QueryLimits } from '../limits.js';
import type { Logger } from '../logger.js';
import { FeedFollower } from './feedFollower.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface LiveServer {
  follower: FeedFollower;
  /** Closes every socket with 1001 (going away) and stops following the feed. */
  stop(): Promise<void>;
}

const PATH = '/graphql';

/**
 * GraphQL subscriptions over WebSocket (graphql-transport-ws) on the HTTP server's
 * own port and path. Documents pass the same parse options and validation rules
 * as HTTP; only subscriptions are served here (queries and mutations go over HTTP,
 * where rate limits and body limits apply). Every replica runs one feed follower
 * that all its subscriptions share.
 */
export async function startLiveServer(opts: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  config: Config;
  db: Database;
  log: Logger;
  limits: QueryLimits;
  formatError: FormatError;
}): Promise<LiveServer> {
  const { httpServer, schema, config, db, log, limits, formatError } = opts;
  const live = config.live;
  const follower = new FeedFollower(db, live.pollIntervalMs, log);
  follower.start();

  const wss = new WebSocketServer({ noServer: true, maxPayload: config.limits.maxBodyBytes });
  const perAddress = new Map<string, number>();

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== PATH) {
      refuseUpgrade(socket, 404, 'Not Found', 'NOT_FOUND', `WebSocket connections are served at ${PATH}.`);
      return;
    }
    const address = req.socket.remoteAddress ?? 'unknown';
    const open = perAddress.get(address) ?? 0;
    if (open >= live.maxConnectionsPerAddress) {
      refuseUpgrade(
        socket,
        429,
        'Too Many Requests',
        ErrorCode.LIMIT_EXCEEDED,
        `At most ${live.maxConnectionsPerAddress} WebSocket connections per client address.`,
        { limit: 'LIVE_MAX_CONNECTIONS_PER_ADDRESS', max: live.maxConnectionsPerAddress },
      );
      return;
    }
    perAddress.set(address, open + 1);
    socket.once('close', () => {
      const n = (perAddress.get(address) ?? 1) - 1;
      if (n > 0) perAddress.set(address, n);
      else perAddress.delete(address);
    });
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  httpServer.on('upgrade', onUpgrade);

  const contextFor = (socket: WebSocket, params: Record<string, unknown> | undefined): Context => {
    const raw = params?.authorization ?? params?.Authorization;
    const token = typeof raw === 'string' ? bearerToken(raw) : undefined;
    const ctx = createContext(db, config, log, token);
    ctx.live = {
      follower,
      socket,
      maxQueuedEvents: live.maxQueuedEvents,
      maxBufferedBytes: live.maxBufferedBytes,
      renew: () => {
        const fresh = createContext(db, config, log, token);
        Object.assign(ctx, { db: fresh.db, stats: fresh.stats, loaders: fresh.loaders });
      },
    };
    return ctx;
  };

  const server = useServer<Record<string, unknown> | undefined, { socket: WebSocket; request: http.IncomingMessage }>(
    {
      schema,
      connectionInitWaitTimeout: live.connectionInitTimeoutMs,
      onSubscribe: (ctx, _id, payload) => {
        if (Object.keys(ctx.subscriptions).length > live.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(`At most ${live.maxSubscriptionsPerConnection} subscriptions per connection.`, {
              extensions: { limit: 'LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION', max: live.maxSubscriptionsPerConnection },
            }),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, limits.parseOptions);
        } catch (err) {
          const e = err as GraphQLError;
          const tokens = /tokens/.test(e.message) ? { limit: 'MAX_TOKENS', max: limits.parseOptions.maxTokens } : {};
          return [new GraphQLError(e.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED', ...tokens } })];
        }
        const errors = validate(schema, document, [...specifiedRules, ...limits.validationRules]);
        if (errors.length) {
          return errors.map(
            (e) =>
              new GraphQLError(e.message, {
                nodes: e.nodes,
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...e.extensions },
              }),
          );
        }
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
          return [
            new GraphQLError('Only subscriptions are served over WebSocket; send queries and mutations over HTTP.', {
              extensions: { code: ErrorCode.BAD_REQUEST },
            }),
          ];
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: contextFor(ctx.extra.socket, ctx.connectionParams),
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
    },
    wss,
  );

  return {
    follower,
    stop: async () => {
      httpServer.off('upgrade', onUpgrade);
      follower.stop();
      // graphql-ws closes every socket with 1001 (going away).
      await server.dispose();
    },
  };
}

/** Answers a refused upgrade with a plain HTTP error in the API's JSON error shape. */
function refuseUpgrade(
  socket: Duplex,
  status: number,
  statusText: string,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] });
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
