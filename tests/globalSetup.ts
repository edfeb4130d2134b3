import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { SEEDS_DIR } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { startLocalNeo4j, type LocalNeo4j } from '../src/db/localNeo4j.js';
import { createLogger } from '../src/logger.js';
import { seedFilesIn, seedGraph } from '../src/seed/seedGraph.js';
import { freePort } from '../src/db/freePort.js';
import { isProcessAlive } from '../src/db/isProcessAlive.js';

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

const MARKER = '.created-by-test-setup';

function removeStaleTestHomes(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  for (const d of readdirSync(dataDir)) {
    const marker = path.join(dataDir, d, MARKER);
    if (!d.startsWith('test-') || !existsSync(marker)) continue;
    if (!isProcessAlive(Number(readFileSync(marker, 'utf8'))))
      rmSync(path.join(dataDir, d), { recursive: true, force: true });
  }
}

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
  let cleanupHome: (() => void) | undefined;
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
    // machine). Stale instances of runs that died are removed, but only folders that
    // carry this setup's marker, whose owning process is gone.
    const dataDir = path.resolve(config.localNeo4j.dir, 'data');
    removeStaleTestHomes(dataDir);
    const name = `test-${process.pid}`;
    const home = path.join(dataDir, name);
    console.log('[tests] starting a dedicated local Neo4j for this run…');
    mkdirSync(home, { recursive: true });
    writeFileSync(path.join(home, MARKER), String(process.pid));
    local = await startLocalNeo4j({ dir: config.localNeo4j.dir, name, port: await freePort(), log });
    cleanupHome = () => rmSync(home, { recursive: true, force: true });
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
    cleanupHome?.();
  };
}
