import type { ChildProcess } from 'node:child_process';
import { createClient, type Client } from 'graphql-ws';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { freePort } from '../../src/db/freePort.js';
import { spawnEntry } from '../helpers/spawnEntry.js';

/** A graphql-ws client over `ws`, with no retries: tests want to see every close. */
export function wsClient(
  httpUrl: string,
  opts: { params?: Record<string, unknown>; onClose?: (code: number, reason: string) => void } = {},
): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: opts.params,
    retryAttempts: 0,
    lazy: false,
    on: {
      closed: (e) => opts.onClose?.((e as { code: number }).code, String((e as { reason?: string }).reason ?? '')),
    },
  });
}

export interface Stream<T> {
  results: { data?: T | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }[];
  /** Set when the server answered with an `error` message (or the socket failed). */
  error: unknown;
  completed: boolean;
  /** Waits until `pred` holds over the results, or fails after `ms`. */
  until(pred: (s: Stream<T>) => boolean, ms?: number): Promise<void>;
  stop(): void;
}

/** Subscribes and records every result. */
export function subscribe<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Stream<T> {
  const s: Stream<T> = {
    results: [],
    error: undefined,
    completed: false,
    until: async (pred, ms = 15_000) => {
      const deadline = Date.now() + ms;
      while (!pred(s)) {
        if (Date.now() > deadline) {
          throw new Error(
            `timed out; results so far: ${JSON.stringify(s.results).slice(0, 1500)}; error: ${JSON.stringify(s.error)}`,
          );
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    stop: () => undefined,
  };
  s.stop = client.subscribe<T>(
    { query, variables },
    {
      next: (r) => s.results.push(r as Stream<T>['results'][number]),
      error: (e) => (s.error = e),
      complete: () => (s.completed = true),
    },
  );
  return s;
}

/** Posts an operation over HTTP. */
export async function post<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<{ data?: T; errors?: unknown[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: unknown[] };
}

/** A second replica: `npm start`'s entry point in its own process, over the test Neo4j. */
export async function spawnReplica(env: Record<string, string> = {}): Promise<Replica> {
  const neo = inject('neo4j');
  const port = await freePort();
  // A replica lives as long as its test file; the kill timer only guards against one left behind.
  const server = spawnEntry(
    'src/main.ts',
    {
      PORT: String(port),
      NEO4J_URI: neo.uri,
      NEO4J_USERNAME: neo.username,
      NEO4J_PASSWORD: neo.password,
      SEED_ON_START: 'false',
      LOG_LEVEL: 'info',
      // As in testConfig: tests that want the response cache turn it on.
      RESPONSE_CACHE: 'false',
      ...env,
    },
    { killAfterMs: 900_000 },
  );
  try {
    await server.waitFor('serving GraphQL', 90_000);
  } catch (e) {
    server.child.kill('SIGKILL');
    throw new Error(`replica did not start: ${(e as Error).message}`);
  }
  return { url: `http://127.0.0.1:${port}/graphql`, child: server.child, exited: server.exited };
}

export interface Replica {
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}
