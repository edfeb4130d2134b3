import { connect } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { isEmptyGraph } from './cypher/countCypher.js';
import { LocalNeo4jError } from './db/localNeo4j.js';
import { createLogger } from './logger.js';
import { SEEDS_DIR } from './bootstrap.js';
import { seedFilesIn, seedGraph, ensureSchema } from './seed/seedGraph.js';
import { SeedError } from './seed/seedError.js';
import { createServer } from './server.js';

/**
 * `npm start`: configuration, database (local or NEO4J_URI), seeding when the graph
 * is empty, then the HTTP server. SIGINT/SIGTERM drain requests, close the driver,
 * stop the local Neo4j, and exit 0.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const log = createLogger(config.logLevel);
  const started = Date.now();

  let conn;
  try {
    conn = await connect(config, log);
  } catch (e) {
    if (e instanceof LocalNeo4jError) {
      console.error(`\n${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }

  try {
    const [row] = await conn.db.read(isEmptyGraph());
    if (row?.empty && config.seedOnStart) {
      log.info({ dir: SEEDS_DIR }, 'graph is empty: seeding');
      await seedGraph(conn.db, seedFilesIn(SEEDS_DIR), log);
    } else {
      await ensureSchema(conn.db);
    }
  } catch (e) {
    if (e instanceof SeedError) log.error(e.message);
    await conn.close();
    throw e;
  }

  const server = await createServer(config, conn.db, log);
  const url = await server.listen();
  log.info({ url, seconds: (Date.now() - started) / 1000 }, `serving GraphQL at ${url}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    try {
      await server.stop({ graceful: true });
      log.info('HTTP server drained');
      await conn.close();
      log.info('database connection closed');
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
