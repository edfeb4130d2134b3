/**
 * `npm run soak`: sustained load against a real server process. Starts (or uses,
 * with NEO4J_URI) a Neo4j, runs `src/main.ts` as a child on 127.0.0.1, and drives the
 * mixed query set with autocannon at SOAK_CONCURRENCY (64): a warm-up until
 * throughput stops rising (at most SOAK_WARMUP_SECONDS, 120), then SOAK_SECONDS (60)
 * measured. Samples the server's RSS every second and p99 per 10 s window, prints a
 * summary, writes it to docs/hardening.md, and exits non-zero unless there were no
 * errors, memory stayed flat and p99 stayed stable.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { SEEDS_DIR } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { ThrowawayNeo4j } from '../src/db/throwawayNeo4j.js';
import { createLogger } from '../src/logger.js';
import { seedFilesIn, seedGraph } from '../src/seed/seedGraph.js';
import { mixedQueries } from './mixedQueries.js';
import { writeSoakSection } from './soakReport.js';
import { LatencyWindows, slope, type Window } from './soakStats.js';
import { freePort } from '../src/db/freePort.js';

const env = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const SECONDS = env('SOAK_SECONDS', 60);
const MAX_WARMUP = env('SOAK_WARMUP_SECONDS', 120);
const CONCURRENCY = env('SOAK_CONCURRENCY', 64);
const WINDOW = 10;
const REPORT = path.resolve('docs', 'hardening.md');
const log = createLogger(process.env.SOAK_LOG_LEVEL ?? 'warn');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;

function rssKb(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** A seeded Neo4j: the one NEO4J_URI names, or a fresh local one removed afterwards. */
async function database(): Promise<{ env: Record<string, string>; close: () => Promise<void> }> {
  if (process.env.NEO4J_URI) {
    const keep = ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'] as const;
    return {
      env: Object.fromEntries(keep.flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : []))),
      close: async () => undefined,
    };
  }
  const local = await ThrowawayNeo4j.start({ purpose: 'soak', log });
  const config = loadConfig({ NEO4J_URI: local.uri, NEO4J_PASSWORD: local.password, LOG_LEVEL: 'warn' });
  const db = Database.connect({ ...config.neo4j, uri: local.uri, password: local.password }, log);
  try {
    await seedGraph(db, seedFilesIn(SEEDS_DIR), log);
  } finally {
    await db.close();
  }
  return {
    env: local.env(),
    close: () => local.remove(),
  };
}

/** True when a GraphQL response body carries errors (or is not a GraphQL response at all). */
function hasErrors(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
    return parsed.errors !== undefined || parsed.data == null;
  } catch {
    return true;
  }
}

