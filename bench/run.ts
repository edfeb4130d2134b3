import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { SEEDS_DIR } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { NEO4J_VERSION } from '../src/db/localNeo4j.js';
import { createLogger } from '../src/logger.js';
import { loadSeedFiles } from '../src/seed/loadSeedFiles.js';
import { seedFilesIn, seedGraph } from '../src/seed/seedGraph.js';
import type { BenchResult, SizeResult } from './benchResult.js';
import { benchNeo4j } from './benchNeo4j.js';
import { BenchServers } from './benchServers.js';
import { captureStatements } from './capture.js';
import { checkMix } from './checkMix.js';
import { cpuProfilePass } from './cpuProfilePass.js';
import { FloorClient } from './floorClient.js';
import { loadSize } from './loadSize.js';
import { parseOptions, sizeLabel } from './options.js';
import { peerRequest, type PeerField } from './peer/cypherFields.js';
import { profileMix } from './profile.js';
import { queryMix, type GraphQLRequest, type MixQuery, type PeerForm } from './queryMix.js';
import { ingestionStep, liveStep } from './steps.js';
import { writeReport } from './report.js';
import { SyntheticGraph, SYN_PREFIX } from './syntheticGraph.js';
import { TimedRuns } from './timedRuns.js';
import { Adjacency, pickTargets } from './targets.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = path.join(here, 'results');
const started = Date.now();
const say = (msg: string) => {
  const t = Math.round((Date.now() - started) / 1000);
  console.log(`[bench ${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}] ${msg}`);
};

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
    `sizes ${opts.sizes.map(sizeLabel).join(' → ')}, ${opts.durationSec} s per run at concurrency ` +
      `${opts.concurrency.join('/')} (${opts.topDurationSec} s at c${Math.max(...opts.concurrency)})` +
      `${opts.strict ? ', strict' : ''}${opts.cache ? ', cache on for repeated reads' : ''}`,
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
    // The capture is not timed, and a statement's first run includes its Cypher
    // planning, which for the nested people page can pass the server's 10 s timeout
    // on a busy machine; the plans are cached by the time anything is timed.
    const captureDb = Database.connect({ ...connection, txTimeoutMs: 120_000 }, log);
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

    const runs = new TimedRuns(result, opts, { raw, database: neo.database, pid: neo.pid }, say, save);
    cleanups.push(async () => runs.stop());
    const floor = FloorClient.start();
    cleanups.push(() => floor.stop());
    const servers = new BenchServers(env, opts.cache);
    cleanups.push(() => servers.stop());
    let mix: MixQuery[] = [];

    for (const [sizeIndex, size] of opts.sizes.entries()) {
      const label = sizeLabel(size);
      say(`loading synthetic nodes up to ${label}`);
      const chunks = sizeIndex === 0 ? adj.record(gen.grow(size)) : gen.grow(size);
      const { bulk, graph } = await loadSize(loaderDb, raw, neo.database, chunks, {
        batchSize: opts.batchSize,
        expectedNodes: size - gen.size,
        label,
      });
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
      const peerFields = new Map<PeerField['name'], PeerField>();
      const requestOf = (q: MixQuery, f: PeerForm): GraphQLRequest => {
        if (!('cypherField' in f.request)) return f.request;
        const last = captures.get(q.name)!.statements.at(-1)!;
        const field: PeerField = { name: f.request.cypherField, cypher: last.cypher, params: last.params };
        peerFields.set(field.name, field);
        return peerRequest(field, f.request.selection);
      };
      const peerForms = new Map(mix.map((q) => [q.name, q.peer.map((f) => ({ ...f, req: requestOf(q, f) }))]));

      const { ours, cached, peer } = await servers.forSize([...peerFields.values()]);
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
        graph,
        bulk,
        equivalence: {},
        peerForms: {},
        statements: {},
        profile: {},
        runs: [],
      };
      result.sizes.push(sizeResult);

      // Same answer from every target before anything is timed; the peer's forms
      // that agree with ours are probed, and the fastest is kept.
      const { drivers, peerRequests, problems } = await checkMix(
        mix,
        captures,
        peerForms,
        { ours, cached, peer, floor },
        sizeResult,
        { sec: opts.warmupSec, maxRequests: opts.maxRequests, raw, database: neo.database },
      );
      for (const [name, list] of problems) {
        say(`ANSWERS DIFFER for ${name}: ${list.join('; ')}`);
        if (opts.strict) {
          save();
          throw new Error(`answers differ for ${name} (--no-strict to go on)`);
        }
      }
      for (const [name, probes] of Object.entries(sizeResult.peerForms)) {
        if (probes.length > 1)
          say(
            `peer forms for ${name}: ${probes.map((p) => `${p.form}${p.rps !== null ? ` ${p.rps} req/s` : ''}${p.kept ? ' (kept)' : ''}`).join('; ')}`,
          );
      }
      if (sizeIndex === 0) {
        result.mix = mix.map((q) => ({
          name: q.name,
          title: q.title,
          peerStyle: sizeResult.peerForms[q.name]!.find((p) => p.kept)?.form ?? q.peer[0]!.form,
          ours: q.ours,
          peer: peerRequests.get(q.name)!,
        }));
      }
      say(
        `answers checked: ${Object.entries(sizeResult.equivalence)
          .map(([k, v]) => `${k} ${v.equal ? 'same' : 'DIFFERENT'}`)
          .join(', ')}`,
      );

      await runs.timeSize(sizeResult, mix, {
        drivers,
        pids: { ours: ours.pid, peer: peer.pid, floor: floor.pid, cached: cached?.pid },
      });

      say('PROFILE: database hits per question, ours and the peer');
      sizeResult.profile = await profileMix(raw, neo.database, captures, [...peerFields.values()], peerRequests);
      save();

      // Ingestion once, into the 100k graph (the issue's workload), after its query runs
      // so that the articles it adds do not change the answers timed at this size.
      if (size === 100_000 && opts.ingestArticles > 0) {
        result.ingestion = await ingestionStep(loaderDb, opts.ingestArticles, sizeResult.graph.totalNodes, say);
        save();
      }
    }

    runs.stop();
    if (opts.live) {
      say('subscriptions: bench/live.ts (its own Neo4j and two server processes)');
      result.live = await liveStep(say);
      save();
    }
    if (opts.cpuProfile && mix.length) {
      say('CPU profile of our server under load (separate process with --cpu-prof)');
      result.cpuProfile = await cpuProfilePass({ ...env, RESPONSE_CACHE: 'false' }, mix, opts);
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
