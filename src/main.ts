import { AlreadyRunningError, connect, SEEDS_DIR, type Connection } from './bootstrap.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { graphCounts, isEmptyGraph, type GraphCounts } from './cypher/countCypher.js';
import { LocalNeo4jError } from './db/localNeo4j.js';
import { loadEnvFile } from './envFile.js';
import { createLogger, resolveLogFormat, type Logger } from './logger.js';
import { seedFilesIn, seedGraph, ensureSchema } from './seed/seedGraph.js';
import { SeedError } from './seed/seedError.js';
import { createServer } from './server.js';
import { applyStackSettings } from './stackSettings.js';

/**
 * `npm start`: `.env`, configuration, database (local or NEO4J_URI), seeding when the
 * graph is empty, then the HTTP server and one summary of where to go. SIGINT/SIGTERM
 * drain requests, close the driver, stop the local Neo4j, and exit 0.
 */
async function main(): Promise<void> {
  const envFile = loadEnvFile();
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message);
    throw e;
  }
  applyStackSettings(config);
  const log = createLogger(config.logLevel, config.logFormat);
  const started = Date.now();
  if (envFile) log.info({ file: envFile }, 'read settings from .env');

  let conn: Connection;
  try {
    conn = await connect(config, log, { command: 'npm start', supervise: true });
  } catch (e) {
    if (e instanceof AlreadyRunningError) fail(e.message);
    if (e instanceof LocalNeo4jError) fail(`\n${e.message}\n`);
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
  let url: string;
  try {
    url = await server.listen();
  } catch (e) {
    await conn.close();
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      fail(`Port ${config.port} on ${config.host} is already in use (another npm start?); set PORT to use another.`);
    }
    throw e;
  }
  conn.announce(url);
  const [counts] = (await conn.db.read(graphCounts())) as unknown as GraphCounts[];
  logSummary(log, config, url, counts, (Date.now() - started) / 1000);

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

/**
 * The one message a person needs once the server is up: where to click, whether
 * writes are possible, and what the graph holds. Machines get the same as fields.
 */
function logSummary(log: Logger, config: Config, url: string, counts: GraphCounts | undefined, seconds: number) {
  const origin = new URL(url).origin;
  const playground = `${origin}/graphql`;
  const explorer = `${origin}/explore`;
  const total = (r: Record<string, number> | undefined) => Object.values(r ?? {}).reduce((a, b) => a + Number(b), 0);
  const nodes = total(counts?.nodes);
  const relationships = total(counts?.relationships);
  const byLabel = Object.entries(counts?.nodes ?? {})
    .filter(([, n]) => Number(n) > 0)
    .map(([label, n]) => `${label} ${n}`)
    .join(', ');
  const mutations = config.authToken !== undefined;
  const headline = `serving GraphQL at ${url}`;
  if (resolveLogFormat(config.logFormat, process.stdout.isTTY === true) === 'json') {
    log.info({ url, playground, explorer, mutations, nodes, relationships, seconds }, headline);
    return;
  }
  log.info(
    [
      `${headline} (ready in ${seconds.toFixed(1)} s)`,
      `  playground  ${playground}`,
      `  explorer    ${explorer}`,
      mutations
        ? '  mutations   enabled: send "Authorization: Bearer <AUTH_TOKEN>"'
        : '  mutations   disabled: set AUTH_TOKEN (16+ characters) in .env or the environment to enable them',
      `  graph       ${nodes} nodes, ${relationships} relationships${byLabel ? ` (${byLabel})` : ''}`,
    ].join('\n'),
  );
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
