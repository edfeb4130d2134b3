import type { ApolloServer } from '@apollo/server';
import type { Config } from '../../src/config.js';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { createLoaders } from '../../src/loaders.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type AppServer } from '../../src/server.js';

export interface TestServer {
  server: AppServer;
  /** Runs an operation in-process; returns the single result and the round trips it made. */
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { token?: string },
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
      const stats = { queries: 0 };
      const contextValue: Context = {
        db,
        config,
        log,
        token: opts?.token,
        stats,
        loaders: createLoaders(db, () => {
          stats.queries += 1;
        }),
      };
      const res = await apollo.executeOperation({ query, variables }, { contextValue });
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = res.body.singleResult;
      return {
        data: data as never,
        errors: errors as readonly Record<string, unknown>[] | undefined,
        queries: stats.queries,
      };
    },
  };
}
