import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { Database } from './db/database.js';
import { liveOwner, readOwner, removeOwner, stopOrphan, writeOwner, type InstanceOwner } from './db/localInstance.js';
import { instancePassword, LocalNeo4jError, startLocalNeo4j, type LocalNeo4j } from './db/localNeo4j.js';
import type { Logger } from './logger.js';

export const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds');

/** The local instance `npm start` and `npm run seed` share when NEO4J_URI is unset. */
const INSTANCE = 'default';

/** A connected database, plus the local server behind it when this process started one. */
export interface Connection {
  db: Database;
  local: LocalNeo4j | undefined;
  /** Records where the GraphQL server answers, for a second `npm start` to point at. */
  announce(url: string): void;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** How the user started this process, e.g. `npm start`; shown to a second one. */
  command: string;
  /** Restart the local Neo4j when it dies. */
  supervise?: boolean;
  /**
   * Use the local Neo4j that another process (a running `npm start`) has started,
   * rather than refusing; its store can have only one server.
   */
  joinRunning?: boolean;
}

/** Thrown when the local Neo4j belongs to another running process; its message is one line. */
export class AlreadyRunningError extends LocalNeo4jError {
  override name = 'AlreadyRunningError';
}

/**
 * Connects to NEO4J_URI, or to the local Neo4j (started here, or joined when
 * another process runs it and `joinRunning` is set), and waits until the database
 * answers.
 */
export async function connect(config: Config, log: Logger, options: ConnectOptions): Promise<Connection> {
  let local: LocalNeo4j | undefined;
  let home: string | undefined;
  let target: { uri: string; username: string; password: string };
  if (config.neo4j.uri) {
    target = { uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password ?? '' };
  } else {
    const instanceHome = path.resolve(config.localNeo4j.dir, 'data', INSTANCE);
    const owner = liveOwner(instanceHome);
    if (owner && !options.joinRunning) throw new AlreadyRunningError(alreadyRunning(owner));
    if (owner) {
      target = {
        uri: `bolt://127.0.0.1:${owner.boltPort}`,
        username: 'neo4j',
        password: instancePassword(instanceHome),
      };
      log.info({ pid: owner.pid, uri: target.uri }, `using the local Neo4j of the running ${owner.command}`);
    } else {
      if (await stopOrphan(instanceHome)) log.warn('stopped a local Neo4j left behind by a process that was killed');
      home = instanceHome;
      const record: InstanceOwner = {
        pid: process.pid,
        command: options.command,
        neo4jPid: undefined,
        boltPort: config.localNeo4j.port,
      };
      local = await startLocalNeo4j({
        dir: config.localNeo4j.dir,
        name: INSTANCE,
        port: config.localNeo4j.port,
        log,
        heapMb: config.localNeo4j.heapMb,
        pageCacheMb: config.localNeo4j.pageCacheMb,
        supervise: options.supervise ?? false,
        onRestart: (pid) => writeOwner(instanceHome, { ...(readOwner(instanceHome) ?? record), neo4jPid: pid }),
        ...(config.localNeo4j.java ? { javaCommand: config.localNeo4j.java } : {}),
        ...(config.localNeo4j.mvn ? { mvnCommand: config.localNeo4j.mvn } : {}),
      });
      record.neo4jPid = local.pid();
      writeOwner(instanceHome, record);
      target = local;
    }
  }
  const db = Database.connect({ ...config.neo4j, ...target }, log);
  const close = async () => {
    await db.close();
    await local?.stop();
    if (home) removeOwner(home);
  };
  const deadline = Date.now() + 60_000;
  while (!(await db.isReady())) {
    if (Date.now() > deadline) {
      await close();
      throw new Error(`Neo4j at ${target.uri} did not answer within 60 s; check NEO4J_URI and credentials.`);
    }
    log.info({ uri: target.uri }, 'waiting for Neo4j');
    await new Promise((r) => setTimeout(r, 1_000));
  }
  log.info({ uri: target.uri, database: config.neo4j.database ?? '(default)' }, 'connected to Neo4j');
  return {
    db,
    local,
    announce: (url) => {
      const record = home ? readOwner(home) : undefined;
      if (home && record?.pid === process.pid) writeOwner(home, { ...record, url });
    },
    close,
  };
}

function alreadyRunning(owner: InstanceOwner): string {
  const where = owner.url ? ` at ${owner.url}` : '';
  return `${owner.command} is already running${where} (pid ${owner.pid}); use that one, or stop it first.`;
}
