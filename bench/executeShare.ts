import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse, validate } from 'graphql';
import { compileQuery } from 'graphql-jit';
import neo4j from 'neo4j-driver';
import { loadConfig, type Config } from '../src/config.js';
import { createContext, type Context } from '../src/context.js';
import type { CypherQuery } from '../src/db/cypherQuery.js';
import type { Database, Db } from '../src/db/database.js';
import { toParams } from '../src/db/toPlain.js';
import { createLogger } from '../src/logger.js';
import { resolvers } from '../src/resolvers/index.js';
import { typeDefs } from '../src/schema/typeDefs.js';
import { createServer } from '../src/server.js';
import { applyStackSettings } from '../src/stackSettings.js';
import { QUERY_NAMES, type MixQuery } from './queryMix.js';
import { closedLoop, serialCpuUs } from './cpuPerCall.js';
import { arg, BENCH_DIR, gitHead, median, r2, treeBench } from './treeBench.js';

/**
 * Where a request's CPU goes below HTTP, layer by layer, in this process, for each
 * question of the mix over the 10k synthetic graph (CPU µs per request: this
 * process's user + system time over the requests, median of the rounds):
 *
 * - driver: the question's statements through a bare neo4j-driver, as the floor
 *   sends them (auto-commit reads in a READ session), rows left as the driver gives them;
 * - database: the same statements through our Database (record conversion, the
 *   statement count, timeouts, retries);
 * - server, per executor: the whole GraphQL request through Apollo Server's
 *   executeOperation, and JSON.stringify of the answer, which the HTTP path then sends;
 * - execution only, per executor: the same, answered from rows recorded once
 *   instead of the database, one request after another, so the database's noise is
 *   out of it. Here recorded rows stand in for the database because the layer above
 *   it is what is measured.
 *
 * The database layers run 16 requests at a time for a fixed window, as the HTTP
 * benchmark's c16 does. It also times, per document, graphql-jit's compilation
 * against parsing and validating it.
 *
 *   npx tsx bench/executeShare.ts [--requests=1000] [--rounds=3] [--seconds=3]
 *
 * Writes bench/results/execute-share.json.
 */

const EXECUTORS = ['graphql', 'jit'] as const;
type Executor = (typeof EXECUTORS)[number];
const requests = Number(arg('requests') ?? 1000);
const rounds = Number(arg('rounds') ?? 3);
const seconds = Number(arg('seconds') ?? 3);
const CONCURRENCY = 16;

type Rows = Record<string, unknown>[];
const keyOf = (q: CypherQuery) => `${q.cypher}\n${JSON.stringify(q.params)}`;

/**
 * Reads answered from `tape`, or from `real` while recording into it (and into
 * `sent`); shaped as createContext takes a database.
 */
function replayDb(tape: Map<string, Rows>, real?: Db, sent?: CypherQuery[]): Pick<Database, 'counting'> {
  const read = async (q: CypherQuery) => {
    if (real) {
      const rows = await real.read(q);
      tape.set(keyOf(q), structuredClone(rows));
      sent?.push(q);
      return rows;
    }
    const rows = tape.get(keyOf(q));
    if (!rows) throw new Error(`no recorded rows for ${q.cypher.split('\n', 1)[0]}`);
    // The same rows every time: resolvers only read them (checked after the runs).
    return rows;
  };
  const refuse = () => Promise.reject(new Error('this bench only reads'));
  return {
    counting: (count) => ({
      read: (q) => {
        count.statements += 1;
        return read(q);
      },
      write: refuse,
      writeAll: refuse,
      transaction: refuse,
    }),
  };
}

