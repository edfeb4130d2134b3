import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Config } from '../../src/config.js';
import { createContext, type Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type AppServer } from '../../src/server.js';
import { cleanup, testConfig, testDb } from './testDb.js';

type Variables = Record<string, unknown>;
type RunOptions = { token?: string };

export interface TestServer {
  server: AppServer;
  /** Runs an operation in-process; returns the single result and the round trips it made. */
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Variables,
    opts?: RunOptions,
  ): Promise<{ data: T | null | undefined; errors: readonly Record<string, unknown>[] | undefined; queries: number }>;
}

/** Builds the real server over the test database (not listening) for executeOperation tests. */
export async function testServer(config: Config, db: Database): Promise<TestServer> {
  const log = createLogger(config.logLevel);
  const server = await createServer(config, db, log);
  const apollo: ApolloServer<Context> = server.apollo;
  return {
    server,
    async run(query, variables, opts) {
      const contextValue = createContext(db, config, log, opts?.token);
      const res = await apollo.executeOperation({ query, variables }, { contextValue });
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = res.body.singleResult;
      return {
        data: data as never,
        errors: errors as readonly Record<string, unknown>[] | undefined,
        queries: contextValue.stats.statements,
      };
    },
  };
}

export interface TestServerOptions {
  /** Environment overrides for testConfig, e.g. `{ AUTH_TOKEN: TOKEN }`. */
  env?: Record<string, string>;
  /** After the tests, delete every node whose id starts with this prefix (one from testPrefix). */
  cleanupPrefix?: string;
  /** Also listen for HTTP on a free port; the address is then `url`. */
  listen?: boolean;
}

/** The server of useTestServer; every member is available in tests and in hooks registered after the call. */
export interface TestServerHandle extends TestServer {
  readonly config: Config;
  readonly db: Database;
  /** The /graphql address, with `listen: true`. */
  readonly url: string;
  /** Runs an operation, expects it to answer without errors, and returns its data. */
  data<T = Record<string, unknown>>(query: string, variables?: Variables, opts?: RunOptions): Promise<T>;
}

/**
 * The test server of one file or describe block: beforeAll builds the
 * configuration (testConfig with `env`), a Database and the server over it;
 * afterAll deletes the nodes under `cleanupPrefix`, stops the server and closes
 * the Database. Hooks the caller registers afterwards run after this setup and
 * before this teardown, so they can write fixtures through `db`.
 */
export function useTestServer(options: TestServerOptions = {}): TestServerHandle {
  let state: { config: Config; db: Database; t?: TestServer; url?: string } | undefined;

  const live = (member: string) => {
    if (!state?.t) {
      throw new Error(`useTestServer: ${member} is only available in tests and hooks, while the server is up`);
    }
    return { ...state, t: state.t };
  };

  beforeAll(async () => {
    const config = testConfig(options.env);
    state = { config, db: testDb(config) };
    state.t = await testServer(config, state.db);
    if (options.listen) state.url = await state.t.server.listen(0);
  });

  afterAll(async () => {
    if (!state) return;
    const { db, t } = state;
    state = undefined;
    try {
      if (options.cleanupPrefix !== undefined) await cleanup(db, options.cleanupPrefix);
      await t?.server.stop();
    } finally {
      await db.close();
    }
  });

  return {
    get config() {
      return live('config').config;
    },
    get db() {
      return live('db').db;
    },
    get server() {
      return live('server').t.server;
    },
    get url() {
      const { url } = live('url');
      if (url === undefined) throw new Error('useTestServer: url needs { listen: true }');
      return url;
    },
    run<T = Record<string, unknown>>(query: string, variables?: Variables, opts?: RunOptions) {
      return live('run').t.run<T>(query, variables, opts);
    },
    async data<T = Record<string, unknown>>(query: string, variables?: Variables, opts?: RunOptions) {
      const res = await live('data').t.run<T>(query, variables, opts);
      expect(res.errors).toBeUndefined();
      return res.data as T;
    },
  };
}
