import { connect, SEEDS_DIR } from '../bootstrap.js';
import { ConfigError, loadConfig } from '../config.js';
import { LocalNeo4jError } from '../db/localNeo4j.js';
import { loadEnvFile } from '../envFile.js';
import { createLogger } from '../logger.js';
import { SeedError } from './seedError.js';
import { seedFilesIn, seedGraph } from './seedGraph.js';

/**
 * `npm run seed [files…]`: loads every seed file in seeds/ (or the given ones) into
 * the configured database: NEO4J_URI, else the local Neo4j of a running `npm start`,
 * else a local Neo4j started for the occasion. Prints the counts by label and type;
 * exits 1 when a file is refused, with nothing written.
 */
async function main(): Promise<void> {
  loadEnvFile();
  const config = loadConfig();
  const log = createLogger(config.logLevel, config.logFormat);
  const files = process.argv.slice(2);
  const conn = await connect(config, log, { command: 'npm run seed', joinRunning: true });
  try {
    const counts = await seedGraph(conn.db, files.length ? files : seedFilesIn(SEEDS_DIR), log);
    console.log(JSON.stringify(counts, null, 2));
  } finally {
    await conn.close();
  }
}

main().catch((e: unknown) => {
  // Messages only: what went wrong is said in words, never as a stack trace.
  const known = e instanceof SeedError || e instanceof ConfigError || e instanceof LocalNeo4jError;
  const message = e instanceof Error ? e.message : String(e);
  console.error(known ? message : `seed failed: ${message}`);
  process.exit(1);
});