const bench = await treeBench(QUERY_NAMES, false);
try {
  const base = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    NEO4J_URI: 'bolt://unused',
    NEO4J_PASSWORD: 'unused',
    RESPONSE_CACHE: 'false',
    HOST: '127.0.0.1',
  });
  applyStackSettings(base);
  const log = createLogger('silent');
  // One configuration per executor, made once: not per request inside the timed loops.
  const configs = new Map(EXECUTORS.map((e) => [e, { ...base, executor: e } satisfies Config]));
  const servers = new Map<Executor, Awaited<ReturnType<typeof createServer>>>();
  for (const e of EXECUTORS) servers.set(e, await createServer(configs.get(e)!, bench.db, log));
  const contextOf = (e: Executor, database: Pick<Database, 'counting'>) =>
    createContext(database, configs.get(e)!, log, undefined);
  const answer = async (e: Executor, q: MixQuery, ctx: Context) => {
    const res = await servers.get(e)!.apollo.executeOperation(q.ours, { contextValue: ctx });
    if (res.body.kind !== 'single') throw new Error(`${e} ${q.name}: not a single result`);
    if (res.body.singleResult.errors) throw new Error(`${e} ${q.name}: ${res.body.singleResult.errors[0]?.message}`);
    return JSON.stringify(res.body.singleResult);
  };

  const tape = new Map<string, Rows>();
  const replay = replayDb(tape);
  const statements = new Map<string, CypherQuery[]>();
  const expected = new Map<string, string>();
  for (const q of bench.mix) {
    const sent: CypherQuery[] = [];
    expected.set(q.name, await answer('graphql', q, contextOf('graphql', replayDb(tape, bench.db, sent))));
    statements.set(q.name, sent);
  }
  const sameAnswers = async (what: string) => {
    for (const q of bench.mix) {
      for (const e of EXECUTORS) {
        const got = await answer(e, q, contextOf(e, replay));
        if (got !== expected.get(q.name)) throw new Error(`${e} ${q.name}: ${what}`);
      }
    }
  };
  await sameAnswers('a different answer from the recorded rows');

  const session = () => bench.raw.session({ defaultAccessMode: neo4j.session.READ });
  const layers = {
    driver: (q: MixQuery) => {
      const sent = statements.get(q.name)!.map((s) => ({ cypher: s.cypher, params: toParams(s.params) as never }));
      return async () => {
        for (const s of sent) {
          const open = session();
          await open.run(s.cypher, s.params, { timeout: base.neo4j.txTimeoutMs }).finally(() => open.close());
        }
      };
    },
    database: (q: MixQuery) => {
      const sent = statements.get(q.name)!;
      return async () => {
        for (const s of sent) await bench.db.read(s);
      };
    },
    'server graphql': (q: MixQuery) => async () => answer('graphql', q, contextOf('graphql', bench.db)),
    'server jit': (q: MixQuery) => async () => answer('jit', q, contextOf('jit', bench.db)),
  };
  const runs = new Map<string, number[]>();
  const keep = (key: string, us: number, round: number) => {
    // Round 0 warms everything up and is not kept.
    if (round > 0) runs.set(key, [...(runs.get(key) ?? []), us]);
  };
  for (let round = 0; round <= rounds; round++) {
    for (const q of bench.mix) {
      for (const [name, layer] of Object.entries(layers)) {
        keep(`${q.name}|${name}`, (await closedLoop(layer(q), CONCURRENCY, seconds * 1000)).cpuUsPerCall, round);
      }
      for (const e of round % 2 ? [...EXECUTORS].reverse() : EXECUTORS) {
        keep(`${q.name}|execution ${e}`, await serialCpuUs(() => answer(e, q, contextOf(e, replay)), requests), round);
      }
    }
  }
  await sameAnswers('the recorded rows changed under the runs');

  // What a document costs once: graphql-jit's compilation, against parsing and
  // validating it (what Apollo does once per document), µs each, median of the rounds.
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  for (let round = 0; round <= rounds; round++) {
    for (const q of bench.mix) {
      keep(`${q.name}|compile`, await serialCpuUs(() => compileQuery(schema, parse(q.ours.query)), 50), round);
      keep(`${q.name}|parse and validate`, await serialCpuUs(() => validate(schema, parse(q.ours.query)), 50), round);
    }
  }

  const questions = bench.mix.map((q) => {
    const us = (layer: string) => r2(median(runs.get(`${q.name}|${layer}`)!));
    return {
      question: q.name,
      statements: statements.get(q.name)!.length,
      answerBytes: expected.get(q.name)!.length,
      cpuUsPerRequest: {
        driver: us('driver'),
        database: us('database'),
        serverGraphql: us('server graphql'),
        serverJit: us('server jit'),
        executionGraphql: us('execution graphql'),
        executionJit: us('execution jit'),
      },
      jitOverGraphql: r2(us('execution jit') / us('execution graphql')),
      documentOnceUs: {
        jitCompile: us('compile'),
        parseAndValidate: us('parse and validate'),
      },
    };
  });
  const result = {
    when: new Date().toISOString(),
    commit: gitHead(path.resolve(BENCH_DIR, '..')),
    graph: '10k synthetic + seed',
    concurrency: CONCURRENCY,
    secondsPerWindow: seconds,
    serialRequests: requests,
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
