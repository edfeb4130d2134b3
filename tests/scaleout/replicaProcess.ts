import { freePort } from '../../src/db/freePort.js';
import { spawnEntry } from '../helpers/spawnEntry.js';

/** One `npm start` process of the scale-out tests, on 127.0.0.1. */
export interface Replica {
  url: string;
  /** Everything it has logged so far. */
  output(): string;
  /** Posts one GraphQL operation; returns the parsed body. */
  post<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] }>;
  /** SIGTERM, and waits for the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the server's entry point (`npm start`) as a process of its own, with its
 * own driver and connection pool, and waits until it serves.
 */
export async function startReplica(env: Record<string, string>, timeoutMs = 90_000): Promise<Replica> {
  const port = await freePort();
  // A replica lives as long as its test; the kill timer only guards against one left behind.
  const server = spawnEntry(
    'src/main.ts',
    { LOG_LEVEL: 'info', PORT: String(port), RESPONSE_CACHE: 'false', ...env },
    { killAfterMs: 900_000 },
  );
  try {
    await server.waitFor('serving GraphQL', timeoutMs);
  } catch (e) {
    server.child.kill('SIGKILL');
    throw new Error(`replica did not start: ${(e as Error).message}`);
  }
  const { child, exited, output } = server;
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    output,
    async post(query, variables, token) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as never;
    },
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
  };
}
