import type { Client } from 'graphql-ws';
import { afterAll, beforeAll } from 'vitest';
import { useTestServer, type TestServerHandle } from '../helpers/testServer.js';
import { spawnReplica, wsClient, type Replica } from './liveClient.js';

export interface TwoReplicas {
  /** This process's server, listening. */
  a: TestServerHandle;
  /** A child process running `npm start`'s entry point; available in tests and hooks. */
  readonly b: Replica;
  /** A WebSocket client to either replica, disposed after the file's tests. */
  client(url: string, onClose?: (code: number) => void): Client;
}

/**
 * Two replicas over the one test Neo4j, both with `env`: this process (A) and a
 * child process (B). Like useTestServer, hooks the caller registers afterwards run
 * after B has started and before it is stopped.
 */
export function twoReplicas(env: Record<string, string>, options: { cleanupPrefix?: string } = {}): TwoReplicas {
  const a = useTestServer({ listen: true, env, cleanupPrefix: options.cleanupPrefix });
  let b: Replica | undefined;
  const clients: Client[] = [];

  beforeAll(async () => {
    b = await spawnReplica(env);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    if (b?.child.exitCode === null) {
      b.child.kill('SIGTERM');
      await b.exited;
    }
  });

  return {
    a,
    get b() {
      if (!b) throw new Error('twoReplicas: B is only available in tests and hooks, once it has started');
      return b;
    },
    client(url, onClose) {
      const c = wsClient(url, { onClose });
      clients.push(c);
      return c;
    },
  };
}
