/**
 * `npx tsx bench/ingestProfile.ts`: where one ingestion's time goes. Against the
 * Neo4j at BENCH_NEO4J_URI (e.g. one `npm run bench:ingest` loaded), ingests
 * PROFILE_ARTICLES generated articles one at a time (after ten unmeasured ones) and
 * prints, per statement, how often it ran and its mean time as the caller saw it
 * (in the writer's transaction, from sending it to its answer; the writer pipelines
 * its statements, so those overlap), then a run of PROFILE_RUN articles at
 * PROFILE_CONCURRENCY (4), as `npm run bench:ingest` measures it.
 * Figures from it are in bench/results/ingest-profile.md.
 */
import os from 'node:os';
import { loadConfig } from '../src/config.js';
import type { CypherQuery } from '../src/db/cypherQuery.js';
import { Database, type Db } from '../src/db/database.js';
import { ingestArticle } from '../src/ingest/ingestArticle.js';
import { createLogger } from '../src/logger.js';
import { knownNamesQuery, measureIngestion } from './ingestSpeed.js';
import { newsArticles, type KnownNames } from './newsArticles.js';

async function main() {
  const env = process.env;
  if (!env.BENCH_NEO4J_URI) throw new Error('Set BENCH_NEO4J_URI (and BENCH_NEO4J_PASSWORD) to a loaded graph.');
  const config = loadConfig({ ...env, NODE_ENV: 'test' });
  const db = Database.connect(
    {
      ...config.neo4j,
      uri: env.BENCH_NEO4J_URI,
      username: env.BENCH_NEO4J_USERNAME ?? 'neo4j',
      password: env.BENCH_NEO4J_PASSWORD ?? '',
      txTimeoutMs: 600_000,
      retryBudgetMs: 30_000,
    },
    createLogger('warn'),
  );
  try {
    const known = (await db.read(knownNamesQuery(300)))[0] as unknown as KnownNames;
    const seed = Number(env.PROFILE_SEED ?? 222);
    const times = new Map<string, number[]>();
    const note = (name: string, ms: number) => {
      const list = times.get(name) ?? [];
      list.push(ms);
      times.set(name, list);
    };
    const name = (q: CypherQuery) => q.cypher.split('\n').slice(0, 3).join(' ').slice(0, 90);
    const timed = async <T>(label: string, call: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      const out = await call();
      note(label, performance.now() - t0);
      return out;
    };
    const profiled: Db = {
      read: (q) => timed(name(q), () => db.read(q)),
      write: (q) => db.write(q),
      writeAll: (qs, o) => db.writeAll(qs, o),
      transaction: (work, o) =>
        timed('(write transaction, all of it)', () =>
          db.transaction((run) => work((q) => timed(name(q), () => run(q))), o),
        ),
    };
    const articles = newsArticles(known, 10 + Number(env.PROFILE_ARTICLES ?? 30), seed);
    for (const a of articles.slice(0, 10)) await ingestArticle(profiled, a, {});
    times.clear();
    for (const a of articles.slice(10)) await ingestArticle(profiled, a, {});
    const rows = [...times].map(([k, v]) => ({ k, n: v.length, mean: v.reduce((s, x) => s + x, 0) / v.length }));
    rows.sort((a, b) => b.mean * b.n - a.mean * a.n);
    console.log(
      `load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    for (const r of rows) console.log(`${String(r.n).padStart(4)} ${r.mean.toFixed(1).padStart(7)} ms  ${r.k}`);
    const run = await measureIngestion(db, {
      articles: Number(env.PROFILE_RUN ?? 150),
      concurrency: Number(env.PROFILE_CONCURRENCY ?? 4),
      seed: seed + 7,
      known,
    });
    console.log(JSON.stringify({ loadAvg: os.loadavg(), ...run }));
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
