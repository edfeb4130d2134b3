import type { Logger } from '../src/logger.js';
import { ThrowawayNeo4j } from '../src/db/throwawayNeo4j.js';

export interface BenchNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** Process id of the local Neo4j JVM, when this run started one (for CPU accounting). */
  pid: number | undefined;
  /** True when the database is this run's own (it may be wiped); false for BENCH_NEO4J_URI. */
  owned: boolean;
  /** Where the run's own instance keeps its data, when it has one. */
  home: string | undefined;
  stop(): Promise<void>;
}

/**
 * The database the benchmark measures against. With BENCH_NEO4J_URI it uses that
 * server (and later removes only its own `syn-` data). Otherwise it starts a
 * throwaway local Neo4j of its own, so every run begins from an empty store. Its
 * data stays after the run, for PROFILE sessions by hand; the next throwaway
 * started on the machine (by a benchmark, test or soak run) deletes it.
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
      home: undefined,
      stop: async () => {},
    };
  }
  // More memory than the server's local default: the 1M store is several GB, and a
  // page cache smaller than the store would measure the disk, not the servers.
  const local = await ThrowawayNeo4j.start({
    purpose: 'bench',
    dir: env.LOCAL_NEO4J_DIR || '.neo4j',
    log,
    heapMb: Number(env.LOCAL_NEO4J_HEAP_MB || 2048),
    pageCacheMb: Number(env.LOCAL_NEO4J_PAGECACHE_MB || 6144),
  });
  return {
    uri: local.uri,
    username: local.username,
    password: local.password,
    database: undefined,
    pid: local.pid,
    owned: true,
    home: local.home,
    stop: () => local.stop(),
  };
}
