import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../src/config.js';
import type { Context } from '../src/context.js';
import type { Db } from '../src/db/database.js';
import type { CypherQuery } from '../src/db/cypherQuery.js';
import { createLoaders } from '../src/loaders.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server.js';
import { applyStackSettings } from '../src/stackSettings.js';
import { QUERY_NAMES } from './queryMix.js';
import { arg, BENCH_DIR, gitHead, median, r2, treeBench } from './treeBench.js';

/**
 * The executor's own cost per request, without the database's noise: each question
 * of the mix runs once against the 10k synthetic graph, its rows are recorded, and
 * then every executor answers it from those rows, in this process, one request after
 * another, through Apollo Server's executeOperation and JSON.stringify of the result
 * (what the HTTP path then sends). CPU µs per request is this process's user + system
 * time over the requests; the executors take turns each round.
 *
 *   npx tsx bench/executeShare.ts [--requests=2000] [--rounds=5]
 *
 * The recorded rows stand in for the database here only: this measures the layer
 * above it. Writes bench/results/execute-share.json.
 */

const EXECUTORS = ['graphql', 'jit'] as const;
const requests = Number(arg('requests') ?? 2000);
const rounds = Number(arg('rounds') ?? 5);

const keyOf = (q: CypherQuery) => `${q.cypher}\n${JSON.stringify(q.params)}`;

/** Answers reads from `tape`, which a first pass over the real database filled. */
function replayDb(tape: Map<string, Record<string, unknown>[]>, real?: Db): Db {
  const read = async (q: CypherQuery) => {
    const key = keyOf(q);
    if (real) {
      const rows = await real.read(q);
      tape.set(key, structuredClone(rows));
      return rows;
    }
    const rows = tape.get(key);
    if (!rows) throw new Error(`no recorded rows for ${q.cypher.split('\n', 1)[0]}`);
    // The same rows every time: resolvers only read them (checked after the runs).
    return rows;
  };
  const refuse = () => Promise.reject(new Error('this bench only reads'));
  return { read, write: refuse, writeAll: refuse, transaction: refuse };
}

const bench = await treeBench(QUERY_NAMES, false);
try {
  const base = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    NEO4J_URI: 'bolt://unused',
    NEO4J_PASSWORD: 'unused',
    HOST: '127.0.0.1',
  });
  applyStackSettings(base);
  const log = createLogger('silent');
  const tape = new Map<string, Record<string, unknown>[]>();
  const servers = new Map<string, Awaited<ReturnType<typeof createServer>>>();
  for (const e of EXECUTORS) servers.set(e, await createServer({ ...base, executor: e }, bench.db as never, log));
  const ctx = (db: Db, config: Config): Context => ({
    db,
    config,
    log,
    token: undefined,
    stats: { statements: 0 },
    loaders: createLoaders(db),
  });
  const replay = replayDb(tape);
  const answer = async (e: string, q: (typeof bench.mix)[number], db: Db) => {
    const config = { ...base, executor: e as Config['executor'] };
    const res = await servers.get(e)!.apollo.executeOperation(q.ours, { contextValue: ctx(db, config) });
    if (res.body.kind !== 'single') throw new Error(`${e} ${q.name}: not a single result`);
    if (res.body.singleResult.errors) throw new Error(`${e} ${q.name}: ${res.body.singleResult.errors[0]?.message}`);
    return JSON.stringify(res.body.singleResult);
  };
  // Record, then check that every executor gives the same bytes from the tape.
  const expected = new Map<string, string>();
  for (const q of bench.mix) expected.set(q.name, await answer('graphql', q, replayDb(tape, bench.db)));
  for (const q of bench.mix) {
    for (const e of EXECUTORS) {
      if ((await answer(e, q, replay)) !== expected.get(q.name)) throw new Error(`${e} ${q.name}: different answer`);
    }
  }
  const perRound = new Map<string, number[]>();
  const bytes: Record<string, number> = {};
  for (let round = 0; round <= rounds; round++) {
    for (const q of bench.mix) {
      bytes[q.name] = expected.get(q.name)!.length;
      for (const e of round % 2 ? [...EXECUTORS].reverse() : EXECUTORS) {
        const cpu0 = process.cpuUsage();
        for (let i = 0; i < requests; i++) await answer(e, q, replay);
        const cpu = process.cpuUsage(cpu0);
        // Round 0 warms both executors up and is not kept.
        if (round > 0)
          perRound.set(`${q.name}|${e}`, [
            ...(perRound.get(`${q.name}|${e}`) ?? []),
            (cpu.user + cpu.system) / requests,
          ]);
      }
    }
  }
  // Nothing may have changed the recorded rows: the answers are still the same bytes.
  for (const q of bench.mix) {
    for (const e of EXECUTORS) {
      if ((await answer(e, q, replay)) !== expected.get(q.name)) throw new Error(`${e} ${q.name}: answer changed`);
    }
  }
  const questions = bench.mix.map((q) => {
    const us = Object.fromEntries(EXECUTORS.map((e) => [e, r2(median(perRound.get(`${q.name}|${e}`)!))]));
    return {
      question: q.name,
      answerBytes: bytes[q.name],
      cpuUsPerRequest: us,
      jitOverGraphql: r2(us.jit! / us.graphql!),
    };
  });
  const result = {
    when: new Date().toISOString(),
    commit: gitHead(path.resolve(BENCH_DIR, '..')),
    graph: '10k synthetic + seed; rows recorded once, replayed',
    requestsPerRound: requests,
    rounds,
    questions,
  };
  for (const s of servers.values()) await s.stop();
  mkdirSync(path.join(BENCH_DIR, 'results'), { recursive: true });
  writeFileSync(path.join(BENCH_DIR, 'results', 'execute-share.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
} finally {
  await bench.close();
}
