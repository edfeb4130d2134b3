import { SEEDS_DIR } from '../../src/bootstrap.js';
import { loadConfig, type Config } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import type { ThrowawayNeo4j } from '../../src/db/throwawayNeo4j.js';
import type { Logger } from '../../src/logger.js';
import { seedFilesIn, seedGraph } from '../../src/seed/seedGraph.js';

/**
 * The fault tests' Neo4j is a throwaway of their own, apart from the shared test
 * instance, so it can be stopped, killed and restarted without disturbing other
 * test files. Small memory settings: the article graph is tiny, and the JVM starts
 * sooner on a busy machine.
 */
export const FAULT_NEO4J = { purpose: 'fault', heapMb: 512, pageCacheMb: 128 } as const;

/** Server configuration pointing at the running instance. */
export function faultConfig(neo: ThrowawayNeo4j, overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...neo.env(),
    ...overrides,
  });
}

/** A driver connection to the instance (a fresh one reads what the graph really holds). */
export function connectTo(neo: ThrowawayNeo4j, log: Logger, config: Config = faultConfig(neo)): Database {
  return Database.connect({ ...config.neo4j, uri: neo.uri, password: neo.password }, log);
}

/** Seeds the article graph (idempotent). */
export async function seedArticleGraph(neo: ThrowawayNeo4j, log: Logger): Promise<void> {
  const db = connectTo(neo, log);
  try {
    await seedGraph(db, seedFilesIn(SEEDS_DIR), log);
  } finally {
    await db.close();
  }
}
