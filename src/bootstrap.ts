import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { Database } from './db/database.js';
import { startLocalNeo4j, type LocalNeo4j } from './db/localNeo4j.js';
import type { Logger } from './logger.js';

export const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds');

/** A connected database, plus the local server behind it when this process started one. */
export interface Connection {
  db: Database;
  local: LocalNeo4j | undefined;
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or starts the embedded local Neo4j when it is unset, and
 * waits until the database answers.
 */
export async function connect(config: Config, log: Logger): Promise<Connection> {
  let local: LocalNeo4j | undefined;
  let target: { uri: string; username: string; password: string };
  if (config.neo4j.uri) {
    target = { uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password ?? '' };
  } else {
    local = await startLocalNeo4j({
      dir: config.localNeo4j.dir,
      name: 'default',
      port: config.localNeo4j.port,
      log,
      heapMb: config.localNeo4j.heapMb,
      pageCacheMb: config.localNeo4j.pageCacheMb,
      ...(config.localNeo4j.java ? { javaCommand: config.localNeo4j.java } : {}),
      ...(config.localNeo4j.mvn ? { mvnCommand: config.localNeo4j.mvn } : {}),
    });
    target = local;
  }
  const db = Database.connect({ ...config.neo4j, ...target }, log);
  const deadline = Date.now() + 60_000;
  while (!(await db.isReady())) {
    if (Date.now() > deadline) {
      await db.close();
      await local?.stop();
      throw new Error(`Neo4j at ${target.uri} did not answer within 60 s; check NEO4J_URI and credentials.`);
    }
    log.info({ uri: target.uri }, 'waiting for Neo4j');
    await new Promise((r) => setTimeout(r, 1_000));
  }
  log.info({ uri: target.uri, database: config.neo4j.database ?? '(default)' }, 'connected to Neo4j');
  return {
    db,
    local,
    close: async () => {
      await db.close();
      await local?.stop();
    },
  };
}
