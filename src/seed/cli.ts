import { connect, SEEDS_DIR } from '../bootstrap.js';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { SeedError } from './seedError.js';
import { seedFilesIn, seedGraph } from './seedGraph.js';

/**
 * `npm run seed [files…]`: loads every seed file in seeds/ (or the given ones) into
 * the configured database. Prints the counts by label and type; exits 1 when a file
 * is refused, with nothing written.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const files = process.argv.slice(2);
  const conn = await connect(config, log);
  try {
    const counts = await seedGraph(conn.db, files.length ? files : seedFilesIn(SEEDS_DIR), log);
    console.log(JSON.stringify(counts, null, 2));
  } finally {
    await conn.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof SeedError || e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
