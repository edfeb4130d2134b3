/**
 * `npm run bench:ingest`: articles ingested per second into a graph of 100k nodes.
 * Starts a throwaway Neo4j (or uses BENCH_NEO4J_URI), seeds it, bulk-loads the
 * benchmark's synthetic graph, then ingests generated news articles of about 300
 * words: a short run at each concurrency to see what overlapping pays, then the full
 * run at the best one. Each run ingests texts no other run has seen.
 * Writes bench/results/ingest.json, quoted in docs/ingestion.md.
 *
 * Options (env): INGEST_ARTICLES (1000), INGEST_NODES (100000),
 * INGEST_SWEEP (concurrencies, "1,2,4,8"), INGEST_SWEEP_ARTICLES (150).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { SEEDS_DIR } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { graphCounts } from '../src/cypher/countCypher.js';
import { awaitIndexes } from '../src/cypher/schemaCypher.js';
import { Database } from '../src/db/database.js';
import { createLogger } from '../src/logger.js';
import { loadSeedFiles } from '../src/seed/loadSeedFiles.js';
import { seedFilesIn, seedGraph } from '../src/seed/seedGraph.js';
import { benchNeo4j } from './benchNeo4j.js';
import { bulkLoad } from './bulkLoad.js';
import { knownNamesQuery, measureIngestion, type IngestionBenchResult } from './ingestSpeed.js';
import type { KnownNames } from './newsArticles.js';
import { SyntheticGraph } from './syntheticGraph.js';

const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
const say = (s: string) => console.log(`[bench:ingest] ${s}`);

async function main() {
  const articles = Number(process.env.INGEST_ARTICLES ?? 1000);
  const nodes = Number(process.env.INGEST_NODES ?? 100_000);
  const sweep = (process.env.INGEST_SWEEP ?? '1,2,4,8').split(',').map(Number).filter(Boolean);
  const sweepArticles = Number(process.env.INGEST_SWEEP_ARTICLES ?? 150);

  const neo = await benchNeo4j(log);
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const connection = { ...config.neo4j, uri: neo.uri, username: neo.username, password: neo.password };
  const db = Database.connect({ ...connection, txTimeoutMs: 600_000, retryBudgetMs: 30_000 }, log);
  const raw = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password), { disableLosslessIntegers: true });
  try {
    say('seeding the article graph');
    await seedGraph(db, seedFilesIn(SEEDS_DIR), log);
    const [article] = loadSeedFiles(seedFilesIn(SEEDS_DIR));
    const gen = new SyntheticGraph(article!.seed.article.id, article!.articleText);
    say(`loading ${nodes} synthetic nodes`);
    await bulkLoad(db, raw, neo.database, gen.grow(nodes), { batchSize: 5_000, expectedNodes: nodes, label: 'ingest' });
    await db.write(awaitIndexes());
    const graph = (await db.read(graphCounts()))[0];
    const known = (await db.read(knownNamesQuery(300)))[0] as unknown as KnownNames;

    // A warm-up, so the JIT and the page cache do not count against the first run.
    await measureIngestion(db, { articles: 30, concurrency: 1, seed: 1, known });
    const runs: IngestionBenchResult[] = [];
    for (const [i, c] of sweep.entries()) {
      const r = await measureIngestion(db, { articles: sweepArticles, concurrency: c, seed: 100 + i, known });
      say(`concurrency ${c}: ${r.articlesPerSec} articles/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms`);
      runs.push(r);
    }
    const best = runs.reduce((a, b) => (b.articlesPerSec > a.articlesPerSec ? b : a), runs[0]!).concurrency;
    say(`ingesting ${articles} articles at concurrency ${best}`);
    const full = await measureIngestion(db, { articles, concurrency: best, known });
    say(
      `${full.articles} articles in ${(full.wallMs / 1000).toFixed(1)} s: ${full.articlesPerSec} articles/s, ` +
        `p50 ${full.p50Ms} ms, p99 ${full.p99Ms} ms, ${full.statementsPerArticle} statements/article`,
    );
    const out = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, loadAvg: os.loadavg().map((x) => Math.round(x * 10) / 10) },
      graphBefore: graph,
      targetMs: 60_000,
      metTarget: full.wallMs < 60_000,
      sweep: runs,
      full,
    };
    const file = path.resolve('bench/results/ingest.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    say(`wrote ${file}`);
  } finally {
    await raw.close();
    await db.close();
    await neo.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
