import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { SEEDS_DIR } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { awaitIndexes } from '../src/cypher/schemaCypher.js';
import { graphCounts, type GraphCounts } from '../src/cypher/countCypher.js';
import { Database } from '../src/db/database.js';
import { NEO4J_VERSION } from '../src/db/localNeo4j.js';
import { createLogger } from '../src/logger.js';
import { loadSeedFiles } from '../src/seed/loadSeedFiles.js';
import { seedFilesIn, seedGraph } from '../src/seed/seedGraph.js';
import { benchNeo4j } from './benchNeo4j.js';
import { bulkLoad, type BulkLoadResult } from './bulkLoad.js';
import { captureStatements, type Capture } from './capture.js';
import { startServer, type ServerChild } from './children.js';
import { cpuProfilePass, type CpuProfileResult } from './cpuProfilePass.js';
import { FloorClient } from './floorClient.js';
import { postGraphQL } from './http.js';
import { measure, TARGETS, type RunRecord, type Target } from './measure.js';
import { parseOptions, sizeLabel, type BenchOptions } from './options.js';
import { peerRequest, type PeerField } from './peer/cypherFields.js';
import { profileMix, type QueryProfile } from './profile.js';
import { queryMix, type GraphQLRequest, type MixQuery, type QueryName } from './queryMix.js';
import { writeReport } from './report.js';
import { settle } from './settle.js';
import { SyntheticGraph, SYN_PREFIX } from './syntheticGraph.js';
import { Adjacency, pickTargets, type Targets } from './targets.js';

export interface SizeResult {
  size: number;
  graph: GraphCounts & { totalNodes: number; totalRelationships: number };
  bulk: BulkLoadResult;
  equivalence: Record<string, { equal: boolean; note?: string }>;
  statements: Record<string, { count: number; waves: number }>;
  profile: Record<string, QueryProfile>;
  runs: RunRecord[];
}

export interface BenchResult {
  startedAt: string;
  finishedAt?: string;
  wallSec?: number;
  machine: {
    cpus: number;
    cpuModel: string;
    memGb: number;
    node: string;
    loadAvgStart: number[];
    loadAvgEnd?: number[];
  };
  neo4j: { version: string; ownInstance: boolean };
  options: BenchOptions;
  targets?: Targets;
  mix: { name: QueryName; title: string; peerStyle: string; ours: GraphQLRequest; peer: GraphQLRequest }[];
  sizes: SizeResult[];
  /** Our server's resident memory after every timed run, in order: flat means no leak. */
  memory: { size: number; query: string; concurrency: number; rssMb: number }[];
  cpuProfile?: CpuProfileResult;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = path.join(here, 'results');
const started = Date.now();
const say = (msg: string) => {
  const t = Math.round((Date.now() - started) / 1000);
  console.log(`[bench ${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}] ${msg}`);
};

/** A response check for autocannon: the exact expected bytes, or else an equal canonical answer and no errors. */
function verifier(expectedRaw: string, canon: (d: unknown) => unknown, expected: string) {
  return (body: string): boolean => {
    if (body === expectedRaw) return true;
    try {
      const j = JSON.parse(body) as { data?: unknown; errors?: unknown };
      return !j.errors && JSON.stringify(canon(j.data)) === expected;
    } catch {
      return false;
    }
  };
}

async function removeSynthetic(db: Database): Promise<void> {
  for (;;) {
    const [row] = await db.write({
      cypher: 'MATCH (n:Node) WHERE n.id STARTS WITH $prefix WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS gone',
      params: { prefix: SYN_PREFIX },
    });
    if (!row || Number(row.gone) === 0) return;
  }
}

async function main() {
  const opts = parseOptions(process.argv.slice(2), process.env);
  const log = createLogger(process.env.BENCH_LOG_LEVEL ?? 'warn');
  const result: BenchResult = {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAvgStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    },
    neo4j: { version: NEO4J_VERSION, ownInstance: !process.env.BENCH_NEO4J_URI },
    options: opts,
    mix: [],
    sizes: [],
    memory: [],
  };
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  mkdirSync(resultsDir, { recursive: true });
  const save = () => writeFileSync(path.join(resultsDir, `${stamp}.json`), `${JSON.stringify(result, null, 1)}\n`);

  say(
    `sizes ${opts.sizes.map(sizeLabel).join(' → ')}, ${opts.durationSec} s per run at concurrency ${opts.concurrency.join('/')}`,
  );
  const neo = await benchNeo4j(log);
  const cleanups: (() => Promise<void>)[] = [() => neo.stop()];
  // Last started, first stopped; each step runs once even if SIGINT and the normal end race.
  const shutdown = async () => {
    for (let c = cleanups.pop(); c; c = cleanups.pop()) await c().catch(() => undefined);
  };
  process.once('SIGINT', () => void shutdown().finally(() => process.exit(130)));