async function main(): Promise<number> {
  const neo = await database();
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      ...neo.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const serverErrors: string[] = [];
  const onLine = (line: string) => {
    if (/"level":(50|60)/.test(line) || !line.startsWith('{')) serverErrors.push(line.slice(0, 300));
  };
  readline.createInterface({ input: server.stdout! }).on('line', onLine);
  readline.createInterface({ input: server.stderr! }).on('line', onLine);
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));

  try {
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 120_000;
    for (;;) {
      const ok = await fetch(`${base}/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline || server.exitCode !== null) throw new Error('the server did not become ready');
      await sleep(250);
    }
    console.log(`[soak] server ready on ${base}; warming up with ${CONCURRENCY} connections`);

    let graphqlErrors = 0;
    const firstErrors: string[] = [];
    const requests = mixedQueries.map((q) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q.query, variables: q.variables }),
      onResponse: (status: number, body: string) => {
        if (status === 200 && !hasErrors(body)) return;
        graphqlErrors += 1;
        if (firstErrors.length < 5) firstErrors.push(`${q.name}: ${status} ${body.slice(0, 200)}`);
      },
    }));
    const load = (seconds: number, onLatency?: (ms: number) => void) =>
      new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(
          { url: base, connections: CONCURRENCY, duration: seconds, timeout: 10, requests },
          (err: unknown, res: autocannon.Result) => (err ? reject(err) : resolve(res)),
        );
        if (onLatency) instance.on('response', (_client, _status, _bytes, ms) => onLatency(ms));
      });
    const failures = (r: autocannon.Result) => r.errors + r.timeouts + r.non2xx;

    // Warm up until throughput stops rising (JIT in Node and Neo4j, plan caches,
    // pools): 10 s rounds, at least three, until one gains less than 5 % on the one
    // before, bounded by SOAK_WARMUP_SECONDS.
    const rssIdle = rssKb(server.pid!) ?? 0;
    let warmupSeconds = 0;
    let warmupFailures = 0;
    const warmupRps: number[] = [];
    while (warmupSeconds < MAX_WARMUP) {
      const r = await load(WINDOW);
      warmupSeconds += WINDOW;
      warmupFailures += failures(r);
      warmupRps.push(Math.round(r.requests.average));
      const [prev, last] = warmupRps.slice(-2);
      if (warmupRps.length >= 3 && prev && last !== undefined && last < prev * 1.05) break;
    }
    console.log(`[soak] warm-up ${warmupSeconds} s (req/s per round: ${warmupRps.join(', ')}); measuring ${SECONDS} s`);

    const rss: [number, number][] = [];
    const startedAt = performance.now();
    const sample = () => {
      const kb = rssKb(server.pid!);
      if (kb !== undefined) rss.push([(performance.now() - startedAt) / 1000, kb]);
    };
    sample();
    const sampler = setInterval(sample, 1_000);
    const windows = new LatencyWindows(startedAt, WINDOW);
    const result = await load(SECONDS, (ms) => windows.add(ms));
    clearInterval(sampler);
    sample();

    server.kill('SIGTERM');
    const exitCode = await exited;

    const rssFirst = rss[0]?.[1] ?? 0;
    const rssLast = rss[rss.length - 1]?.[1] ?? 0;
    const rssMax = Math.max(...rss.map(([, kb]) => kb));
    const growth = rssFirst ? (rssLast - rssFirst) / rssFirst : 0;
    const slopeMbPerMin = mb(slope(rss) * 60);
    const steadyWindows = windows.windows(0, SECONDS);
    // RSS at the end of each window, to show the shape of the curve, not just its ends.
    const rssByWindow = steadyWindows.map((w) => mb(rss.filter(([t]) => t <= w.fromSecond + WINDOW).at(-1)?.[1] ?? 0));
    const p99s = steadyWindows.map((w) => w.p99Ms);
    const medianP99 = [...p99s].sort((a, b) => a - b)[Math.floor(p99s.length / 2)] ?? 0;
    const worstP99 = Math.max(0, ...p99s);
    const errors = warmupFailures + failures(result) + graphqlErrors;

    const checks = {
      'zero errors (warm-up included)': errors === 0,
      'memory flat after warm-up (RSS within 10 % of its start)': Math.abs(growth) < 0.1,
      'p99 stable (worst 10 s window ≤ 2 × median window)': worstP99 <= 2 * medianP99,
      'server exited 0 on SIGTERM': exitCode === 0,
    };
    const passed = Object.values(checks).every(Boolean);
    const summary = report({
      warmup: { seconds: warmupSeconds, rps: warmupRps },
      requests: result.requests.total,
      rps: Math.round(result.requests.average),
      errors,
      breakdown: {
        connection: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        graphql: graphqlErrors,
        warmup: warmupFailures,
      },
      latency: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      windows: steadyWindows,
      rssByWindow,
      rss: { idle: mb(rssIdle), first: mb(rssFirst), last: mb(rssLast), max: mb(rssMax), growth, slopeMbPerMin },
      serverErrors: serverErrors.length,
      checks,
    });
    console.log(summary);
    if (firstErrors.length) console.log(`[soak] first errors:\n${firstErrors.join('\n')}`);
    if (serverErrors.length) console.log(`[soak] server error log lines:\n${serverErrors.slice(0, 5).join('\n')}`);
    await writeSoakSection(REPORT, summary);
    console.log(`[soak] ${passed ? 'PASSED' : 'FAILED'}; summary written to ${path.relative(process.cwd(), REPORT)}`);
    return passed ? 0 : 1;
  } finally {
    if (server.exitCode === null) server.kill('SIGKILL');
    await neo.close();
  }
}

function report(r: {
  warmup: { seconds: number; rps: number[] };
  requests: number;
  rps: number;
  errors: number;
  breakdown: Record<string, number>;
  latency: { p50: number; p99: number; max: number };
  windows: Window[];
  rssByWindow: number[];
  rss: { idle: number; first: number; last: number; max: number; growth: number; slopeMbPerMin: number };
  serverErrors: number;
  checks: Record<string, boolean>;
}): string {
  const cpus = os.cpus();
  const b = r.breakdown;
  const lines = [
    `### Soak run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${CONCURRENCY} connections, the ${mixedQueries.length}-query mixed set (scripts/mixedQueries.ts) against ` +
      `\`src/main.ts\` in production mode; ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, ` +
      'on a machine shared with other work, so absolute figures are pessimistic. ' +
      `Warm-up ${r.warmup.seconds} s (req/s per 10 s round: ${r.warmup.rps.join(', ')}), then ${SECONDS} s measured.`,
    '',
    '| Figure (measured period) | Value |',
    '| --- | --- |',
    `| Requests answered | ${r.requests} (${r.rps} req/s on average) |`,
    `| Errors | ${r.errors} (connection ${b.connection}, timeouts ${b.timeouts}, non-2xx ${b.non2xx}, GraphQL errors ${b.graphql}, during warm-up ${b.warmup}) |`,
    `| Latency | p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms |`,
    `| Server RSS | ${r.rss.idle} MB idle; ${r.rss.first} MB after warm-up, ${r.rss.last} MB at the end, ${r.rss.max} MB max |`,
    `| RSS change while measured | ${(r.rss.growth * 100).toFixed(1)} %, trend ${r.rss.slopeMbPerMin} MB/min |`,
    `| Server error log lines | ${r.serverErrors} |`,
    '',
    `Per ${WINDOW} s window: p99 ${r.windows.map((w) => w.p99Ms).join(', ')} ms; ` +
      `p50 ${r.windows.map((w) => w.p50Ms).join(', ')} ms; requests ${r.windows.map((w) => w.requests).join(', ')}; ` +
      `RSS at the window's end ${r.rssByWindow.join(', ')} MB.`,
    '',
    ...Object.entries(r.checks).map(([name, ok]) => `- ${ok ? '✅' : '❌'} ${name}`),
  ];
  return lines.join('\n');
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
