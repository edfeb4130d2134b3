import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SEEDS_DIR } from '../../src/bootstrap.js';
import { loadConfig, type Config } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/db/localNeo4j.js';
import type { Logger } from '../../src/logger.js';
import { seedFilesIn, seedGraph } from '../../src/seed/seedGraph.js';
import { freePort } from '../../src/db/freePort.js';
import { isProcessAlive } from '../../src/db/isProcessAlive.js';

/**
 * A Neo4j of the fault tests' own, separate from the shared test instance, so it
 * can be stopped, killed and restarted without disturbing other test files. It
 * keeps its name and port across restarts, so its data survives them.
 */
export class FaultNeo4j {
  /** The launcher while its process runs; undefined once stopped or killed. */
  #running: LocalNeo4j | undefined;

  private constructor(
    readonly name: string,
    readonly port: number,
    private readonly log: Logger,
    private current: LocalNeo4j,
  ) {
    this.#running = current;
  }

  /** Starts a fresh instance on a free port and seeds the article graph into it. */
  static async start(log: Logger): Promise<FaultNeo4j> {
    removeStaleHomes();
    const name = `fault-${process.pid}`;
    const port = await freePort();
    const neo = new FaultNeo4j(name, port, log, await startLocalNeo4j({ dir: '.neo4j', name, port, log }));
    const db = neo.connect();
    try {
      await seedGraph(db, seedFilesIn(SEEDS_DIR), log);
    } finally {
      await db.close();
    }
    return neo;
  }

  get home(): string {
    return this.current.home;
  }

  /** The environment a server (in process or a child) needs to reach this instance. */
  env(): Record<string, string> {
    return {
      NEO4J_URI: this.current.uri,
      NEO4J_USERNAME: this.current.username,
      NEO4J_PASSWORD: this.current.password,
    };
  }

  /** Server configuration pointing at this instance. */
  config(overrides: Record<string, string> = {}): Config {
    return loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      ...this.env(),
      ...overrides,
    });
  }

  connect(config: Config = this.config()): Database {
    return Database.connect({ ...config.neo4j, uri: this.current.uri, password: this.current.password }, this.log);
  }

  /** Stops the database cleanly (SIGTERM, as an operator would). */
  async stop(): Promise<void> {
    await this.current.stop();
    this.#running = undefined;
  }

  /**
   * SIGKILLs the Java process, as a crash or the OOM killer would. The launcher
   * does not expose its pid, so it is found by the instance's home folder, which is
   * on its command line and unique to this process.
   */
  async kill(): Promise<void> {
    const pids = javaPids(this.current.home);
    if (pids.length !== 1) throw new Error(`expected one Neo4j process for ${this.current.home}, found ${pids.length}`);
    const pid = pids[0]!;
    process.kill(pid, 'SIGKILL');
    while (isProcessAlive(pid)) await new Promise((r) => setTimeout(r, 50));
    // Not stop(): after a death by signal the launcher would wait for an exit event that never comes.
    this.#running = undefined;
  }

  /** Starts it again on the same port and data; resolves with the milliseconds it took. */
  async restart(): Promise<number> {
    const started = performance.now();
    this.current = await startLocalNeo4j({ dir: '.neo4j', name: this.name, port: this.port, log: this.log });
    this.#running = this.current;
    return performance.now() - started;
  }

  /** Stops it and deletes its data folder. */
  async remove(): Promise<void> {
    await this.#running?.stop();
    this.#running = undefined;
    rmSync(this.current.home, { recursive: true, force: true });
  }
}

/** Deletes the data of fault instances whose test process died before cleaning up. */
function removeStaleHomes(): void {
  const dataDir = path.resolve('.neo4j', 'data');
  if (!existsSync(dataDir)) return;
  for (const d of readdirSync(dataDir)) {
    const pid = Number(/^fault-(\d+)$/.exec(d)?.[1]);
    if (pid && !isProcessAlive(pid)) rmSync(path.join(dataDir, d), { recursive: true, force: true });
  }
}

function javaPids(home: string): number[] {
  const pattern = home.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const out = spawnSync('pgrep', ['-f', `java .*${pattern} `], { encoding: 'utf8' });
  return out.stdout
    .split('\n')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0 && n !== process.pid);
}
