import type { TestProject } from 'vitest/node';
import { SEEDS_DIR } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { ThrowawayNeo4j } from '../src/db/throwawayNeo4j.js';
import { createLogger } from '../src/logger.js';
import { seedFilesIn, seedGraph } from '../src/seed/seedGraph.js';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * Starts a dedicated local Neo4j for the test run (or uses NEO4J_URI) and seeds
 * the article graph. Only the test instance's own throwaway folder is ever deleted;
 * an external database is only
 * added to (seeding is idempotent), never cleared.
 */
export default async function setup(project: TestProject) {
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  let local: ThrowawayNeo4j | undefined;
  let target: TestNeo4j;

  if (config.neo4j.uri) {
    target = {
      uri: config.neo4j.uri,
      username: config.neo4j.username,
      password: config.neo4j.password ?? '',
      database: config.neo4j.database,
    };
  } else {
    // Each run gets its own instance (several runs may overlap on a developer's
    // machine); folders of runs that died are removed on the way.
    console.log('[tests] starting a dedicated local Neo4j for this run…');
    local = await ThrowawayNeo4j.start({ purpose: 'test', dir: config.localNeo4j.dir, log });
    target = { uri: local.uri, username: local.username, password: local.password, database: undefined };
  }

  const db = Database.connect({ ...config.neo4j, ...target }, log);
  try {
    const counts = await seedGraph(db, seedFilesIn(SEEDS_DIR), log);
    console.log(`[tests] seeded ${Object.values(counts.nodes).reduce((a, b) => a + b, 0)} nodes`);
  } finally {
    await db.close();
  }
  project.provide('neo4j', target);

  return async () => {
    await local?.remove();
  };
}
