import { existsSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { SEEDS_DIR } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { startLocalNeo4j, type LocalNeo4j } from '../src/db/localNeo4j.js';
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

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });

/**
 * Starts a dedicated local Neo4j for the test run (or uses NEO4J_URI) and seeds
 * the article graph. Only the test instance's own folder is ever wiped, and only
 * when it carries the marker this setup wrote; an external database is only
 * added to (seeding is idempotent), never cleared.
 */
export default async function setup(project: TestProject) {
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  let local: LocalNeo4j | undefined;
  let target: TestNeo4j;

  if (config.neo4j.uri) {
    target = {
      uri: config.neo4j.uri,
      username: config.neo4j.username,
      password: config.neo4j.password ?? '',
      database: config.neo4j.database,
    };
  } else {
    const home = path.resolve(config.localNeo4j.dir, 'data', 'test');
    const marker = path.join(home, '.created-by-test-setup');
    if (existsSync(home)) {
      if (!existsSync(marker)) throw new Error(`${home} exists but was not created by the test setup; refusing to wipe it.`);
      rmSync(home, { recursive: true, force: true });
    }
    console.log('[tests] starting a dedicated local Neo4j for this run…');
    local = await startLocalNeo4j({ dir: config.localNeo4j.dir, name: 'test', port: await freePort(), log });
    writeFileSync(marker, 'This Neo4j home belongs to the test suite and is wiped at the start of each run.\n');
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
    await local?.stop();
  };
}
