/**
 * `npm run bench:live`: live updates over loopback, against a Neo4j of its own.
 *  1. Latency from a write's HTTP acknowledgement to delivery, on the replica that
 *     wrote (A) and on another (B): two server processes over one Neo4j.
 *  2. Fan-out: LIVE_BENCH_SUBSCRIBERS (1,000) WebSocket subscribers on A while
 *     10 writes a second go through B for LIVE_BENCH_SECONDS (20): delivered/expected,
 *     p50/p99, A's RSS and CPU.
 *  3. The feed follower's idle read cost: statements a second it sends.
 * Bounded in time and count; writes results to bench/results/live.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { SEEDS_DIR } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { Database, type StatementCount } from '../src/db/database.js';
import { freePort } from '../src/db/freePort.js';
import { startLocalNeo4j } from '../src/db/localNeo4j.js';
import { FeedFollower } from '../src/live/feedFollower.js';
import { createLogger } from '../src/logger.js';
import { seedFilesIn, seedGraph } from '../src/seed/seedGraph.js';
import type { LiveResult } from './benchResult.js';
import { sample } from './procStats.js';

const SUBSCRIBERS = Number(process.env.LIVE_BENCH_SUBSCRIBERS ?? 1_000);
const SECONDS = Number(process.env.LIVE_BENCH_SECONDS ?? 20);
const RATE = 10;
const LATENCY_WRITES = 100;
/** How long after the last write's acknowledgement deliveries are still counted. */
const DRAIN_MS = 30_000;
const POLL_MS = 250;
const TOKEN = 'bench-live-token'.padEnd(32, 'x');
const provenance = { sourceId: 'article-2026-01-24-kyiv-kharkiv-abu-dhabi', quote: 'Kyiv Mayor Vitali Klitschko' };
const root = path.resolve(import.meta.dirname, '..');
/** Writes the server refused (reported, not thrown: one failure must not end the run). */
const failures: string[] = [];
/** Close codes of subscriber sockets the server closed before the bench disposed them. */
const closes: number[] = [];
/** Set while a phase disposes its own clients; a close of one of those is not the server's doing. */
let disposing = false;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function pct(values: number[], p: number): number {
  const s = [...values].sort((x, y) => x - y);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
}

async function server(
  env: Record<string, string>,
  started: ChildProcess[],
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: String(port), ...env },
  });
  started.push(child);
  let out = '';
  // The server logs to stdout (pino); keep both streams for investigating failures.
  const logFile = createWriteStream(`/tmp/bench-live-server-${port}.log`);
  child.stdout.pipe(logFile);
  child.stderr.pipe(logFile);
  child.stdout.on('data', (d) => (out = (out + String(d)).slice(-20_000)));
  child.stderr.on('data', (d) => (out = (out + String(d)).slice(-20_000)));
  const deadline = Date.now() + 120_000;
  while (!out.includes('serving GraphQL')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start: ${out.slice(-1500)}`);
    await sleep(200);
  }
  return { url: `http://127.0.0.1:${port}/graphql`, child };
}

async function createPerson(url: string, id: string): Promise<number> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      query: 'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
      variables: { input: { id, name: id, provenance } },
    }),
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) {
    failures.push(JSON.stringify(body.errors).slice(0, 300));
    return NaN;
  }
  return performance.now();
}