  try {
    say(`Neo4j at ${neo.uri}${neo.home ? ` (own instance, ${neo.home})` : ''}`);
    const env = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      NEO4J_URI: neo.uri,
      NEO4J_USERNAME: neo.username,
      NEO4J_PASSWORD: neo.password,
      ...(neo.database ? { NEO4J_DATABASE: neo.database } : {}),
    };
    const serverConfig = loadConfig({ ...env, HOST: '127.0.0.1', PORT: '0' });
    const connection = { ...serverConfig.neo4j, uri: neo.uri, password: neo.password };
    const loaderDb = Database.connect({ ...connection, txTimeoutMs: 600_000, retryBudgetMs: 30_000 }, log);
    const captureDb = Database.connect(connection, log);
    const raw = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password), { disableLosslessIntegers: true });
    cleanups.push(
      () => loaderDb.close(),
      () => captureDb.close(),
      () => raw.close(),
    );

    say('seeding the article graph');
    await seedGraph(loaderDb, seedFilesIn(SEEDS_DIR), log);
    if (!neo.owned) {
      say('removing synthetic data left by an earlier run');
      await removeSynthetic(loaderDb);
      cleanups.push(() => removeSynthetic(loaderDb));
    }
    const [article] = loadSeedFiles(seedFilesIn(SEEDS_DIR));
    const gen = new SyntheticGraph(article!.seed.article.id, article!.articleText);
    const adj = new Adjacency();

    let ours: ServerChild | undefined;
    let peer: ServerChild | undefined;
    let peerFieldsJson = '';
    const floor = FloorClient.start();
    cleanups.push(() => floor.stop());
    let mix: MixQuery[] = [];

    for (const [sizeIndex, size] of opts.sizes.entries()) {
      const label = sizeLabel(size);
      say(`loading synthetic nodes up to ${label}`);
      const chunks = sizeIndex === 0 ? adj.record(gen.grow(size)) : gen.grow(size);
      const bulk = await bulkLoad(loaderDb, raw, neo.database, chunks, {
        batchSize: opts.batchSize,
        expectedNodes: size - gen.size,
        label,
      });
      await loaderDb.write(awaitIndexes());
      const counts = (await loaderDb.read(graphCounts()))[0] as unknown as GraphCounts;
      const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + Number(b), 0);
      say(
        `loaded ${bulk.nodes} nodes, ${bulk.relationships} relationships in ${(bulk.wallMs / 1000).toFixed(1)} s ` +
          `(Database ${bulk.database.nodesPerSec} nodes/s, ${bulk.database.relationshipsPerSec} rels/s; ` +
          `raw driver ${bulk.raw.nodesPerSec} nodes/s, ${bulk.raw.relationshipsPerSec} rels/s)`,
      );

      if (sizeIndex === 0) {
        result.targets = pickTargets(adj, gen.idsOf('person'), gen.idsOf('region'));
        adj.edges.clear();
        mix = queryMix(result.targets).filter((q) => opts.queries.includes(q.name));
        say(`targets: ${JSON.stringify(result.targets)}`);
      }

      // What our server sends for each question: the floor replays it, the peer's @cypher fields reuse it.
      const captures = await captureStatements(serverConfig, captureDb, log, mix);
      const peerFields: PeerField[] = [];
      const peerRequests = new Map<QueryName, GraphQLRequest>();
      for (const q of mix) {
        if ('cypherField' in q.peer) {
          const last = captures.get(q.name)!.statements.at(-1)!;
          const field: PeerField = { name: q.peer.cypherField, cypher: last.cypher, params: last.params };
          peerFields.push(field);
          peerRequests.set(q.name, peerRequest(field, q.peer.selection));
        } else peerRequests.set(q.name, q.peer);
      }
      if (sizeIndex === 0) {
        result.mix = mix.map((q) => ({
          name: q.name,
          title: q.title,
          peerStyle: q.peerStyle,
          ours: q.ours,
          peer: peerRequests.get(q.name)!,
        }));
      }

      ours ??= await startServer('ours', 'serveOurs.ts', env);
      if (JSON.stringify(peerFields) !== peerFieldsJson) {
        await peer?.stop();
        peer = await startServer('peer', 'peer/servePeer.ts', {
          ...env,
          BENCH_PEER_FIELDS: JSON.stringify(peerFields),
        });
        peerFieldsJson = JSON.stringify(peerFields);
      }
      const [oursNow, peerNow] = [ours, peer!];
      if (sizeIndex === 0)
        cleanups.push(
          () => oursNow.stop(),
          () => peer?.stop() ?? Promise.resolve(),
        );
      await floor.setup(
        {
          uri: neo.uri,
          username: neo.username,
          password: neo.password,
          database: neo.database,
          poolSize: connection.maxPoolSize,
          txTimeoutMs: connection.txTimeoutMs,
        },
        Object.fromEntries(
          [...captures].map(([k, c]) => [
            k,
            c.statements.map((s) => ({
              cypher: s.cypher,
              params: s.params,
              wave: s.wave,
              expected: JSON.stringify(s.rows),
            })),
          ]),
        ),
      );

      const sizeResult: SizeResult = {
        size,
        graph: { ...counts, totalNodes: sum(counts.nodes), totalRelationships: sum(counts.relationships) },
        bulk,
        equivalence: {},
        statements: {},
        profile: {},
        runs: [],
      };
      result.sizes.push(sizeResult);

      // Same answer from all three before anything is timed.
      const drivers = new Map<
        QueryName,
        Record<Exclude<Target, 'floor'>, { body: string; verify: (b: string) => boolean }>
      >();
      for (const q of mix) {
        const cap: Capture = captures.get(q.name)!;
        sizeResult.statements[q.name] = {
          count: cap.statements.length,
          waves: new Set(cap.statements.map((s) => s.wave)).size,
        };
        const expected = JSON.stringify(q.canonOurs(cap.data));
        const a = await postGraphQL(oursNow.url, q.ours);
        const b = await postGraphQL(peerNow.url, peerRequests.get(q.name)!);
        const ca = JSON.stringify(q.canonOurs(a.data));
        const cb = JSON.stringify(q.canonPeer(b.data));
        const problems = [
          a.errors && `ours: ${JSON.stringify(a.errors).slice(0, 300)}`,
          b.errors && `peer: ${JSON.stringify(b.errors).slice(0, 300)}`,
          ca !== expected && 'ours over HTTP differs from the captured answer',
          cb !== expected && `peer differs: ${cb.slice(0, 300)} vs ${expected.slice(0, 300)}`,
        ].filter(Boolean) as string[];
        sizeResult.equivalence[q.name] = problems.length
          ? { equal: false, note: problems.join('; ') }
          : { equal: true };
        if (problems.length) {
          say(`ANSWERS DIFFER for ${q.name}: ${problems.join('; ')}`);
          if (opts.strict) throw new Error(`answers differ for ${q.name}`);
        }
        drivers.set(q.name, {
          ours: { body: JSON.stringify(q.ours), verify: verifier(a.raw, q.canonOurs, expected) },
          peer: { body: JSON.stringify(peerRequests.get(q.name)), verify: verifier(b.raw, q.canonPeer, cb) },
        });
      }
      say(
        `answers checked: ${Object.entries(sizeResult.equivalence)
          .map(([k, v]) => `${k} ${v.equal ? 'same' : 'DIFFERENT'}`)
          .join(', ')}`,
      );

      const pidOf = (t: Target) => (t === 'ours' ? oursNow.pid : t === 'peer' ? peerNow.pid : floor.pid);
      const driverOf = (t: Target, q: MixQuery) =>
        t === 'floor'
          ? ({ kind: 'floor', floor, name: q.name } as const)
          : ({ kind: 'http', url: t === 'ours' ? oursNow.url : peerNow.url, ...drivers.get(q.name)![t] } as const);

      for (const q of mix) {
        for (const t of TARGETS) {
          await measure(driverOf(t, q), pidOf(t), undefined, {
            connections: 16,
            durationSec: opts.warmupSec,
            maxRequests: opts.maxRequests,
          });
          await settle(raw, neo.database);
        }
        for (const c of opts.concurrency) {
          for (const t of TARGETS) {
            const m = await measure(driverOf(t, q), pidOf(t), neo.pid, {
              connections: c,
              durationSec: opts.durationSec,
              maxRequests: opts.maxRequests,
            });
            const settledMs = await settle(raw, neo.database);
            const run: RunRecord = { size, query: q.name, concurrency: c, target: t, ...m, settledMs };
            sizeResult.runs.push(run);
            if (t === 'ours') result.memory.push({ size, query: q.name, concurrency: c, rssMb: m.rssMb });
            const bad = m.errors + m.non200 + m.mismatches;
            say(
              `${label} ${q.name.padEnd(12)} c${String(c).padEnd(3)} ${t.padEnd(5)} ${String(m.rps).padStart(8)} req/s ` +
                `p50 ${m.latency.p50} ms p99 ${m.latency.p99} ms cpu ${m.cpuMsPerRequest} ms/req` +
                (bad ? `  ${m.errors} errors, ${m.non200} non-200, ${m.mismatches} wrong answers` : '') +
                (settledMs > 1000 ? `  (database busy ${(settledMs / 1000).toFixed(1)} s after the run)` : ''),
            );
          }
        }
        save();
      }

      say('PROFILE: database hits per question, ours and the peer');
      sizeResult.profile = await profileMix(raw, neo.database, captures, peerFields, peerRequests);
      save();
    }

    if (opts.cpuProfile && ours && mix.length) {
      say('CPU profile of our server under load (separate process with --cpu-prof)');
      result.cpuProfile = await cpuProfilePass(env, mix, opts);
    }
    result.finishedAt = new Date().toISOString();
    result.wallSec = Math.round((Date.now() - started) / 1000);
    result.machine.loadAvgEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
    save();
    const written = writeReport(result, resultsDir);
    say(`done in ${result.wallSec} s: ${written.join(', ')}`);
  } finally {
    await shutdown();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
