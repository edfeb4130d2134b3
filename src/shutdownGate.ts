import type http from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import type { RequestHandler } from 'express';
import { ErrorCode } from './errors.js';
import { sendJson } from './http/sendJson.js';

export interface ShutdownGate {
  /**
   * Refuses (503, answered here) a request that arrives once draining began and
   * returns false; otherwise tracks it and returns true. Called first by every path
   * a request can take (Express and the lean POST /graphql path).
   */
  admit(req: http.IncomingMessage, res: http.ServerResponse): boolean;
  /** `admit` for Express, mounted first. */
  middleware: RequestHandler;
  /**
   * Refuses new work and waits until clients have let go of their connections, at
   * most until the keep-alive timeout (plus a second) has passed.
   */
  drain(): Promise<void>;
}

/**
 * Graceful shutdown without cutting a request that is on its way. Closing idle
 * keep-alive connections at once, as `http.Server#close` and Apollo's drain plugin
 * do, races a client that is sending its next request on one of them: that request
 * dies with a reset although the server never saw it. So draining here
 * - answers requests already received normally, with `Connection: close`;
 * - answers requests arriving on open connections with 503 SERVICE_UNAVAILABLE and
 *   `Connection: close`;
 * - stops accepting connections (new ones are refused by the kernel);
 * - leaves idle connections to the client, which drops them before the keep-alive
 *   timeout the server announced, or to that timeout.
 * Apollo's drain plugin then closes whatever is left.
 */
export function shutdownGate(httpServer: http.Server): ShutdownGate {
  let draining = false;
  const inFlight = new Set<http.ServerResponse>();
  const sockets = new Set<Duplex>();
  httpServer.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  const admit = (_req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    if (draining) {
      res.setHeader('Connection', 'close');
      res.setHeader('Retry-After', '1');
      sendJson(res, 503, {
        errors: [
          {
            message: 'The server is shutting down; retry the request.',
            extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
          },
        ],
      });
      return false;
    }
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    return true;
  };
  const middleware: RequestHandler = (req, res, next) => {
    if (admit(req, res)) next();
  };

  const drain = async () => {
    draining = true;
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    // net.Server#close stops listening and leaves open connections alone; http.Server#close
    // would also end the idle ones at once, which is the race described above.
    net.Server.prototype.close.call(httpServer);
    const deadline = Date.now() + httpServer.keepAliveTimeout + 1_000;
    while (sockets.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  };

  return { admit, middleware, drain };
}
