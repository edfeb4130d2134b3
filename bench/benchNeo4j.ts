import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalNeo4j } from '../src/db/localNeo4j.js';
import type { Logger } from '../src/logger.js';
import { freePort } from '../src/db/freePort.js';
import { isProcessAlive } from '../src/db/isProcessAlive.js';

export interface BenchNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** Process id of the local Neo4j JVM, when this run started one (for CPU accounting). */
  pid: number | undefined;
  /** True when the database is this run's own (it may be wiped); false for BENCH_NEO4J_URI. */
  owned: boolean;
  stop(): Promise<void>;
}

const NAME = 'bench';
const MARKER = '.created-by-bench';

/** The JVM this process started for the given home: found by parent pid and command line. */
function childJvm(home: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes('LocalNeo4j') && cmd.includes(home)) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

/**
 * The database the benchmark measures against. With BENCH_NEO4J_URI it uses that
 * server (and later removes only its own `syn-` data). Otherwise it starts its own
 * local Neo4j in `.neo4j/data/bench`, a folder it marks as its own and wipes at the
 * start of each run so every run begins from the same empty store. A folder without
 * the marker, or one whose marking process is still alive, is never touched.
 */
export async function benchNeo4j(log: Logger, env: NodeJS.ProcessEnv = process.env): Promise<BenchNeo4j> {
  if (env.BENCH_NEO4J_URI) {
    return {
      uri: env.BENCH_NEO4J_URI,
      username: env.BENCH_NEO4J_USERNAME ?? 'neo4j',
      password: env.BENCH_NEO4J_PASSWORD ?? '',
      database: env.BENCH_NEO4J_DATABASE || undefined,
      pid: undefined,
      owned: false,
      stop: async () => {},
    };
  }
  const dir = env.LOCAL_NEO4J_DIR || '.neo4j';
  const home = path.resolve(dir, 'data', NAME);
  const marker = path.join(home, MARKER);
  if (existsSync(home)) {
    if (!existsSync(marker)) {
      throw new Error(`${home} exists but was not created by the benchmark (no ${MARKER}); move it away first.`);
    }
    const owner = Number(readFileSync(marker, 'utf8'));
    if (owner !== process.pid && isProcessAlive(owner)) {
      throw new Error(`another benchmark (pid ${owner}) is using ${home}; wait for it to finish.`);
    }
    rmSync(home, { recursive: true, force: true });
  }
  mkdirSync(home, { recursive: true });
  writeFileSync(marker, String(process.pid));
  // More memory than the server's local default: the 1M store is several GB, and a
  // page cache smaller than the store would measure the disk, not the servers.
  const local = await startLocalNeo4j({
    dir,
    name: NAME,
    port: await freePort(),
    log,
    heapMb: Number(env.LOCAL_NEO4J_HEAP_MB || 2048),
    pageCacheMb: Number(env.LOCAL_NEO4J_PAGECACHE_MB || 6144),
  });
  return {
    uri: local.uri,
    username: local.username,
    password: local.password,
    database: undefined,
    pid: childJvm(home),
    owned: true,
    stop: () => local.stop(),
  };
}
