import neo4j, { type Driver } from 'neo4j-driver';
import { toParams, toPlain } from '../src/db/toPlain.js';
import { inFlight, type LoadResult } from './loadResult.js';
import { summarize } from './stats.js';

/**
 * Target 2, the floor, in its own process: the statements our server was recorded
 * sending for a question, replayed through a bare neo4j-driver (same pool size,
 * same auto-commit read transactions in a READ session, same transaction timeout) with
 * no HTTP and no GraphQL.
 * Statements of one wave run in parallel and waves in order, as our resolvers ran
 * them. The orchestrator talks to it over IPC:
 *   setup {connection, plans}  → ready
 *   run {name, concurrency, durationMs, maxRequests} → result (a LoadResult)
 * Every 20th request's rows are compared with what our server got.
 */

export interface FloorStatement {
  cypher: string;
  params: Record<string, unknown>;
  wave: number;
  /** JSON of the rows our server's Database returned for it. */
  expected: string;
}

export type FloorMessage =
  | {
      type: 'setup';
      connection: {
        uri: string;
        username: string;
        password: string;
        database: string | undefined;
        poolSize: number;
        txTimeoutMs: number;
      };
      plans: Record<string, FloorStatement[]>;
    }
  | { type: 'run'; name: string; concurrency: number; durationMs: number; maxRequests: number };

interface Prepared {
  waves: { cypher: string; params: Record<string, unknown>; expected: string }[][];
}

const CHECK_EVERY = 20;
let driver: Driver | undefined;
let database: string | undefined;
let txTimeoutMs = 10_000;
let plans = new Map<string, Prepared>();

function prepare(statements: FloorStatement[]): Prepared {
  const waves: Prepared['waves'] = [];
  for (const s of statements) {
    // Integer conversion happens once here, not per request: the floor is the database's cost.
    (waves[s.wave] ??= []).push({
      cypher: s.cypher,
      params: toParams(s.params) as Record<string, unknown>,
      expected: rowsKey(JSON.parse(s.expected) as unknown[]),
    });
  }
  return { waves: waves.filter(Boolean) };
}

/**
 * Rows as a comparable string: row order kept (pages are ordered), but lists nested
 * inside a row compared as sets, since a COLLECT without ORDER BY has no defined
 * order and the server's GraphQL answers are checked for order where it matters.
 */
function rowsKey(rows: unknown[]): string {
  const norm = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(norm).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]))
        : v;
  return JSON.stringify(rows.map(norm));
}

let lastDifference = '';

async function once(plan: Prepared, check: boolean): Promise<boolean> {
  let ok = true;
  for (const wave of plan.waves) {
    await Promise.all(
      wave.map(async (s) => {
        // As our Database reads (src/db/database.ts): an auto-commit transaction, one round trip.
        const session = driver!.session({ database, defaultAccessMode: neo4j.session.READ });
        const res = await session.run(s.cypher, s.params, { timeout: txTimeoutMs }).finally(() => session.close());
        if (!check) return;
        const got = rowsKey(res.records.map((r) => toPlain(r.toObject())));
        if (got !== s.expected) {
          ok = false;
          const at = [...got].findIndex((ch, i) => ch !== s.expected[i]);
          lastDifference = `at ${at}: got …${got.slice(Math.max(0, at - 80), at + 120)}… expected …${s.expected.slice(Math.max(0, at - 80), at + 120)}…`;
        }
      }),
    );
  }
  return ok;
}

async function run(name: string, concurrency: number, durationMs: number, maxRequests: number): Promise<LoadResult> {
  const plan = plans.get(name);
  if (!plan) throw new Error(`no plan for ${name}`);
  const latencies: number[] = [];
  let open = true;
  let issued = 0;
  let errors = 0;
  let firstError: string | undefined;
  let mismatches = 0;
  let checked = 0;
  const started = performance.now();
  const end = started + durationMs;
  const worker = async () => {
    while (performance.now() < end && issued < maxRequests) {
      const n = issued++;
      const check = n % CHECK_EVERY === 0;
      const t0 = performance.now();
      try {
        const ok = await once(plan, check);
        if (!open) return;
        latencies.push(performance.now() - t0);
        if (check) {
          checked += 1;
          if (!ok) mismatches += 1;
        }
      } catch (e) {
        if (!open) return;
        errors += 1;
        firstError ??= e instanceof Error ? e.message.slice(0, 300) : String(e);
      }
    }
  };
  // Like autocannon, stop at the deadline: requests still in flight are counted as
  // such, not timed (the orchestrator waits for the database to go idle before the next run).
  const workers = Promise.all(Array.from({ length: concurrency }, worker));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([workers, new Promise((r) => (timer = setTimeout(r, Math.max(0, end - performance.now()))))]);
  clearTimeout(timer);
  open = false;
  const elapsedMs = performance.now() - started;
  return {
    requests: latencies.length,
    sent: issued,
    inFlight: inFlight(issued, latencies.length, errors),
    errors,
    ...(firstError ? { firstError } : {}),
    timeouts: 0,
    non200: 0,
    mismatches,
    checked,
    elapsedMs: Math.round(elapsedMs),
    rps: Math.round((latencies.length / (elapsedMs / 1000)) * 10) / 10,
    latency: summarize(latencies),
  };
}

process.on('message', (msg: FloorMessage) => {
  void (async () => {
    try {
      if (msg.type === 'setup') {
        const c = msg.connection;
        driver ??= neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), {
          maxConnectionPoolSize: c.poolSize,
          disableLosslessIntegers: true,
          userAgent: 'bench-floor',
        });
        database = c.database;
        txTimeoutMs = c.txTimeoutMs;
        plans = new Map(Object.entries(msg.plans).map(([k, v]) => [k, prepare(v)]));
        for (const [k, p] of plans) {
          if (!(await once(p, true)))
            throw new Error(`floor: ${k} does not return what our server got (${lastDifference})`);
        }
        process.send!({ type: 'ready' });
      } else {
        process.send!({
          type: 'result',
          result: await run(msg.name, msg.concurrency, msg.durationMs, msg.maxRequests),
        });
      }
    } catch (e) {
      process.send!({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  })();
});
process.on('disconnect', () => {
  void driver?.close().finally(() => process.exit(0));
});