/** A subscriber that records when each node id first arrives. */
function subscriber(url: string, arrivals: Map<string, number>[]): Client {
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    // A socket the server closes (e.g. 4009 slow consumer) loses what follows: count them.
    on: { closed: (e) => void (disposing || closes.push((e as { code: number }).code)) },
  });
  const seen = new Map<string, number>();
  arrivals.push(seen);
  client.subscribe<{ graphChanged: { nodeIds: string[] } }>(
    { query: 'subscription { graphChanged { seq nodeIds } }' },
    {
      next: (r) => {
        const now = performance.now();
        for (const id of r.data?.graphChanged.nodeIds ?? []) if (!seen.has(id)) seen.set(id, now);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return client;
}

/** Where a run writes its figures. */
export const LIVE_RESULT_FILE = path.join(root, 'bench/results/live.json');

type Percentiles = { p50: number; p99: number };

/** What a run writes to {@link LIVE_RESULT_FILE}. */
export interface LiveRun {
  when: string;
  note: string;
  pollIntervalMs: number;
  latency: {
    writes: number;
    sameReplicaMs: LiveResult['sameReplicaMs'];
    acrossReplicasMs: LiveResult['acrossReplicasMs'];
  };
  fanOut: NonNullable<LiveResult['fanOut']> & {
    seconds: number;
    countedForMsAfterLastAck: number;
    socketsClosedByServer: number;
    subscribersNotReadyAtStart: number;
    lastDeliveryAfterLastAckMs: number;
    latencyMs: Percentiles;
    serverRssMb: { before: number; peak: number; after: number };
    serverCpuPercent: number;
  };
  idle: { followerStatementsPerSecond: number };
  failedWrites: number;
  firstFailures: string[];
}

/** The part of a run that `npm run bench` reports (BenchResult.live). */
export function liveFigures(run: LiveRun): LiveResult {
  return {
    pollIntervalMs: run.pollIntervalMs,
    sameReplicaMs: run.latency.sameReplicaMs,
    acrossReplicasMs: run.latency.acrossReplicasMs,
    fanOut: run.fanOut,
    failedWrites: run.failedWrites,
  };
}

async function main() {
  const log = createLogger('warn');
  const name = `bench-live-${process.pid}`;
  const neo = await startLocalNeo4j({
    dir: '.neo4j',
    name,
    port: await freePort(),
    log,
    heapMb: 1024,
    pageCacheMb: 256,
  });
  const home = neo.home;
  const config = loadConfig({ NODE_ENV: 'production' });
  const db = Database.connect({ ...config.neo4j, uri: neo.uri, username: neo.username, password: neo.password }, log);
  const servers: ChildProcess[] = [];
  const clients: Client[] = [];
  try {
    await seedGraph(db, seedFilesIn(SEEDS_DIR), log);
    const env = {
      NEO4J_URI: neo.uri,
      NEO4J_USERNAME: neo.username,
      NEO4J_PASSWORD: neo.password,
      AUTH_TOKEN: TOKEN,
      SEED_ON_START: 'false',
      // 'serving GraphQL' is logged at info: the script waits for it.
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      LIVE_POLL_INTERVAL_MS: String(POLL_MS),
      LIVE_MAX_CONNECTIONS_PER_ADDRESS: String(SUBSCRIBERS + 50),
    };
    const a = await server(env, servers);
    const b = await server(env, servers);

    // 1. Latency: writes through A, one subscriber on A and one on B.
    const arrivals: Map<string, number>[] = [];
    clients.push(subscriber(a.url, arrivals), subscriber(b.url, arrivals));
    await sleep(1_000);
    const acks = new Map<string, number>();
    for (let i = 0; i < LATENCY_WRITES; i++) {
      const id = `bench-live-lat-${i}`;
      const t = await createPerson(a.url, id);
      if (!Number.isNaN(t)) acks.set(id, t);
      await sleep(50 + Math.random() * 100);
    }
    await sleep(2_000);
    const lat = (seen: Map<string, number>) => [...acks].map(([id, t]) => (seen.get(id) ?? NaN) - t);
    const same = lat(arrivals[0]!);
    const across = lat(arrivals[1]!);
    disposing = true;
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
    disposing = false;

    // 2. Fan-out on A while writes go through B.
    const fan: Map<string, number>[] = [];
    for (let i = 0; i < SUBSCRIBERS; i++) {
      clients.push(subscriber(a.url, fan));
      if (i % 50 === 49) await sleep(100);
    }
    // Every subscription must be registered before the writes start, or a late one
    // misses the first writes (seen as 'lost' on a loaded machine): one warm-up write,
    // and wait, bounded, until every subscriber has it.
    const warmUp = 'bench-live-fan-warm-up';
    await createPerson(b.url, warmUp);
    const warmDeadline = performance.now() + 60_000;
    while (fan.some((seen) => !seen.has(warmUp)) && performance.now() < warmDeadline) await sleep(250);
    const notReady = fan.filter((seen) => !seen.has(warmUp)).length;
    const pid = a.child.pid!;
    const before = sample(pid);
    const started = performance.now();
    const fanAcks = new Map<string, number>();
    let peakRss = before.rssMb;
    const writes: Promise<void>[] = [];
    for (let i = 0; i < SECONDS * RATE; i++) {
      const id = `bench-live-fan-${i}`;
      writes.push(
        createPerson(b.url, id).then((t) => {
          if (!Number.isNaN(t)) fanAcks.set(id, t);
        }),
      );
      await sleep(Math.max(0, started + ((i + 1) * 1000) / RATE - performance.now()));
      peakRss = Math.max(peakRss, sample(pid).rssMb);
    }
    await Promise.all(writes);
    const writesDone = performance.now();
    const after = sample(pid);
    const elapsed = (writesDone - started) / 1000;
    // Wait until every acknowledged write reached every subscriber, or DRAIN_MS passes:
    // a fixed short window would count late deliveries on a loaded machine as lost.
    const missing = () => fan.reduce((n, seen) => n + [...fanAcks.keys()].filter((id) => !seen.has(id)).length, 0);
    while (missing() > 0 && performance.now() - writesDone < DRAIN_MS) await sleep(250);
    let lastArrival = -Infinity;
    for (const seen of fan) for (const at of seen.values()) lastArrival = Math.max(lastArrival, at);
    // Only fan-out clients count: closes of the latency phase's clients may arrive late.
    const closedByServer = closes.filter((c) => c !== 1000).length;
    const fanLat: number[] = [];
    let delivered = 0;
    for (const seen of fan) {
      for (const [id, t] of fanAcks) {
        const at = seen.get(id);
        if (at !== undefined) {
          delivered++;
          fanLat.push(at - t);
        }
      }
    }
    disposing = true;
    await Promise.all(clients.splice(0).map((c) => c.dispose()));

    // 3. Idle read cost of one follower, counted at the Database.
    const stats: StatementCount = { statements: 0 };
    const follower = new FeedFollower(db.counting(stats), POLL_MS, log);
    follower.start();
    const idleFrom = stats.statements;
    await sleep(10_000);
    follower.stop();
    const idlePerSecond = (stats.statements - idleFrom) / 10;

    const round = (n: number) => Math.round(n * 10) / 10;
    const result: LiveRun = {
      when: new Date().toISOString(),
      note: 'Loopback, one machine of 2 cores shared with other engineers\u2019 builds and tests: figures are upper bounds.',
      pollIntervalMs: POLL_MS,
      latency: {
        writes: LATENCY_WRITES,
        sameReplicaMs: { p50: round(pct(same, 50)), p99: round(pct(same, 99)), lost: same.filter(Number.isNaN).length },
        acrossReplicasMs: {
          p50: round(pct(across, 50)),
          p99: round(pct(across, 99)),
          lost: across.filter(Number.isNaN).length,
        },
      },
      fanOut: {
        subscribers: SUBSCRIBERS,
        writesPerSecond: RATE,
        seconds: SECONDS,
        delivered,
        expected: SUBSCRIBERS * fanAcks.size,
        countedForMsAfterLastAck: DRAIN_MS,
        socketsClosedByServer: closedByServer,
        subscribersNotReadyAtStart: notReady,
        lastDeliveryAfterLastAckMs: round(lastArrival - writesDone),
        latencyMs: { p50: round(pct(fanLat, 50)), p99: round(pct(fanLat, 99)) },
        serverRssMb: { before: round(before.rssMb), peak: round(peakRss), after: round(after.rssMb) },
        serverCpuPercent: round(((after.cpuMs - before.cpuMs) / 1000 / elapsed) * 100),
      },
      idle: { followerStatementsPerSecond: idlePerSecond },
      failedWrites: failures.length,
      firstFailures: failures.slice(0, 3),
    };
    console.log(JSON.stringify(result, null, 2));
    mkdirSync(path.dirname(LIVE_RESULT_FILE), { recursive: true });
    writeFileSync(LIVE_RESULT_FILE, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    for (const s of servers) s.kill('SIGTERM');
    await db.close();
    await neo.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

// Run as a script (npm run bench:live, or bench/steps.ts's child); bench/steps.ts also imports the types above.
if (path.resolve(process.argv[1] ?? '') === import.meta.filename) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
