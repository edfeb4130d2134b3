import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEEDS_DIR } from '../src/bootstrap.js';
import { loadConfig, type Config } from '../src/config.js';
import { createContext } from '../src/context.js';
import { Database } from '../src/db/database.js';
import { ThrowawayNeo4j } from '../src/db/throwawayNeo4j.js';
import { createLogger } from '../src/logger.js';
import { seedFilesIn, seedGraph } from '../src/seed/seedGraph.js';
import { createServer } from '../src/server.js';
import { applyStackSettings } from '../src/stackSettings.js';
import { queryMix, type MixQuery } from './queryMix.js';

/**
 * The execution layer's share of a request: the bench's query mix over the seeded
 * graph, run in this process through Apollo Server's executeOperation (no HTTP, no
 * JSON), once with each GRAPHQL_EXECUTOR, at a fixed concurrency for a fixed time.
 * CPU ms per request is this process's user + system time over the requests it
 * served (Neo4j runs in its own process, so it is not counted). The executors take
 * turns per question, so drift in a busy machine hits both alike.
 *
 *   npm run bench:executor [-- [--source-maps] --seconds 3 --concurrency 8 --rounds 2]
 *
 * Uses NEO4J_URI (and NEO4J_USERNAME/NEO4J_PASSWORD) when set, else a throwaway local
 * Neo4j. Writes bench/results/executor.json.
 */

const EXECUTORS = ['graphql', 'jit'] as const;
type ExecutorName = (typeof EXECUTORS)[number];

interface Args {
  /** Keep Node's source maps on (as in development) instead of the production setting. */
  sourceMaps: boolean;
  seconds: number;
  concurrency: number;
  rounds: number;
}

