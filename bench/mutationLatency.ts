/**
 * `npx tsx bench/mutationLatency.ts`: how long a mutation takes end to end through
 * the server (in-process, with the response cache on), one at a time, and the same
 * for a cached read, so a change to what a mutation does after its write shows up.
 * The feed is polled once a minute, so the feed reads counted during the run are
 * those the mutations cause.
 * Prints JSON; the figures are quoted in the change that measured them.
 */
import os from 'node:os';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/context.js';
import { Database } from '../src/db/database.js';
import { createLogger } from '../src/logger.js';
import { SEEDS_DIR } from '../src/bootstrap.js';
import { seedFilesIn, seedGraph } from '../src/seed/seedGraph.js';
import { createServer } from '../src/server.js';
import { benchNeo4j } from './benchNeo4j.js';

const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
const TOKEN = 'bench-mutation-latency-token';
const WARMUP = 30;
const RUNS = Number(process.env.RUNS ?? 300);

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;
const round = (x: number) => Math.round(x * 100) / 100;

async function main() {
  const neo = await benchNeo4j(log);
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    AUTH_TOKEN: TOKEN,
    RESPONSE_CACHE: 'true',
    LIVE_POLL_INTERVAL_MS: '60000',
  });
  const db = Database.connect({ ...config.neo4j, ...neo }, log);
  await seedGraph(db, seedFilesIn(SEEDS_DIR), log);
  const server = await createServer(config, db, log);
  const run = async (query: string, variables: Record<string, unknown>) => {
    const contextValue = createContext(db, config, log, TOKEN);
    const t0 = performance.now();
    const res = await server.apollo.executeOperation({ query, variables }, { contextValue });
    const ms = performance.now() - t0;
    if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
    return ms;
  };
  const mutation = `mutation M($name: String!) { upsertPerson(input: { id: "bench-ml-p", name: $name,
    provenance: { sourceId: "article-2026-01-24-kyiv-kharkiv-abu-dhabi", quote: "Kyiv Mayor Vitali Klitschko" } }) { id name } }`;
  const read = 'query R { person(id: "bench-ml-p") { id name } }';
  try {
    const deadline = Date.now() + 30_000;
    while (!server.responseCache?.serving && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const follower = server.live.follower;
    let polls = 0;
    const times: { mutation: number[]; read: number[] } = { mutation: [], read: [] };
    const load = os.loadavg()[0]!;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const before = follower.polls;
      const m = await run(mutation, { name: `Bench Person ${i}` });
      if (i >= WARMUP) polls += follower.polls - before;
      await run(read, {}); // stored
      const r = await run(read, {}); // served from the cache
      if (i >= WARMUP) {
        times.mutation.push(m);
        times.read.push(r);
      }
    }
    // What a mutation waited for before this replica's cache evicted from the write's result: one feed read.
    const feedRead: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await follower.catchUp();
      feedRead.push(performance.now() - t0);
    }
    const summary = (xs: number[]) => ({ median: round(pct(xs, 0.5)), p95: round(pct(xs, 0.95)) });
    console.log(
      JSON.stringify(
        {
          date: new Date().toISOString(),
          loadAverage: { start: round(load), end: round(os.loadavg()[0]!) },
          runs: RUNS,
          mutationMs: summary(times.mutation),
          feedReadsPerMutation: polls / RUNS,
          feedReadMs: summary(feedRead),
          cachedReadMs: summary(times.read),
          cache: { hits: server.responseCache?.hits, misses: server.responseCache?.misses },
        },
        null,
        2,
      ),
    );
  } finally {
    await server.stop();
    await db.close();
    await neo.stop();
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
