import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { SEEDS_DIR } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { awaitIndexes } from '../src/cypher/schemaCypher.js';
import { Database } from '../src/db/database.js';
import { createLogger } from '../src/logger.js';
import { loadSeedFiles } from '../src/seed/loadSeedFiles.js';
import { seedFilesIn, seedGraph } from '../src/seed/seedGraph.js';
import { benchNeo4j } from './benchNeo4j.js';
import { bulkLoad } from './bulkLoad.js';
import { startServer, type ServerChild } from './children.js';
import { queryMix, type MixQuery } from './queryMix.js';
import { SyntheticGraph } from './syntheticGraph.js';
import { Adjacency, pickTargets } from './targets.js';

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

/** `--name=value` from the command line. */
export const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const r2 = (x: number): number => Math.round(x * 100) / 100;

export interface TreeBench {
  /** Checkouts to compare (`--trees=a,b`), this one by default. */
  trees: string[];
  /** The mix's questions of `names`, over the seed and a 10k synthetic graph loaded into a throwaway Neo4j. */
  mix: MixQuery[];
  /** The database the mix reads, for benches that run our server in their own process. */
  db: Database;
  /** A bare driver on it, as the floor uses one. */
  raw: Driver;
  /** Starts a checkout's bench/serveOurs.ts (production) against that Neo4j. */
  serve(tree: string, extra?: NodeJS.ProcessEnv): Promise<ServerChild>;
  close(): Promise<void>;
}

/**
 * The set-up shared by the A/B benches between checkouts (httpCpu.ts, cacheLane.ts):
 * a throwaway Neo4j holding the seed and a 10k synthetic graph, and our server from
 * each tree, with or without the response cache.
 */
export async function treeBench(names: readonly string[], responseCache: boolean): Promise<TreeBench> {
  const trees = (arg('trees') ?? path.resolve(BENCH_DIR, '..')).split(',').map((t) => path.resolve(t));
  const log = createLogger('warn');
  const neo = await benchNeo4j(log);
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    RESPONSE_CACHE: String(responseCache),
    NEO4J_URI: neo.uri,
    NEO4J_USERNAME: neo.username,
    NEO4J_PASSWORD: neo.password,
  };
  const config = loadConfig({ ...env, HOST: '127.0.0.1', PORT: '0' });
  const db = Database.connect({ ...config.neo4j, uri: neo.uri, password: neo.password, txTimeoutMs: 600_000 }, log);
  const raw: Driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password), {
    disableLosslessIntegers: true,
  });
  const close = async () => {
    await raw.close();
    await db.close();
    await neo.stop();
  };
  try {
    await seedGraph(db, seedFilesIn(SEEDS_DIR), log);
    const [article] = loadSeedFiles(seedFilesIn(SEEDS_DIR));
    const gen = new SyntheticGraph(article!.seed.article.id, article!.articleText);
    const adj = new Adjacency();
    await bulkLoad(db, raw, undefined, adj.record(gen.grow(10_000)), {
      batchSize: 2000,
      expectedNodes: 10_000,
      label: '10k',
    });
    await db.write(awaitIndexes());
    const targets = pickTargets(adj, gen.idsOf('person'), gen.idsOf('region'));
    return {
      trees,
      mix: queryMix(targets).filter((q) => names.includes(q.name)),
      db,
      raw,
      serve: (tree, extra = {}) =>
        startServer(path.basename(tree), path.relative(BENCH_DIR, path.join(tree, 'bench/serveOurs.ts')), {
          ...env,
          ...extra,
        }),
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/** An exported copy's BENCH_TREE_COMMIT file (it may sit inside another checkout), or the tree's commit. */
export function gitHead(tree: string): string {
  const file = path.join(tree, 'BENCH_TREE_COMMIT');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  try {
    return execFileSync('git', ['-C', tree, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}