function parseArgs(argv: string[]): Args {
  const out: Args = { sourceMaps: false, seconds: 3, concurrency: 8, rounds: 2 };
  if (argv[0] === '--source-maps') {
    out.sourceMaps = true;
    argv = argv.slice(1);
  }
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], Number(argv[i + 1])];
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} needs a positive number`);
    if (flag === '--seconds') out.seconds = Math.min(value, 30);
    else if (flag === '--concurrency') out.concurrency = Math.min(Math.round(value), 256);
    else if (flag === '--rounds') out.rounds = Math.min(Math.round(value), 10);
    else throw new Error(`unknown option ${flag}`);
  }
  return out;
}

interface Sample {
  requests: number;
  errors: number;
  wallMs: number;
  cpuMs: number;
}

type Runner = (q: MixQuery) => Promise<void>;

async function runnerFor(
  executor: ExecutorName,
  base: Config,
  db: Database,
): Promise<{ run: Runner; stop(): Promise<void> }> {
  const config: Config = { ...base, executor };
  const log = createLogger('silent');
  const server = await createServer(config, db, log);
  return {
    run: async (q) => {
      const res = await server.apollo.executeOperation(q.ours, {
        contextValue: createContext(db, config, log, undefined),
      });
      if (res.body.kind !== 'single') throw new Error(`${executor} ${q.name}: not a single result`);
      // An error (a timeout on a busy machine) is counted and reported, not timed as a success.
      if (res.body.singleResult.errors) throw new Error(String(res.body.singleResult.errors[0]?.message));
    },
    stop: () => server.stop(),
  };
}

/** `concurrency` loops issue the question back to back until `seconds` have passed. */
async function drive(run: Runner, q: MixQuery, seconds: number, concurrency: number): Promise<Sample> {
  const end = performance.now() + seconds * 1000;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let requests = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        try {
          await run(q);
          requests++;
        } catch {
          errors++;
        }
      }
    }),
  );
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { requests, errors, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const log = createLogger('error');
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', ...process.env });
  if (!args.sourceMaps) applyStackSettings(config);
  let local: ThrowawayNeo4j | undefined;
  let conn = {
    uri: config.neo4j.uri,
    username: config.neo4j.username,
    password: config.neo4j.password ?? '',
  };
  if (!conn.uri) {
    local = await ThrowawayNeo4j.start({ purpose: 'bench-executor', dir: config.localNeo4j.dir, log });
    conn = { uri: local.uri, username: local.username, password: local.password };
  }
  const db = Database.connect({ ...config.neo4j, ...conn, uri: conn.uri! }, log);
  try {
    await seedGraph(db, seedFilesIn(SEEDS_DIR), log);
    // Seeded entities in the roles the synthetic graph's targets play.
    const mix = queryMix({
      personId: 'vitali-klitschko',
      fromId: 'vitali-klitschko',
      toId: 'vladimir-putin',
      distance: 0,
      regionId: 'kharkiv-oblast',
      regionEvents: 0,
      searchText: 'klitchko',
    });
    const runners = new Map<ExecutorName, { run: Runner; stop(): Promise<void> }>();
    for (const e of EXECUTORS) runners.set(e, await runnerFor(e, config, db));
    const totals = new Map<string, Sample>();
    // Warm-up: every question on each executor (compiles, JIT, connection pool).
    for (const q of mix) for (const e of EXECUTORS) await drive(runners.get(e)!.run, q, 1, args.concurrency);
    for (let round = 0; round < args.rounds; round++) {
      for (const q of mix) {
        for (const e of round % 2 ? [...EXECUTORS].reverse() : EXECUTORS) {
          const s = await drive(runners.get(e)!.run, q, args.seconds, args.concurrency);
          const key = `${q.name}|${e}`;
          const t = totals.get(key) ?? { requests: 0, errors: 0, wallMs: 0, cpuMs: 0 };
          totals.set(key, {
            requests: t.requests + s.requests,
            errors: t.errors + s.errors,
            wallMs: t.wallMs + s.wallMs,
            cpuMs: t.cpuMs + s.cpuMs,
          });
        }
      }
    }
    for (const r of runners.values()) await r.stop();

    const perQuery = mix.map((q) => {
      const row: Record<string, unknown> = { query: q.name };
      for (const e of EXECUTORS) {
        const t = totals.get(`${q.name}|${e}`)!;
        row[e] = {
          requests: t.requests,
          errors: t.errors,
          reqPerSec: Math.round((t.requests / t.wallMs) * 1000),
          cpuMsPerRequest: Number((t.cpuMs / t.requests).toFixed(3)),
        };
      }
      const [g, j] = EXECUTORS.map((e) => row[e] as { reqPerSec: number; cpuMsPerRequest: number });
      row.jitThroughputRatio = Number((j!.reqPerSec / g!.reqPerSec).toFixed(2));
      row.jitCpuRatio = Number((j!.cpuMsPerRequest / g!.cpuMsPerRequest).toFixed(2));
      return row;
    });
    const result = {
      what: 'in-process executeOperation over the seeded graph; CPU of this process only (Neo4j excluded)',
      when: new Date().toISOString(),
      node: process.version,
      cpus: (await import('node:os')).cpus().length,
      ...args,
      sourceMaps: process.sourceMapsEnabled,
      perQuery,
    };
    const file = path.join(import.meta.dirname, 'results', 'executor.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    console.table(
      perQuery.map((r) => ({
        query: r.query,
        'graphql req/s': (r.graphql as { reqPerSec: number }).reqPerSec,
        'jit req/s': (r.jit as { reqPerSec: number }).reqPerSec,
        'graphql cpu ms': (r.graphql as { cpuMsPerRequest: number }).cpuMsPerRequest,
        'jit cpu ms': (r.jit as { cpuMsPerRequest: number }).cpuMsPerRequest,
        errors: (r.graphql as { errors: number }).errors + (r.jit as { errors: number }).errors,
      })),
    );
    console.log(`wrote ${file}`);
  } finally {
    await db.close();
    await local?.remove();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
