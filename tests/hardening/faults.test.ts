import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type AppServer } from '../../src/server.js';
import { mixedQueries } from '../../scripts/mixedQueries.js';
import { testPrefix } from '../helpers/testDb.js';
import { FaultNeo4j } from './faultNeo4j.js';
import { errorCodes, postGraphQL, type Reply } from './postGraphQL.js';
import { quantile } from '../../scripts/soakStats.js';
import { recordFigures, sleep } from './recordFigures.js';
import { freePort } from '../../src/db/freePort.js';

const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const QUOTE = 'Fresh Russian air attacks';
const TOKEN = `fault-${randomBytes(16).toString('hex')}`;

interface Outcome extends Reply {
  phase: string;
  startedAt?: number;
}

/** True when a reply carries data, or only SERVICE_UNAVAILABLE errors. */
const dataOrUnavailable = (r: Reply) =>
  r.status === 200 &&
  (r.body?.errors === undefined ? r.body?.data != null : errorCodes(r).every((c) => c === 'SERVICE_UNAVAILABLE'));

describe('the server when Neo4j fails', () => {
  // Server-side errors are kept, to explain a failed assertion.
  const serverErrors: string[] = [];
  const log = process.env.TEST_LOG_LEVEL
    ? createLogger(process.env.TEST_LOG_LEVEL)
    : pino(
        { level: 'error' },
        new Writable({
          write(chunk, _encoding, done) {
            serverErrors.push(String(chunk));
            done();
          },
        }),
      );
  /** Driver error codes of the database failures logged at error level (unexpected ones), with counts. */
  const unexpectedDbCodes = () => {
    const counts: Record<string, number> = {};
    for (const line of serverErrors) {
      const entry = JSON.parse(line) as { msg?: string; err?: { code?: string; name?: string } };
      if (entry.msg !== 'database call failed') continue;
      const code = entry.err?.code ?? entry.err?.name ?? 'unknown';
      counts[code] = (counts[code] ?? 0) + 1;
    }
    return counts;
  };
  const unexpectedServerErrors = () =>
    serverErrors
      .filter((l) => l.includes('INTERNAL_SERVER_ERROR') || l.includes('unexpected error'))
      .map((l) => l.slice(0, 600))
      .join('\n');
  const prefix = testPrefix('faults');
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  let neo: FaultNeo4j;
  let db: Database;
  let server: AppServer;
  let url: string;

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    neo = await FaultNeo4j.start(log);
    const config = neo.config({ AUTH_TOKEN: TOKEN });
    db = neo.connect(config);
    server = await createServer(config, db, log);
    url = await server.listen(0);
  }, 240_000);

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await server?.stop();
    await db?.close();
    // The instance and its data folder are this file's alone; nothing else to clean.
    await neo?.remove();
  }, 120_000);

  it('answers within 5 s with data or SERVICE_UNAVAILABLE while Neo4j is stopped, keeps /health up and recovers by itself', async () => {
    // Cold query plans are not what this test measures: warm each query up once.
    for (const q of mixedQueries) await postGraphQL(url, q.query, q.variables, { timeoutMs: 60_000 });
    const outcomes: Outcome[] = [];
    let phase = 'up';
    let running = true;
    const t0 = performance.now();
    const loops = Array.from({ length: 8 }, async (_, i) => {
      for (let n = i; running; n++) {
        const q = mixedQueries[n % mixedQueries.length]!;
        const started = phase;
        const startedAt = performance.now() - t0;
        const reply = await postGraphQL(url, q.query, q.variables, { timeoutMs: 15_000 });
        outcomes.push({ phase: started, startedAt, ...reply });
      }
    });
    await sleep(1_500);
    phase = 'stopping';
    const stopStarted = performance.now();
    const stopAt = stopStarted - t0;
    await neo.stop();
    const stopMs = performance.now() - stopStarted;
    phase = 'down';
    const probeStarted = performance.now();
    const [health, ready] = await Promise.all([
      fetch(url.replace('/graphql', '/health')),
      fetch(url.replace('/graphql', '/ready')),
    ]);
    const probeMs = performance.now() - probeStarted;
    await sleep(4_000);
    running = false;
    await Promise.all(loops);

    const restartMs = await neo.restart();
    const recoveryStarted = performance.now();
    let recovered: Reply | undefined;
    while (performance.now() - recoveryStarted < 30_000) {
      const r = await postGraphQL(url, mixedQueries[0]!.query, mixedQueries[0]!.variables, { timeoutMs: 15_000 });
      if (r.status === 200 && !r.body?.errors) {
        recovered = r;
        break;
      }
      await sleep(100);
    }
    const recoveryMs = performance.now() - recoveryStarted;
    const readyAfter = await fetch(url.replace('/graphql', '/ready'));

    const down = outcomes.filter((o) => o.phase !== 'up');
    const unavailable = outcomes.filter((o) => errorCodes(o).includes('SERVICE_UNAVAILABLE'));
    recordFigures('neo4j-stopped', {
      requests: outcomes.length,
      withData: outcomes.filter((o) => o.body?.data && !o.body.errors).length,
      serviceUnavailable: unavailable.length,
      other: outcomes.filter((o) => !dataOrUnavailable(o)).length,
      maxMs: Math.round(Math.max(...outcomes.map((o) => o.ms))),
      p99MsWhileDown: Math.round(
        quantile(
          down.map((o) => o.ms),
          0.99,
        ),
      ),
      neo4jStopMs: Math.round(stopMs),
      readyProbeMs: Math.round(probeMs),
      neo4jRestartMs: Math.round(restartMs),
      recoveryMsAfterNeo4jReady: Math.round(recoveryMs),
      unhandledRejections: unhandled.length,
      unexpectedDbErrors: unexpectedDbCodes(),
      stopAtMs: Math.round(stopAt),
      slowestUp: Math.round(Math.max(0, ...outcomes.filter((o) => o.phase === 'up').map((o) => o.ms))),
    });

    expect(outcomes.filter((o) => o.failure)).toEqual([]);
    expect(
      outcomes.filter((o) => !dataOrUnavailable(o)).map((o) => o.text.slice(0, 300)),
      unexpectedServerErrors(),
    ).toEqual([]);
    const slow = outcomes.filter((o) => o.ms >= 5_000);
    expect(slow.map((o) => `${o.phase} at ${Math.round(o.startedAt!)} ms for ${Math.round(o.ms)} ms`)).toEqual([]);
    // Everything answered before the stop began carried data.
    const beforeStop = outcomes.filter((o) => o.startedAt! + o.ms < stopAt);
    expect(beforeStop.length).toBeGreaterThan(0);
    expect(beforeStop.filter((o) => o.body?.errors).map((o) => o.text.slice(0, 200))).toEqual([]);
    expect(unavailable.length).toBeGreaterThan(0);
    expect([health.status, ready.status]).toEqual([200, 503]);
    expect(await ready.json()).toEqual({ status: 'unavailable', database: false });
    expect(probeMs).toBeLessThan(3_000);
    expect(recovered?.body?.data).toMatchObject({ person: { id: 'vitali-klitschko' } });
    expect(recoveryMs).toBeLessThan(10_000);
    expect(readyAfter.status).toBe(200);
    expect(unhandled).toEqual([]);
  }, 180_000);

  it('keeps every acknowledged write, and no half-applied one, when Neo4j is killed mid-stream', async () => {
    const attempted = new Map<string, 'person' | 'relationship'>();
    const acked = new Set<string>();
    const failures: Reply[] = [];
    let running = true;
    const createPerson = `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`;
    const createRelationship = `mutation ($input: RelationshipInput!) { createRelationship(input: $input) { id } }`;
    const provenance = { sourceId: ARTICLE, quote: QUOTE };
    const write = async (key: string, kind: 'person' | 'relationship', query: string, input: unknown) => {
      attempted.set(key, kind);
      const r = await postGraphQL(url, query, { input }, { token: TOKEN, timeoutMs: 15_000 });
      if (r.status === 200 && !r.body?.errors) acked.add(key);
      else failures.push(r);
      return acked.has(key);
    };
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; running; i++) {
        const id = `${prefix}-w${w}-${i}`;
        const input = { id, name: `Fault Tester ${w}-${i}`, provenance };
        if (await write(id, 'person', createPerson, input)) {
          const rel = { from: id, type: 'HOLDS_ROLE', to: 'kyiv', properties: { title: `Tester ${i}` }, provenance };
          await write(`${id}:HOLDS_ROLE:kyiv`, 'relationship', createRelationship, rel);
        }
      }
    });
    // Kill once the stream is well under way (bounded, for a slow machine).
    const streamStarted = performance.now();
    while (acked.size < 24 && performance.now() - streamStarted < 20_000) await sleep(50);
    const ackedBeforeKill = acked.size;
    await neo.kill();
    await sleep(2_000);
    running = false;
    await Promise.all(writers);
    await neo.restart();

    // After restart, read back through a fresh connection what the graph really holds.
    const check = neo.connect();
    let nodes: { id: string; name: unknown; quotes: unknown }[];
    let rels: { id: string; from: string; to: string; title: unknown; quotes: unknown }[];
    try {
      const deadline = Date.now() + 30_000;
      while (!(await check.isReady()) && Date.now() < deadline) await sleep(200);
      nodes = (await check.read({
        cypher:
          'MATCH (n:Node) WHERE n.id STARTS WITH $prefix RETURN n.id AS id, n.name AS name, n.mentionQuote AS quotes',
        params: { prefix },
      })) as typeof nodes;
      rels = (await check.read({
        cypher:
          'MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $prefix OR b.id STARTS WITH $prefix ' +
          'RETURN r.id AS id, a.id AS from, b.id AS to, r.title AS title, r.mentionQuote AS quotes',
        params: { prefix },
      })) as typeof rels;
    } finally {
      await check.close();
    }
    const found = new Set([...nodes.map((n) => n.id), ...rels.map((r) => r.id)]);
    const lost = [...acked].filter((k) => !found.has(k));
    const phantom = [...found].filter((k) => !attempted.has(k));
    const incomplete = [
      ...nodes.filter((n) => typeof n.name !== 'string' || !Array.isArray(n.quotes) || n.quotes[0] !== QUOTE),
      ...rels.filter(
        (r) =>
          r.from !== r.id.split(':')[0] || typeof r.title !== 'string' || !Array.isArray(r.quotes) || !r.quotes.length,
      ),
    ];
    const failedButApplied = [...attempted.keys()].filter((k) => !acked.has(k) && found.has(k));
    recordFigures('neo4j-killed', {
      writesAttempted: attempted.size,
      acknowledged: acked.size,
      acknowledgedBeforeKill: ackedBeforeKill,
      acknowledgedFound: acked.size - lost.length,
      failed: failures.length,
      failedButAppliedInFull: failedButApplied.length,
      halfApplied: incomplete.length,
      nodesFound: nodes.length,
      relationshipsFound: rels.length,
      maxFailureMs: Math.round(Math.max(0, ...failures.map((f) => f.ms))),
    });

    expect(ackedBeforeKill).toBeGreaterThan(0);
    expect(failures.length).toBeGreaterThan(0);
    expect(lost).toEqual([]);
    expect(phantom).toEqual([]);
    expect(incomplete).toEqual([]);
    // A relationship only exists when the person it starts at does.
    expect(rels.filter((r) => !nodes.some((n) => n.id === r.from))).toEqual([]);
    expect(
      failures.filter((f) => !dataOrUnavailable(f)).map((f) => f.text.slice(0, 300)),
      unexpectedServerErrors(),
    ).toEqual([]);
    expect(failures.filter((f) => f.ms >= 5_000)).toEqual([]);
    expect(unhandled).toEqual([]);
  }, 180_000);

  it('drains in-flight requests, closes the driver and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/main.ts'], {
      env: {
        ...process.env,
        ...neo.env(),
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'info',
        SEED_ON_START: 'false',
        AUTH_TOKEN: TOKEN,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const listening = new Promise<void>((resolve, reject) => {
      readline.createInterface({ input: child.stdout }).on('line', (line) => {
        output.push(line);
        if (line.includes('serving GraphQL')) resolve();
      });
      readline.createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
      void exited.then((code) => reject(new Error(`server exited early (${code}):\n${output.join('\n')}`)));
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    try {
      await listening;
      // Secrets sent over the wire must not come back in errors or logs.
      const wrongToken = await postGraphQL(url, `mutation { deletePerson(id: "${prefix}-nobody") { id } }`, undefined, {
        token: `${TOKEN}-wrong`,
      });
      expect(errorCodes(wrongToken)).toEqual(['UNAUTHENTICATED']);

      // A request whose body is still arriving is in flight for certain.
      const slowBody = JSON.stringify({ query: mixedQueries[0]!.query, variables: mixedQueries[0]!.variables });
      const slow = slowRequest(url, slowBody);
      await slow.accepted;
      const loads: Outcome[] = [];
      let signalled = false;
      const loops = Array.from({ length: 8 }, async (_, i) => {
        for (let n = i; ; n++) {
          const q = mixedQueries[n % mixedQueries.length]!;
          const phase = signalled ? 'after' : 'before';
          const startedAt = performance.now();
          const r = await postGraphQL(url, q.query, q.variables, { timeoutMs: 15_000 });
          loads.push({ phase, startedAt, ...r });
          if (r.failure) return;
        }
      });
      await sleep(1_000);
      const termAt = performance.now();
      signalled = true;
      child.kill('SIGTERM');
      await sleep(300);
      slow.finish();
      const slowReply = await slow.reply;
      await Promise.all(loops);
      const code = await exited;
      const exitMs = performance.now() - termAt;

      const answered = loads.filter((l) => !l.failure);
      recordFigures('sigterm', {
        requestsAnswered: answered.length,
        refusedAfterClose: loads.filter((l) => l.failure).length,
        failuresFromBeforeSignal: loads.filter((l) => l.failure && l.phase === 'before').length,
        slowRequestStatus: slowReply.status,
        exitCode: code,
        exitMs: Math.round(exitMs),
      });
      expect(slowReply.status).toBe(200);
      expect(JSON.parse(slowReply.text)).toMatchObject({ data: { person: { id: 'vitali-klitschko' } } });
      expect(answered.filter((l) => l.status !== 200 || l.body?.errors).map((l) => l.text.slice(0, 200))).toEqual([]);
      // Requests sent in the last moments before the signal may still be in the socket
      // buffer when the server closes idle connections; earlier ones are in flight.
      expect(loads.filter((l) => l.failure && (l.startedAt ?? 0) < termAt - 100)).toEqual([]);
      expect(code).toBe(0);
      const logText = output.join('\n');
      expect(logText).toContain('shutting down');
      expect(logText).not.toContain('error during shutdown');
      expect(logText).not.toContain(TOKEN);
      expect(logText).not.toContain(neo.env().NEO4J_PASSWORD);
      expect(wrongToken.text).not.toContain(TOKEN);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 120_000);
});

/**
 * Sends the headers now, half the body once the server has accepted them, and the
 * rest on `finish()`: until then the server holds a request it has not answered.
 */
function slowRequest(url: string, body: string) {
  const req = http.request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      // The server answers "100 Continue" once it has parsed the headers: proof it holds the request.
      expect: '100-continue',
    },
  });
  const half = Math.floor(body.length / 2);
  const accepted = new Promise<void>((resolve) => req.once('continue', resolve));
  req.flushHeaders();
  void accepted.then(() => req.write(body.slice(0, half)));
  const reply = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
  });
  return { accepted, reply, finish: () => req.end(body.slice(half)) };
}
